// A recognised word with how sure the recognizer is of it, 0..1.

export interface ScoredWord {
  word: string;
  confidence: number;
}
