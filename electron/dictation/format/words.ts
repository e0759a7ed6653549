// Splitting recognizer output into words, and the one way phrases are compared, so a
// spoken command, a replacement and a recognizer word always agree on what "same" means.

/** Words of a raw result: Unicode-normalised (NFC, so "café" has one form), split on any whitespace. */
export function splitWords(raw: string): string[] {
  if (typeof raw !== 'string') return [];
  return raw.normalize('NFC').split(/\s+/u).filter((w) => w.length > 0);
}

/** The comparison key of a word: lowercase (Unicode-aware, locale-independent). */
export function wordKey(word: string): string {
  return word.toLowerCase();
}

/** Finds phrases (sequences of whole words) in a word list, longest first, case-insensitively. */
export class PhraseMatcher<T> {
  private readonly byKey = new Map<string, T>();
  private longest = 0;

  add(phrase: string, value: T): void {
    const words = splitWords(phrase).map(wordKey);
    if (words.length === 0) return;
    const key = words.join(' ');
    // The first entry for a phrase wins, so a table (or a user's list) reads top-down.
    if (this.byKey.has(key)) return;
    this.byKey.set(key, value);
    this.longest = Math.max(this.longest, words.length);
  }

  /** The longest phrase starting at `words[start]`, or null. */
  matchAt(words: readonly string[], start: number): { value: T; length: number } | null {
    const max = Math.min(this.longest, words.length - start);
    for (let length = max; length >= 1; length--) {
      const key = words.slice(start, start + length).map(wordKey).join(' ');
      const value = this.byKey.get(key);
      if (value !== undefined) return { value, length };
    }
    return null;
  }

  /** Every phrase, as its lowercase words joined by single spaces. */
  phrases(): string[] {
    return [...this.byKey.keys()];
  }

  /** The phrase that is exactly all of `words`, or null. */
  matchWhole(words: readonly string[]): T | null {
    const match = this.matchAt(words, 0);
    return match && match.length === words.length ? match.value : null;
  }
}
