// True casing: a word gets the capital its language's dictionary writes it with ("peter" →
// Peter, "rome" → Rome, German "mutter" → Mutter). A word the dictionary knows both ways
// ("march", German "essen") stays as the recognizer wrote it unless its context decides:
// German capitalises it right after an article or determiner ("das essen" → das Essen).
// Words a user replaced, numbers and marks never reach this rule (tokenize.ts), and a word
// the recognizer already wrote with a capital keeps it.

import type { TrueCaseWords } from '../languages/types.js';
import type { Lexicon } from '../lexicon.js';

/** `afterNumber`: the word before was a number ("drei essen" is not German; "tausend Dank"). */
export type TrueCaser = (key: string, previousKey: string, nextKey: string, afterNumber?: boolean) => string | null;

const LINKS = ['', 's', 'es', 'n', 'en', 'er', 'e'];
const SHORTEST_PART = 3;

/** "geburtstag" = "Geburt" + "s" + "Tag": the last part a noun only, the first a noun. */
export function isCompoundNoun(key: string, lexicon: Lexicon): boolean {
  for (let cut = key.length - SHORTEST_PART; cut >= SHORTEST_PART; cut--) {
    if (lexicon.capitalised(key.slice(cut)) === undefined) continue;
    const head = key.slice(0, cut);
    const nounHead = LINKS.some((link) => {
      if (!head.endsWith(link) || head.length - link.length < SHORTEST_PART) return false;
      const stem = head.slice(0, head.length - link.length);
      // "hauptbahnhof" = "Hauptbahn" (itself a compound) + "Hof".
      return lexicon.capitalised(stem) !== undefined || lexicon.both(stem) || isCompoundNoun(stem, lexicon);
    });
    if (nounHead) return true;
  }
  return false;
}

/** Whether the word's case still depends on the word after it: a German word written both
 *  ways after a determiner ("das essen" / "der alte mann"), a name with exceptions ("peter out"). */
export function caseWaitsForNext(words: TrueCaseWords, key: string, previousKey: string): boolean {
  if ((words.namesFirst?.[key]?.length ?? 0) > 0) return true;
  if (words.namePairs?.some((pair) => pair.startsWith(`${key} `))) return true;
  if (words.nounWaits?.(key, previousKey, words.lexicon())) return true;
  return (words.nounAfter ?? []).includes(previousKey) && words.lexicon().both(key);
}

export function trueCaser(words: TrueCaseWords): TrueCaser {
  const nounAfter = new Set(words.nounAfter ?? []);
  const namesUnlessAfter = words.namesUnlessAfter ?? {};
  const elisions = words.elisions ?? [];
  const namesFirst = words.namesFirst ?? {};
  const namesAfter = words.namesAfter ?? {};
  // "nueva york": each word of a pair, by the word it needs beside it.
  const pairAfter = new Map<string, string>();
  const pairBefore = new Map<string, string>();
  for (const pair of words.namePairs ?? []) {
    const [first, second] = pair.split(' ') as [string, string];
    pairAfter.set(first, second);
    pairBefore.set(second, first);
  }
  const capital = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);
  const lookUp = (key: string, previousKey: string, nextKey: string, afterNumber: boolean): string | null => {
    if (Object.hasOwn(namesUnlessAfter, key)) return afterNumber || namesUnlessAfter[key]!.includes(previousKey) ? null : capital(key);
    const lexicon = words.lexicon();
    const written = lexicon.capitalised(key);
    if (written !== undefined) return written;
    if (Object.hasOwn(namesFirst, key)) return namesFirst[key]!.includes(nextKey) ? null : capital(key);
    if (pairAfter.get(key) === nextKey || pairBefore.get(key) === previousKey) return capital(key);
    const byContext = words.nounByContext?.(key, previousKey, nextKey, lexicon, afterNumber) ?? null;
    if (byContext !== null) return byContext ? capital(key) : null;
    if (Object.hasOwn(namesAfter, key)) return namesAfter[key]!.includes(previousKey) ? capital(key) : null;
    // "das essen ist gut" → das Essen; but "der alte mann": before a noun it is an adjective.
    const beforeNoun = lexicon.capitalised(nextKey) !== undefined || lexicon.both(nextKey);
    const determined = nounAfter.has(previousKey) || (afterNumber && nounAfter.size > 0);
    if (determined && lexicon.both(key) && !beforeNoun) return capital(key);
    if (words.compounds && !lexicon.both(key) && isCompoundNoun(key, lexicon)) return capital(key);
    return null;
  };
  return (key, previousKey, nextKey, afterNumber = false) => {
    const elision = elisions.find((e) => key.startsWith(e) && key.length > e.length);
    if (elision) {
      // The elided word is what comes before the name: "l'olivier" is the tree, "à olivier" the man.
      const rest = lookUp(key.slice(elision.length), elision, nextKey, false);
      return rest === null ? null : elision + rest;
    }
    return lookUp(key, previousKey, nextKey, afterNumber);
  };
}
