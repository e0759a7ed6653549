// Checks that come before any typist types, whatever it types with (robotjs, wtype,
// ydotool): never into one of Voskey's own windows (the shell asks Electron which window
// has the focus, on every system), and not past a platform check that would make the keys
// vanish (macOS Accessibility, a Windows window running as administrator).
import { serialised, type Typist, type TypingEdit, type TypingReport } from './typist.js';

export const OWN_WINDOW_REFUSAL = 'a Voskey window has focus: click the window you want to type into';

export interface TypingGuards {
  /** True while one of Voskey's own windows (settings, transcript…) has the focus. */
  ownWindowFocused(): boolean;
  /** A refusal from the platform's permission checks, or undefined. */
  beforeTyping?(): Promise<string | undefined>;
}

export function guardTypist(inner: Typist, guards: TypingGuards): Typist {
  async function apply(edit: TypingEdit): Promise<TypingReport> {
    const nothingToType = !edit || (edit.backspaces === 0 && edit.text === '' && !edit.append && !edit.keys?.length);
    if (!nothingToType) {
      if (guards.ownWindowFocused()) return { method: 'none', refused: OWN_WINDOW_REFUSAL };
      const refusal = await guards.beforeTyping?.();
      if (refusal) return { method: 'none', refused: refusal };
    }
    return inner.apply(edit);
  }
  return { apply: serialised(apply), close: () => inner.close() };
}
