// Spoken key commands: "press enter", "press tab", … and "delete last word". Each is said
// on its own (the whole utterance, like "scratch that"), so "press enter to continue" is
// typed as text. Each becomes key presses the typist sends, never typed words. Only keys
// that move or delete: selecting text stays out (a misheard "select all" then "delete"
// would erase a document).
//
// After a key command the formatter starts afresh (resetContext): Enter may have sent a
// chat message, an arrow moved the cursor, so Voskey no longer knows what is before the
// cursor — the next words get a capital and no leading space, and "scratch that" cannot
// erase text typed before the keys moved the cursor.

import type { KeyPress } from '../ports.js';
import { PhraseMatcher, splitWords } from '../format/words.js';

export interface KeyCommandRule {
  say: string[];
  keys: KeyPress[];
  /** What the README's spoken-commands table says it does. */
  shows: string;
}

const tap = (key: string, ...modifiers: KeyPress['modifiers']): KeyPress => ({ key, modifiers });

/** English; robotjs key names (the X11 and Windows typists use them, Wayland maps them). */
export const KEY_COMMANDS: readonly KeyCommandRule[] = [
  { say: ['press enter', 'press return'], keys: [tap('enter')], shows: 'presses Enter' },
  { say: ['press tab'], keys: [tap('tab')], shows: 'presses Tab' },
  { say: ['press escape'], keys: [tap('escape')], shows: 'presses Escape' },
  { say: ['press backspace', 'press back space'], keys: [tap('backspace')], shows: 'presses Backspace' },
  { say: ['press delete'], keys: [tap('delete')], shows: 'presses Delete' },
  { say: ['press up'], keys: [tap('up')], shows: 'presses the Up arrow' },
  { say: ['press down'], keys: [tap('down')], shows: 'presses the Down arrow' },
  { say: ['press left'], keys: [tap('left')], shows: 'presses the Left arrow' },
  { say: ['press right'], keys: [tap('right')], shows: 'presses the Right arrow' },
  { say: ['press home'], keys: [tap('home')], shows: 'presses Home' },
  { say: ['press end'], keys: [tap('end')], shows: 'presses End' },
  { say: ['press page up'], keys: [tap('pageup')], shows: 'presses Page Up' },
  { say: ['press page down'], keys: [tap('pagedown')], shows: 'presses Page Down' },
  { say: ['delete last word'], keys: [tap('backspace', 'control')], shows: 'erases the word before the cursor (Ctrl+Backspace; Option+Backspace on macOS)' },
];

const matcher = new PhraseMatcher<KeyCommandRule>();
for (const rule of KEY_COMMANDS) for (const phrase of rule.say) matcher.add(phrase, rule);

/** The key command that is exactly this whole result, or null. */
export function matchKeyCommand(raw: string): KeyCommandRule | null {
  return matcher.matchWhole(splitWords(raw));
}

/** Every phrase, for live typing's "may this still become a command?" check. */
export const KEY_COMMAND_PHRASES: readonly string[] = KEY_COMMANDS.flatMap((rule) => rule.say);

/** Rows for the README's generated table of spoken commands. */
export function keyCommandsTable(): { say: string; types: string }[] {
  return KEY_COMMANDS.map((rule) => ({ say: rule.say.map((p) => `"${p}"`).join(' or '), types: rule.shows }));
}
