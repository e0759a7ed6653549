// The replacements list ("voss key" → "Voskey"): one row per pair, add and remove buttons.
// Every edit reports the whole list; rows whose "heard" side is empty are left out, so a
// freshly added row is not sent until it says something.
import type { Replacement } from '../../electron/settings/types.js';

export class ReplacementsEditor {
  readonly #body: HTMLTableSectionElement;
  readonly #onChange: (list: Replacement[]) => void;

  constructor(body: HTMLTableSectionElement, addButton: HTMLButtonElement, onChange: (list: Replacement[]) => void) {
    this.#body = body;
    this.#onChange = onChange;
    addButton.addEventListener('click', () => {
      const row = this.#addRow({ from: '', to: '' });
      row.querySelector('input')?.focus();
    });
  }

  /** Replace the rows, unless the user is editing one right now. */
  render(list: readonly Replacement[]): void {
    if (this.#body.contains(document.activeElement)) return;
    this.#body.replaceChildren();
    for (const item of list) this.#addRow(item);
  }

  value(): Replacement[] {
    return [...this.#body.rows]
      .map((row) => {
        const [from, to] = row.querySelectorAll('input');
        return { from: from?.value.trim() ?? '', to: to?.value ?? '' };
      })
      .filter((r) => r.from !== '');
  }

  #addRow(item: Replacement): HTMLTableRowElement {
    const row = this.#body.insertRow();
    const number = this.#body.rows.length;
    const from = this.#input(item.from, `Heard, replacement ${number}`, 'replacement-from');
    const to = this.#input(item.to, `Typed, replacement ${number}`, 'replacement-to');
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = 'Remove';
    remove.setAttribute('aria-label', `Remove replacement ${number}`);
    remove.setAttribute('data-testid', 'replacement-remove');
    remove.addEventListener('click', () => {
      row.remove();
      this.#onChange(this.value());
    });
    for (const element of [from, to, remove]) row.insertCell().append(element);
    return row;
  }

  #input(value: string, label: string, testId: string): HTMLInputElement {
    const input = document.createElement('input');
    input.type = 'text';
    input.value = value;
    input.spellcheck = false;
    input.setAttribute('aria-label', label);
    input.setAttribute('data-testid', testId);
    input.addEventListener('change', () => this.#onChange(this.value()));
    return input;
  }
}

/** The phrase list textarea: one phrase per line, blank lines and stray spaces dropped. */
export function phrasesFrom(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
