// What the settings service needs from the outside world, as interfaces, so the app passes
// electron-store and safeStorage while tests pass conf on a temp folder and a node:crypto box.

/** The part of conf (and electron-store, which extends it) that the service uses. */
export interface JsonStore {
  get store(): Record<string, unknown>;
  set store(value: Record<string, unknown>);
  /** The settings file; corrupt-file backups are written beside it. */
  readonly path: string;
}

export interface JsonStoreOptions {
  /**
   * Given to conf's `deserialize` option. It never throws: a file that is not a JSON object
   * reads as empty and the service is told, so it can back the file up instead of crashing.
   */
  deserialize(text: string): Record<string, unknown>;
}

/** e.g. `(options) => new Store({ name: 'settings', ...options })` in the shell. */
export type JsonStoreFactory = (options: JsonStoreOptions) => JsonStore;

/** Electron's safeStorage has this shape; tests use AES-GCM with a test key in its place. */
export interface SecretBox {
  isAvailable(): boolean;
  encrypt(plain: string): Buffer;
  decrypt(data: Buffer): string;
}
