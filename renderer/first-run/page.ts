// Small DOM helpers the first-run window's parts share.

export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the first-run page is missing #${id}`);
  return element as T;
}

/** An invoke's rejection as a sentence: Electron prefixes it with the channel, which users need not see. */
export function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^Error invoking remote method '[^']+': (Error: )?/, '');
}

/** What the parts tell the page: a working setup was saved, or something went wrong. */
export interface Outcome {
  ready(text: string): void;
  failed(text: string): void;
}
