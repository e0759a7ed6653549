// A stand-in for the focused window: applies TypingEdits the way a text field does
// (Backspace removes one character, counted in code points), so tests assert the text
// a user would see, not the formatter's internals.

import { it } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdit } from '../../../electron/dictation/format/apply-edit.js';
import { DictationFormatter, type TypingEdit } from '../../../electron/dictation/format/index.js';
import { defaultSettings } from '../../../electron/settings/defaults.js';
import type { DictationLanguage, FormattingSettings } from '../../../electron/settings/types.js';

/** Every switch on (whatever the defaults say), English, no replacements. */
export const ALL_ON: FormattingSettings = {
  ...(Object.fromEntries(
    Object.entries(defaultSettings().formatting).map(([key, value]) => [key, typeof value === 'boolean' ? true : value]),
  ) as unknown as FormattingSettings),
  language: 'en',
  replacements: [],
  phraseList: [],
};

export function settings(overrides: Partial<FormattingSettings> = {}): FormattingSettings {
  return { ...ALL_ON, ...overrides };
}

export class FakeTextField {
  value = '';
  apply(edit: TypingEdit): void {
    // An editing command in the middle of the text may come as several steps (caret moves each).
    for (const step of edit.steps?.length ? edit.steps : [edit]) this.value = applyEdit(this.value, step);
  }
}

/** Dictates utterances (final results) into a fresh field; returns what the field shows. */
export function dictate(utterances: string[], overrides: Partial<FormattingSettings> = {}): { text: string; edits: TypingEdit[] } {
  const formatter = new DictationFormatter(settings(overrides));
  const field = new FakeTextField();
  const edits = utterances.map((u) => formatter.finalResult(u));
  for (const edit of edits) field.apply(edit);
  return { text: field.value, edits };
}

export interface Case {
  say: string[];
  types: string;
  options?: Partial<FormattingSettings>;
}

/** A readable test name: the utterances, with line breaks visible. */
export function caseName(c: Case): string {
  const opts = c.options ? ` ${JSON.stringify(c.options)}` : '';
  return `${c.say.map((s) => JSON.stringify(s)).join(' + ')} → ${JSON.stringify(c.types)}${opts}`;
}

/** One test per case: dictating `say` into a fresh field shows exactly `types`. */
export function checkCases(cases: Case[]): void {
  for (const c of cases) {
    it(caseName(c), () => assert.equal(dictate(c.say, c.options).text, c.types));
  }
}

/** Cases in one language: `de(['hallo punkt'], 'Hallo.')`. */
export function inLanguage(language: DictationLanguage) {
  return (say: string[], types: string, options: Case['options'] = {}): Case => ({ say, types, options: { language, ...options } });
}
