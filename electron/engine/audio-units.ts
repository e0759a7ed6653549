// A client's audio is decoded in units of at most UNIT_MS, each taking its own turn at a
// decode slot (decode-slots.ts): a real-time stream's 100 ms message is one unit, a batch
// client's 1 MiB message (≈33 s at 16 kHz) about 160. Before, a slot was held for a whole
// message, so two batch clients sending 1 MiB frames held both slots of a 2-core machine
// for ≈4.6 s at a time and no real-time stream got a final in 90 s (issue 23).
// 200 ms decodes in ≈25–45 ms here (PocketSphinx, real-time factor 0.13–0.23), so a
// real-time stream waits for at most the units already running and one turn per other
// stream; smaller units buy little more for a worker round trip each.

/** The most audio one decode turn takes. */
export const UNIT_MS = 200;

/**
 * `pcm` cut into consecutive units of at most UNIT_MS at `sampleRate`; always at least one
 * unit (an empty message still gets its reply). Each unit has a buffer of its own, so it
 * can be transferred to the recognizer's worker thread without another copy. The cut
 * depends only on the message itself, so the same audio in the same messages always
 * decodes the same way, however busy the server is.
 */
export function audioUnits(pcm: Int16Array, sampleRate: number): Int16Array[] {
  const unitSamples = Math.max(1, Math.floor((sampleRate * UNIT_MS) / 1000));
  if (pcm.length <= unitSamples) return [pcm];
  const units: Int16Array[] = [];
  for (let at = 0; at < pcm.length; at += unitSamples) units.push(pcm.slice(at, at + unitSamples));
  return units;
}
