// A language's rules as rows a user reads ("say" → "types"), for generated documentation.
// Number rows are computed by the real parser, so the examples are what Voskey types.

import type { LanguageRules } from './languages/types.js';
import { parseNumberAt } from './numbers.js';
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
    return parsed && parsed.length === words.length ? [{ say: `"${example}"`, types: `\`${parsed.text}\`` }] : [];
  });
  return [
    ...rules.marks.map((m) => ({ say: quoted(m.say), types: m.shows ?? `\`${m.text}\`` })),
    ...escape,
    ...numbers,
    ...rules.commands.map((c) => ({ say: quoted(c.say), types: c.shows })),
  ];
}
