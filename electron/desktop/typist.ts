// The typist: applies an edit (some BackSpaces, then text) to whichever window has focus,
// by keystrokes or by clipboard paste (see typing-plan.ts for which). Calls are queued, so
// two edits never interleave their keys.
import type { Settings } from '../settings/types.js';
import type { ActiveWindowInfo, ActiveWindowProbe } from './active-window.js';
import type { Clipboard } from './clipboard.js';
import { isKeystrokeText, type KeyAction, type KeyModifier, type KeySender } from './key-sender.js';
import { choosePasteKeys, type ConcretePasteKeys, type PasteChords } from './paste-keys.js';
import type { TypingActivity } from './typing-activity.js';
import { backspaceActions, caretActions, keyPressActions, keystrokeActions, heldKeyToggles, planTyping, type TypingStep } from './typing-plan.js';
import type { LogSink } from '../logging/log.js';
import { errorMessage } from '../common/error-message.js';
import { createPaster, DEFAULT_PASTE_TIMING, type PasteTiming } from './typist-paste.js';
import { ModifierHeldError } from './modifier-state.js';

export type TypingSettings = Settings['typing'];

export interface TypingEdit {
  /** BackSpace presses before the text, e.g. to replace a partial result. */
  backspaces: number;
  text: string;
  /**
   * A correction in the middle: the caret moves left over this many grapheme clusters before the
   * BackSpaces and right again after the text (live typing fixing a word it typed earlier).
   */
  caretBack?: number;
  /** With caretBack: typed at the end, once the caret is back there. */
  append?: string;
  /** Keys pressed after the text: a spoken key command ("press enter"). */
  keys?: { key: string; modifiers: KeyModifier[] }[];
  /**
   * Keys the user is holding (the hotkey, during live typing), robotjs names, modifiers
   * first: released before typing and pressed again after, so typed letters are not Ctrl+Alt
   * shortcuts, a typed space is not swallowed by the held Space, and the user's own key-up
   * still finds them down, so the hotkey hook sees it (X drops a key-up for a key that is
   * not down). What `xdotool type --clearmodifiers` does for modifiers.
   */
  releaseHeldKeys?: string[];
}

export interface TypingReport {
  /** How the text went in; 'none' when nothing was typed. */
  method: 'keystrokes' | 'paste' | 'mixed' | 'wayland' | 'none';
  /** Why nothing was typed, when something should have been. */
  refused?: string;
  pasteKeys?: ConcretePasteKeys;
  window?: ActiveWindowInfo;
}

export interface Typist {
  apply(edit: TypingEdit): Promise<TypingReport>;
  /** Gives back the clipboard a paste still holds, then stops the typing worker. */
  close(): Promise<void>;
}

export interface TypistParts {
  clipboard: Clipboard;
  keys: KeySender;
  /** Names the focused window, to recognise terminals (X11 only); absent elsewhere. */
  activeWindow?: ActiveWindowProbe;
  /** The modifier of word chords ("delete last word"): Option ('alt') on macOS; Ctrl if not given. */
  wordModifier?: KeyModifier;
  /** What the 'auto' paste keys mean on this system (Ctrl+V, ⌘V…); the Linux chords if not given. */
  pasteChords?: PasteChords;
  activity?: TypingActivity;
  pasteTiming?: Partial<PasteTiming>;
  /** Where a clipboard that could not be given back is reported. */
  log?: LogSink;
}

/** Settings may be passed as a getter so a change applies to the next edit. */
export function readSettings(settings: TypingSettings | (() => TypingSettings)): TypingSettings {
  return typeof settings === 'function' ? settings() : settings;
}

export function validateEdit(edit: TypingEdit): string | undefined {
  if (!edit || typeof edit.text !== 'string') return 'the edit has no text';
  if (!Number.isInteger(edit.backspaces) || edit.backspaces < 0) return `backspaces must be a whole number ≥ 0, not ${edit.backspaces}`;
  if (edit.append !== undefined && typeof edit.append !== 'string') return 'the appended text is not text';
  if (edit.caretBack !== undefined && (!Number.isInteger(edit.caretBack) || edit.caretBack < 0)) return `caretBack must be a whole number ≥ 0, not ${edit.caretBack}`;
  return undefined;
}

