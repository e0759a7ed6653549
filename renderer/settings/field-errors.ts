// Per-field error messages next to their fields. Main keys errors by settings path; a key
// may be deeper than the field that shows it ("formatting.replacements.2.from"), so each
// error goes to the field whose key is its longest prefix, or to the page-wide banner.

const PREFIX_SEPARATOR = '.';

function errorKeyOf(element: Element): string | null {
  return element.getAttribute('data-setting') ?? element.getAttribute('data-error-key');
}

function fieldContainers(root: ParentNode): Map<string, HTMLElement> {
  const byKey = new Map<string, HTMLElement>();
  for (const element of root.querySelectorAll<HTMLElement>('[data-setting], [data-error-key]')) {
    const key = errorKeyOf(element);
    const container = element.closest<HTMLElement>('.field') ?? element;
    if (key && !byKey.has(key)) byKey.set(key, container);
  }
  return byKey;
}

export function fieldKeyFor(errorKey: string, keys: Iterable<string>): string | null {
  let best: string | null = null;
  for (const key of keys) {
    if (errorKey === key || errorKey.startsWith(key + PREFIX_SEPARATOR)) {
      if (best === null || key.length > best.length) best = key;
    }
  }
  return best;
}

function messageElement(container: HTMLElement, key: string): HTMLElement {
  let message = container.querySelector<HTMLElement>(':scope > .field-error');
  if (!message) {
    message = document.createElement('p');
    message.className = 'field-error';
    message.id = `error-${key.replace(/[^\w-]/g, '-')}`;
    message.setAttribute('data-testid', `error:${key}`);
    message.setAttribute('role', 'alert');
    container.append(message);
  }
  return message;
}

export class FieldErrors {
  readonly #root: HTMLElement;
  readonly #banner: HTMLElement;
  readonly #shown = new Set<string>();

  constructor(root: HTMLElement, banner: HTMLElement) {
    this.#root = root;
    this.#banner = banner;
  }

  /** Shows these errors; clears earlier errors of the given keys (the fields just sent). */
  show(errors: Record<string, string>, clearKeys: readonly string[] = []): void {
    const containers = fieldContainers(this.#root);
    for (const key of clearKeys) this.#clear(key, containers);
    const unplaced: string[] = [];
    for (const [errorKey, text] of Object.entries(errors)) {
      const key = fieldKeyFor(errorKey, containers.keys());
      const container = key ? containers.get(key) : undefined;
      if (!key || !container) {
        unplaced.push(`${errorKey}: ${text}`);
        continue;
      }
      const message = messageElement(container, key);
      message.textContent = text;
      message.hidden = false;
      for (const input of container.querySelectorAll<HTMLElement>('input, select, textarea')) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-errormessage', message.id);
      }
      this.#shown.add(key);
    }
    this.showGeneral(unplaced.join('\n'));
  }

  has(key: string): boolean {
    return this.#shown.has(key);
  }

  showGeneral(text: string): void {
    this.#banner.textContent = text;
    this.#banner.hidden = text === '';
  }

  #clear(key: string, containers: Map<string, HTMLElement>): void {
    const container = containers.get(key);
    this.#shown.delete(key);
    if (!container) return;
    const message = container.querySelector<HTMLElement>(':scope > .field-error');
    if (message) {
      message.textContent = '';
      message.hidden = true;
    }
    for (const input of container.querySelectorAll<HTMLElement>('input, select, textarea')) {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-errormessage');
    }
  }
}
