// Pure types shared by the model manager in main and its pages (models, first run). No
// Node imports, so the renderer can `import type` them.

export interface CatalogueModel {
  /** Folder and archive name, e.g. "vosk-model-small-en-us-0.15". */
  name: string;
  /** BCP 47-ish language tag as alphacephei lists it, e.g. "en-us". */
  language: string;
  /** Human-readable language, e.g. "English (US)". */
  languageName: string;
  url: string;
  /** Archive size in bytes; null when it could not be confirmed. */
  sizeBytes: number | null;
  /** SHA-256 of the archive (lower-case hex); null when it could not be confirmed. */
  sha256: string | null;
}

export interface InstalledModel {
  name: string;
  dir: string;
  /** Bytes on disk of the unpacked model. */
  sizeBytes: number;
  /** From the catalogue, or null for a model dropped in by hand that the catalogue lacks. */
  language: string | null;
  selected: boolean;
}

export type DownloadPhase = 'downloading' | 'paused' | 'verifying' | 'unpacking' | 'done' | 'failed' | 'cancelled';

export interface DownloadProgress {
  name: string;
  phase: DownloadPhase;
  /** Bytes of the archive on disk so far. */
  bytes: number;
  /** Archive size, or null when neither the server nor the catalogue says. */
  total: number | null;
  /** Bytes per second over the last few seconds; 0 when paused or finished. */
  rate: number;
  /** Set when phase is 'failed': what went wrong and what to do, for the user. */
  message?: string;
}

/** What the panel shows: the catalogue joined with what is installed and downloading. */
export interface ModelsState {
  catalogue: CatalogueModel[];
  installed: InstalledModel[];
  downloads: DownloadProgress[];
  selected: string | null;
}

/**
 * Which built-in engine runs, with which model, or why none can (models/engine-choice.ts
 * decides, from settings). A runnable choice is also the engine's own EngineSpec
 * (engine/load-engine.ts): the same two fields, so it is handed to the engine as it is.
 */
export type EngineChoice =
  | { engine: 'vosk'; modelDir: string; model: string }
  | { engine: 'sphinx'; modelDir: string; library: string }
  | { engine: 'none'; message: string };
