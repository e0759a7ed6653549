// Decides how each piece of text is typed. robotjs types printable ASCII fast and exactly
// but silently drops everything else on X11, so such text goes through the clipboard (a
// key sender that types more says so: wtype types any text in the Basic Multilingual Plane);
// very long text goes through the clipboard too, because keystrokes cost ≈1 ms each
// while a paste costs a fixed ≈100–250 ms (bench/typing.ts measures both).
import type { TypingMethod } from '../settings/types.js';
import { isKeystrokeText, type KeyAction, type KeyModifier } from './key-sender.js';

export interface TypingStep {
  via: 'keys' | 'paste';
  text: string;
}

/** Above this many characters 'auto' pastes even plain ASCII. */
export const AUTO_PASTE_ABOVE_CHARS = 200;

/** `typeable`: the text the key sender types exactly (KeySender.typesText); printable ASCII by default. */
export function planTyping(method: TypingMethod, text: string, typeable: (text: string) => boolean = isKeystrokeText): TypingStep[] {
  if (text === '') return [];
  if (method === 'paste') return [{ via: 'paste', text }];
  if (method === 'auto') {
    const keys = typeable(text) && text.length <= AUTO_PASTE_ABOVE_CHARS;
    return [{ via: keys ? 'keys' : 'paste', text }];
  }
  return splitByTypeability(text, typeable);
}

// Whole words go one way or the other, and spaces join the run they sit in, so "café naïve"
// is one paste rather than four small ones.
function splitByTypeability(text: string, typeable: (text: string) => boolean): TypingStep[] {
  const steps: TypingStep[] = [];
  for (const token of text.match(/\s+|\S+/g) ?? []) {
    const last = steps[steps.length - 1];
    const blank = /^\s+$/.test(token);
    const via = typeable(token) ? 'keys' : 'paste';
    if (last && (blank ? typeable(token) || last.via === 'paste' : last.via === via)) last.text += token;
    else steps.push({ via: blank && !typeable(token) ? 'paste' : via, text: token });
  }
  return steps;
}

/** Keystroke actions for ASCII text: new lines become Enter presses. */
export function keystrokeActions(text: string): KeyAction[] {
  const actions: KeyAction[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) actions.push({ kind: 'tap', key: 'enter', modifiers: [] });
    if (line) actions.push({ kind: 'text', text: line });
  });
  return actions;
}

/** Keys that Ctrl makes move or delete by word on Windows and Linux, and Option on macOS. */
const WORD_KEYS = new Set(['backspace', 'delete', 'left', 'right']);

/**
 * Taps for a spoken key command ("press enter"), in order. A word chord (Ctrl+Backspace,
 * "delete last word") takes this system's word modifier: Option on macOS, where Ctrl+Backspace
 * deletes one character (Apple's "Mac keyboard shortcuts": Option–Delete deletes the word).
 */
export function keyPressActions(keys: readonly { key: string; modifiers: KeyModifier[] }[] | undefined, wordModifier: KeyModifier = 'control'): KeyAction[] {
  return (keys ?? []).map((k) => {
    const word = WORD_KEYS.has(k.key) && k.modifiers.length === 1 && k.modifiers[0] === 'control';
    return { kind: 'tap', key: k.key, modifiers: word ? [wordModifier] : [...k.modifiers] };
  });
}

/** Releases (down = false) or presses again (down = true) the hotkey keys the user holds. */
export function heldKeyToggles(modifiers: readonly string[] | undefined, down: boolean): KeyAction[] {
  return (modifiers ?? []).map((key) => ({ kind: 'toggle', key, down, heldByUser: true }));
}

export function backspaceActions(count: number): KeyAction[] {
  return count > 0 ? [{ kind: 'tap', key: 'backspace', modifiers: [], count }] : [];
}

/** A mid-text correction: Left over the unchanged words before it, Right back over them after. */
export function caretActions(caretBack = 0): { before: KeyAction[]; after: KeyAction[] } {
  if (caretBack <= 0) return { before: [], after: [] };
  return {
    before: [{ kind: 'tap', key: 'left', modifiers: [], count: caretBack }],
    after: [{ kind: 'tap', key: 'right', modifiers: [], count: caretBack }],
  };
}
