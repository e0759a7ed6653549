// Which confidence a reply carries, in order of what is measured most directly:
//
// - Final, plain shape, with `words` on: each word's own `conf` (Kaldi's MBR confidence on a
//   Vosk server, PocketSphinx's word posterior on the built-in one).
// - Final, alternatives shape: per-word `conf` if the best reading has it (Vosk's readings
//   do not, but a server may add it), else the readings' agreement (reading-agreement.ts).
// - Partial: only `partial_result` words with `conf`, which vosk-api sends with partial words
//   on; asr_server.py never turns them on, nor does the built-in server, so against them
//   partials carry no confidence and no partial word is marked. Nothing is carried over
//   from an earlier final: those are other words.
//
// Anything else (words off, a single reading): undefined, and nothing is marked.

import type { FinalReply, PartialReply, VoskAlternativeWord } from '../../vosk/protocol.js';
import { agreementConfidences } from '../../vosk/reading-agreement.js';
import type { ScoredWord } from '../../vosk/scored-word.js';

export function finalConfidences(reply: FinalReply | undefined): ScoredWord[] | undefined {
  if (!reply) return undefined;
  if (reply.alternatives?.length) {
    return measured(reply.alternatives[0]!.result) ?? agreementConfidences(reply.alternatives);
  }
  return measured(reply.result);
}

export function partialConfidences(reply: PartialReply | undefined): ScoredWord[] | undefined {
  return measured(reply?.partialResult);
}

/** The words' own confidences, when every word has one (a partly scored list says too little). */
function measured(words: readonly VoskAlternativeWord[] | undefined): ScoredWord[] | undefined {
  if (!words?.length || !words.every((w) => typeof w.conf === 'number' && Number.isFinite(w.conf))) return undefined;
  return words.map((w) => ({ word: w.word, confidence: Math.min(1, Math.max(0, w.conf!)) }));
}
