// Which correction command a final result is (issue 24): "correct that" opens the list of
// alternatives for the last thing typed; while the list shows, "choose two" (a choose
// phrase and one number, as a word or a digit) picks one and "cancel" closes it. Each is a
// command only as a whole utterance, and choose/cancel only while the list shows: "cancel
// the meeting", or "choose two" said with no list, are dictated like any other words.

import type { LanguageRules } from './languages/types.js';
import { PhraseMatcher, wordKey } from './words.js';

export type CorrectionCommand = { kind: 'correct' } | { kind: 'choose'; number: number } | { kind: 'cancel' };

/** The digit keys 1–9 choose too; the setting offers at most 5 alternatives. */
const MAX_CHOICE = 9;

export class CorrectionWords {
  private readonly phrases = new PhraseMatcher<'correct' | 'choose' | 'cancel'>();
  private readonly numbers = new Map<string, number>();  private readonly correctPhrases: string[];
  private readonly chooseSay: string;
  private readonly cancelSay: string;
  private readonly listPhrases: string[];

  constructor(rules: LanguageRules) {
    const words = rules.correction;
    for (const phrase of words.correct) this.phrases.add(phrase, 'correct');
    for (const phrase of words.choose) this.phrases.add(phrase, 'choose');
    for (const phrase of words.cancel) this.phrases.add(phrase, 'cancel');
    for (const [word, value] of Object.entries(rules.numbers.units)) {
      if (value >= 1 && value <= MAX_CHOICE && !word.includes(' ') && !this.numbers.has(word)) this.numbers.set(word, value);
    }
    for (let n = 1; n <= MAX_CHOICE; n++) this.numbers.set(String(n), n);
    for (const [word, value] of Object.entries(words.numberSoundalikes ?? {})) if (!this.numbers.has(word)) this.numbers.set(word, value);
    // Live typing holds these back while the list shows, as it holds "scratch that".
    this.listPhrases = [...words.choose.flatMap((say) => [...this.numbers.keys()].map((n) => `${say} ${n}`)), ...words.cancel];
    this.correctPhrases = words.correct;
    this.chooseSay = words.choose[0] ?? '';
    this.cancelSay = words.cancel[0] ?? '';
  }

  /** The command these words are, or null when they are text (choose and cancel count only while the list shows). */
  match(words: readonly string[], listShows: boolean): CorrectionCommand | null {
    const found = this.phrases.matchAt(words, 0);
    if (!found) return null;
    if (found.value === 'correct') return found.length === words.length ? { kind: 'correct' } : null;
    if (!listShows) return null;
    if (found.value === 'cancel') return found.length === words.length ? { kind: 'cancel' } : null;
    if (found.length !== words.length - 1) return null;
    const number = this.numbers.get(wordKey(words[words.length - 1]!));
    return number === undefined ? null : { kind: 'choose', number };
  }

  /** How to answer the list, with this language's words (the overlay's own text is English). */
  hint(): string {
    return `Say “${this.chooseSay} 2” or press 2 · “${this.cancelSay}” closes`;
  }

  /** Phrases that are commands when said alone now: "correct that" always, the list's own while it shows. */
  commandPhrases(listShows: boolean): string[] {
    return [...this.correctPhrases, ...(listShows ? this.listPhrases : [])];
  }
}
