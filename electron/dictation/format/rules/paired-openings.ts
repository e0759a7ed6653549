// Spanish opens questions and exclamations too: "qué hora es cerrar interrogación" →
// "¿Qué hora es?". When a closing mark has an opening partner and its sentence began in
// this utterance without one, the opening mark goes at the sentence's start. A sentence
// begun in an earlier utterance is already typed and is left alone (say "abrir
// interrogación" at its start, or the whole question in one breath).

import { OPENS } from '../languages/styles.js';
import { markToken, type Token } from '../tokens.js';

/** `startsSentence`: the utterance begins a sentence (start of dictation, after ". ? !"). */
export function addPairedOpenings(tokens: readonly Token[], startsSentence: boolean): Token[] {
  const out: Token[] = [];
  let sentenceStart: number | null = startsSentence ? 0 : null;
  for (const token of tokens) {
    const opening = token.pairedOpening;
    if (opening !== undefined && sentenceStart !== null && !out.slice(sentenceStart).some((t) => t.text === opening)) {
      out.splice(sentenceStart, 0, markToken(opening, OPENS));
    }
    out.push(token);
    if (token.capitalAfter === 'capitalise') sentenceStart = out.length;
  }
  return out;
}