/** Serialises async calls: each starts when the previous one has settled. */
export function serialised<A, R>(fn: (arg: A) => Promise<R>): (arg: A) => Promise<R> {
  let tail: Promise<unknown> = Promise.resolve();
  return (arg: A) => {
    const run = tail.then(() => fn(arg));
    tail = run.catch(() => {});
    return run;
  };
}

export function createTypist(settings: TypingSettings | (() => TypingSettings), parts: TypistParts): Typist {
  const timing: PasteTiming = { ...DEFAULT_PASTE_TIMING, ...parts.pasteTiming };
  const paster = createPaster(parts.clipboard, parts.keys, timing, (error) =>
    parts.log?.warn(`the clipboard could not be given back after a paste: ${errorMessage(error)}`),
  );

  // A key sender that refuses keys while the user holds a modifier (typing-worker.ts) makes
  // the whole edit refused: the session must not count it as typed.
  async function apply(edit: TypingEdit): Promise<TypingReport> {
    try {
      return await applyKeys(edit);
    } catch (e) {
      if (e instanceof ModifierHeldError) return { method: 'none', refused: e.message };
      throw e;
    }
  }

  async function applyKeys(edit: TypingEdit): Promise<TypingReport> {
    const invalid = validateEdit(edit);
    if (invalid) return { method: 'none', refused: invalid };
    if (edit.backspaces === 0 && edit.text === '' && !edit.append && !edit.keys?.length) return { method: 'none' };
    const { method, pasteKeys: pasteSetting } = readSettings(settings);
    // Only a paste needs the focused window (a terminal's paste keys), so keystrokes go out
    // without waiting for it: on X11 the probe starts two or three processes, a median
    // 36 ms per edit (measured under Xvfb), which live typing would add to every word.
    const windowProbe = (parts.activeWindow?.current() ?? Promise.resolve(undefined)).catch(() => undefined);
    let pasteKeys: ConcretePasteKeys | undefined;
    const keysForPaste = async () => (pasteKeys ??= choosePasteKeys(pasteSetting, (await windowProbe)?.wmClass ?? [], parts.pasteChords));
    const typeable = (text: string) => parts.keys.typesText?.(text) ?? isKeystrokeText(text);
    const steps = planTyping(method, edit.text, typeable);
    const appended = planTyping(method, edit.append ?? '', typeable);
    const end = parts.activity?.begin();
    // Keystrokes are sent in as few batches as possible (one unless a paste comes between):
    // while the user's held hotkey keys are lifted, a real key-up is lost (X drops it), so
    // the time between lifting them and pressing them again is kept to the typing itself.
    const repress = heldKeyToggles(edit.releaseHeldKeys, true);
    const caret = caretActions(edit.caretBack);
    const batch: KeyAction[] = [...heldKeyToggles([...(edit.releaseHeldKeys ?? [])].reverse(), false), ...caret.before, ...backspaceActions(edit.backspaces)];
    const flush = async () => {
      if (batch.length) await parts.keys.send(batch.splice(0));
    };
    const type = async (plan: TypingStep[]) => {
      for (const step of plan) {
        if (step.via === 'keys') batch.push(...keystrokeActions(step.text));
        else {
          await flush();
          await paster.paste(step.text, await keysForPaste());
        }
      }
    };
    let pressedAgain = repress.length === 0;
    try {
      await type(steps);
      batch.push(...caret.after);
      await type(appended);
      batch.push(...keyPressActions(edit.keys, parts.wordModifier), ...repress);
      await flush();
      pressedAgain = true;
    } finally {
      // Pressed again even when typing failed: the user is still holding them.
      if (!pressedAgain) await parts.keys.send(repress).catch(() => {});
      end?.();
    }
    const vias = new Set([...steps, ...appended].map((s) => s.via));
    const used = vias.size > 1 ? 'mixed' : vias.has('paste') ? 'paste' : 'keystrokes';
    const window = await windowProbe;
    return { method: used, ...(pasteKeys ? { pasteKeys } : {}), ...(window ? { window } : {}) };
  }

  return {
    apply: serialised(apply),
    async close() {
      await paster.flush();
      parts.keys.close();
    },
  };
}
