// A language's rules as rows a user reads ("say" → "types"), for generated documentation.
// Number and family rows are computed by the real parser and tokenizer, so the examples
// are what Voskey types (said in the middle of a sentence, with every rule on).

import { defaultSettings } from '../../settings/defaults.js';
import type { DictationLanguage } from '../../settings/types.js';
import { compileRules } from './compile.js';
import type { LanguageRules } from './languages/types.js';
import { parseNumberAt } from './numbers.js';
import { FRESH_CONTEXT, render } from './render.js';
import { tokenize } from './tokenize.js';
import { splitWords } from './words.js';

export interface SpokenCommand {
  say: string;
  types: string;
}

export function describeRules(rules: LanguageRules): SpokenCommand[] {
  const quoted = (phrases: string[]) => phrases.map((p) => `"${p}"`).join(' or ');
  const firstMark = rules.marks[0];
  const escape: SpokenCommand[] = firstMark
    ? [{ say: `"${rules.literal} ${firstMark.say[0]}"`, types: `the word "${firstMark.say[0]}" (works before any mark above)` }]
    : [];
  const numbers = rules.numberExamples.flatMap((example) => {
    const words = splitWords(example);
    const parsed = parseNumberAt(words, 0, rules.numbers);
    return parsed?.text != null && parsed.length === words.length ? [{ say: `"${example}"`, types: `\`${parsed.text}\`` }] : [];
  });
  return [
    ...rules.marks.map((m) => ({ say: quoted(m.say), types: m.shows ?? `\`${m.text}\`` })),
    ...escape,
    ...numbers,
    ...(rules.familyExamples ?? []).map((example) => ({ say: `"${example}"`, types: `\`${formatExample(rules, example)}\`` })),
    ...rules.commands.map((c) => ({ say: quoted(c.say), types: c.shows })),
    ...correctionRows(rules),
  ];
}

/** The "correct that" list's commands (format/correction-words.ts). */
function correctionRows(rules: LanguageRules): SpokenCommand[] {
  const quoted = (phrases: string[]) => phrases.map((p) => `"${p}"`).join(' or ');
  const words = rules.correction;
  return [
    { say: quoted(words.correct), types: 'nothing: shows the alternatives of the last thing typed in the overlay, numbered (1 is what was typed)' },
    { say: quoted(words.choose.map((p) => `${p} 2`)), types: 'while the list shows: alternative 2 instead of what was typed (pressing 2 does the same)' },
    { say: quoted(words.cancel), types: 'while the list shows: nothing, and closes it (any other speech closes it too, and is typed)' },
  ];
}

/** What the example types in the middle of a sentence (no sentence capital), every rule on. */
export function formatExample(rules: LanguageRules, example: string): string {
  const everyRule = { ...defaultSettings().formatting, language: rules.code as DictationLanguage };
  const middle = { ...FRESH_CONTEXT, capitalNext: false };
  return render(tokenize(splitWords(example), compileRules(everyRule)), middle, everyRule).text;
}
