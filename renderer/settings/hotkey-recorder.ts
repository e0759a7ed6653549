// "Record…": the next key combination pressed becomes the hotkey, in Electron accelerator
// syntax. Escape cancels. Main still validates the result (parseAccelerator), so this only
// has to turn a KeyboardEvent into the words main understands.

const CODE_NAMES: Record<string, string> = {
  Space: 'Space', Enter: 'Enter', Tab: 'Tab', Backspace: 'Backspace', Delete: 'Delete', Insert: 'Insert',
  Home: 'Home', End: 'End', PageUp: 'PageUp', PageDown: 'PageDown',
  ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right',
  Minus: '-', Equal: '=', BracketLeft: '[', BracketRight: ']', Backslash: '\\', Semicolon: ';',
  Quote: "'", Comma: ',', Period: '.', Slash: '/', Backquote: '`', Pause: 'Pause', ScrollLock: 'Scrolllock',
};

const MODIFIER_CODES = /^(Control|Shift|Alt|Meta|OS)(Left|Right)?$/;

/** The key part of an accelerator for a physical key, or null for a lone modifier. */
export function keyNameOf(code: string): string | null {
  if (MODIFIER_CODES.test(code)) return null;
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return letter[1]!;
  const digit = /^Digit(\d)$/.exec(code);
  if (digit) return digit[1]!;
  if (/^F\d{1,2}$/.test(code)) return code;
  const numpad = /^Numpad(\d)$/.exec(code);
  if (numpad) return `num${numpad[1]}`;
  return CODE_NAMES[code] ?? null;
}

export function acceleratorOf(event: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>): string | null {
  const key = keyNameOf(event.code);
  if (!key) return null;
  const parts: string[] = [];
  if (event.ctrlKey) parts.push('Control');
  if (event.altKey) parts.push('Alt');
  if (event.shiftKey) parts.push('Shift');
  if (event.metaKey) parts.push('Super');
  return [...parts, key].join('+');
}

/** Wires the Record button: while recording, the next combination fills `input` and fires change. */
export function attachHotkeyRecorder(button: HTMLButtonElement, input: HTMLInputElement): void {
  const idleLabel = button.textContent ?? 'Record…';
  let recording = false;
  const stop = () => {
    recording = false;
    button.textContent = idleLabel;
    button.setAttribute('aria-pressed', 'false');
    window.removeEventListener('keydown', onKey, true);
  };
  const onKey = (event: KeyboardEvent) => {
    event.preventDefault();
    event.stopPropagation();
    if (event.code === 'Escape') return stop();
    const accelerator = acceleratorOf(event);
    if (!accelerator) return; // a modifier on its own: wait for the key
    input.value = accelerator;
    stop();
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  button.setAttribute('aria-pressed', 'false');
  button.addEventListener('click', () => {
    if (recording) return stop();
    recording = true;
    button.textContent = 'Press the keys… (Esc cancels)';
    button.setAttribute('aria-pressed', 'true');
    window.addEventListener('keydown', onKey, true);
  });
}
