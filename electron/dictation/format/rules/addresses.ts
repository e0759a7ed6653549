// Web and e-mail addresses: "dot" joins a chain of words only when the chain ends in a
// top-level domain, so "example dot com" → example.com and "www dot example dot co dot uk"
// → www.example.co.uk, while "connect the dot" and "dot your i's" stay words.
// An e-mail is a chain, "at sign", and a domain chain: "ada at sign example dot com" →
// ada@example.com. The address is typed in lowercase and never gets a sentence capital
// (mail and domain names are case-insensitive; a capital would look like a typo).

import type { AddressWords } from '../languages/types.js';
import { fixedToken } from '../tokens.js';
import { keyAt, phraseAt, type WordRule } from './rule.js';

/** A label: letters and digits, inner hyphens allowed (what a domain label may hold). */
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;
/** Longer chains are not addresses anyone dictates; the cap keeps a long partial linear. */
const MAX_LABELS = 10;

export function addressRule(table: AddressWords): WordRule {
  const tlds = new Set(table.topLevelDomains);
  const ambiguous = new Set(table.ambiguousTopLevelDomains ?? []);
  const neverFirst = new Set(table.neverFirst);
  const isLabel = (word: string) => LABEL.test(word) && word !== table.dot && !table.at.includes(word);

  /** Labels joined by "dot" from `start`: each label's word index. */
  const chain = (words: readonly string[], start: number): number[] => {
    const labels: number[] = [];
    let i = start;
    while (labels.length < MAX_LABELS && isLabel(keyAt(words, i))) {
      labels.push(i);
      if (keyAt(words, i + 1) !== table.dot) break;
      i += 2;
    }
    return labels;
  };
  /** How many labels of a chain form a domain: up to its last top-level domain, at least two.
   *  After an "at" the chain is an address already, so "ana at empresa dot es" ends in "es". */
  const domainLength = (words: readonly string[], labels: number[], afterAt = false): number => {
    for (let n = labels.length; n >= 2; n--) {
      const tld = keyAt(words, labels[n - 1]!);
      if (tlds.has(tld) || (ambiguous.has(tld) && (afterAt || n >= 3))) return n;
    }
    return 0;
  };
  const text = (words: readonly string[], labels: number[]) => labels.map((i) => keyAt(words, i)).join('.');

  return (words, start) => {
    if (neverFirst.has(keyAt(words, start))) return null;
    const first = chain(words, start);
    if (first.length === 0) return null;
    const last = first[first.length - 1]!;
    const at = phraseAt(words, last + 1, table.at);
    if (at > 0) {
      const domain = chain(words, last + 1 + at);
      const n = domainLength(words, domain, true);
      if (n > 0) {
        const labels = domain.slice(0, n);
        const end = labels[n - 1]! + 1;
        return { tokens: [fixedToken(`${text(words, first)}@${text(words, labels)}`, false)], length: end - start };
      }
    }
    const n = domainLength(words, first);
    if (n === 0) return null;
    const labels = first.slice(0, n);
    return { tokens: [fixedToken(text(words, labels), false)], length: labels[n - 1]! + 1 - start };
  };
}
