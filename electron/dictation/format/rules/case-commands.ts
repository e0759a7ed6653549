// Capitalisation commands: "cap hello" → Hello, "all caps nasa" → NASA, "no caps iphone" →
// iphone (even at a sentence start), "caps on … caps off" → Each Word Capitalised,
// "all caps on … all caps off" → UPPER CASE. A mode lasts across utterances until switched
// off (the renderer keeps it in the typing context). A one-word command before something
// that is not a word ("cap period", "cap" at the end) is typed as the words said.

import type { CaseCommandWords } from '../languages/types.js';
import { caseModeToken, type ForcedCase, type Token, wordToken } from '../tokens.js';
import { PhraseMatcher } from '../words.js';
import type { WordRule } from './rule.js';

type CaseCommand = { mode: 'none' | 'title' | 'upper' } | { forced: ForcedCase };

export function caseCommandRule(words: CaseCommandWords): WordRule {
  const matcher = new PhraseMatcher<CaseCommand>();
  // Longest first is the matcher's job: "all caps on" wins over "all caps".
  for (const p of words.titleOn) matcher.add(p, { mode: 'title' });
  for (const p of words.upperOn) matcher.add(p, { mode: 'upper' });
  for (const p of words.off) matcher.add(p, { mode: 'none' });
  for (const p of words.capital) matcher.add(p, { forced: 'capital' });
  for (const p of words.upper) matcher.add(p, { forced: 'upper' });
  for (const p of words.lower) matcher.add(p, { forced: 'lower' });
  return (said, start) => {
    const match = matcher.matchAt(said, start);
    if (!match) return null;
    const command = match.value;
    const token: Token =
      'mode' in command
        ? caseModeToken(command.mode)
        : { ...wordToken(''), caseCommand: { forced: command.forced, spoken: said.slice(start, start + match.length) } };
    return { tokens: [token], length: match.length };
  };
}

/** Every phrase a case command answers to, for the "literal" escape. */
export function caseCommandPhrases(words: CaseCommandWords): string[] {
  return [...words.capital, ...words.upper, ...words.lower, ...words.titleOn, ...words.upperOn, ...words.off];
}

/** Gives each one-word command to the word after it, or turns it back into the words said. */
export function applyCaseCommands(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const command = tokens[i]!.caseCommand;
    if (!command) {
      out.push(tokens[i]!);
      continue;
    }
    const next = tokens[i + 1];
    if (next && next.isWord && !next.caseCommand) {
      out.push({ ...next, forceCase: command.forced });
      i++;
    } else {
      for (const word of command.spoken) out.push(wordToken(word));
    }
  }
  return out;
}
