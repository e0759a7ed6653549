// Small DOM helpers the first-run window's parts share.

export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the first-run page is missing #${id}`);
  return element as T;
}

export { errorMessage } from '../shared/error-message.js';

/** What the parts tell the page: a working setup was saved, or something went wrong. */
export interface Outcome {
  ready(text: string): void;
  failed(text: string): void;
}
