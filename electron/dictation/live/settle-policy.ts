// WHEN a word of the partials is settled enough to type live (live-commit.ts decides how
// the window is brought to the settled words; this decides how many there are).
//
// A word is settled once the partials have held it, in the same place after the same
// words, with another word after it, for `agreement` partials in a row, and it is not
// among the newest partial's last `holdLastWords` (the recognizer revises the word it is
// hearing and, less often, the one before).
//
// A server whose final re-scores the utterance (Kaldi's lattice in every Vosk server; the
// lattice best-path pass of PocketSphinx, `rescoreFinal` in engine/load-engine.ts) can
// still change words every partial agreed on. On the LibriVox clips recorded in
// test/fixtures/partials-rescored.json, the words it changed were mostly words the partials
// had wavered over ("crudely" was the 7th word the recognizer heard in that place, "closed"
// the 5th) — so a word waits `waverPenalty` more partials for every time the word in its
// place changed before it settled (bench/live-typing.ts compares the values; 0 is the old
// rule). Waiting costs delay only where the recognizer was unsure.
//
// Why not per-word times (`partial_result`, "commit once the audio has moved on past the
// word by a margin")? vosk-api sends them only after SetPartialWords(true), and the
// reference server (alphacep/vosk-server websocket/asr_server.py) never calls it nor
// accepts a config key for it: against the servers people run, partials carry no times.
// Partials come one per audio frame (100 ms from the capture page), so counting partials
// already measures how long the audio has moved on past a word; the server's own times
// would add nothing to the rule where they exist and are absent where it matters.

export interface StabilityRule {
  /** How many consecutive partials must hold the same words before they are typed (≥ 1; 1 = every partial). */
  agreement: number;
  /**
   * The words at the end that are still being heard. 0: none, every word counts. n ≥ 1: a
   * partial's last word never counts as agreed on (the recognizer is still hearing it),
   * and the newest partial's last n words are not typed.
   */
  holdLastWords: number;
  /**
   * More partials of agreement a word needs for each time the word in its place changed
   * before (a wavering word is one a re-scoring final is likely to change). 0 or absent:
   * every word needs `agreement`.
   */
  waverPenalty?: number;
}

export class SettlePolicy {
  /** The previous partial's words (its last one included). */
  private previous: string[] = [];
  /** Per place: partials in a row that held the same words up to and including it, each with a word after it. */
  private held: number[] = [];
  /** Per place: how many times the word there changed since the segment began. */
  private changes: number[] = [];

  constructor(private readonly rule: StabilityRule) {}

  /**
   * The newest partial's words (pieces, formatted); returns how many of its first words
   * are settled.
   */
  next(words: readonly string[]): number {
    const counted = this.rule.holdLastWords > 0 ? words.length - 1 : words.length;
    let samePrefix = true;
    for (let i = 0; i < words.length; i++) {
      const before = this.previous[i];
      if (before !== undefined && before !== words[i]) this.changes[i] = (this.changes[i] ?? 0) + 1;
      samePrefix &&= before === words[i];
      // A place counts only while every word up to it holds and another word follows it.
      this.held[i] = i < counted ? (samePrefix ? this.held[i] ?? 0 : 0) + 1 : 0;
    }
    this.held.length = words.length;
    this.previous = [...words];
    const limit = Math.max(0, words.length - this.rule.holdLastWords);
    let settled = 0;
    while (settled < limit && this.held[settled]! >= this.needed(settled)) settled++;
    return settled;
  }

  /** Agreement starts over (the words may still become a command); what wavered is remembered. */
  forget(): void {
    this.previous = [];
    this.held = [];
  }

  /** A new segment (utterance or final): nothing is known. */
  reset(): void {
    this.forget();
    this.changes = [];
  }

  private needed(place: number): number {
    return this.rule.agreement + (this.rule.waverPenalty ?? 0) * (this.changes[place] ?? 0);
  }
}
