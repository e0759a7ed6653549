// Seeded, bounded random inputs for property tests of the file readers: the same seed gives
// the same cases on every machine, so a failure names a case anyone can replay.

/** mulberry32: a small, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Bytes that make JSON interesting when dropped in: structure, quotes, escapes, invalid UTF-8. */
const SPICE = Buffer.from('{}[]",:\\0-9e \n\u00e9', 'utf8');

/**
 * One case: pure noise, or `valid` with a few bytes replaced, inserted or deleted, or
 * `valid` with a BOM, or deep brackets. At most `maxLength` bytes of noise.
 */
export function randomFileBytes(random: () => number, valid: Buffer, maxLength = 300): Buffer {
  const int = (n: number) => Math.floor(random() * n);
  const byte = () => (random() < 0.5 ? int(256) : SPICE[int(SPICE.length)]!);
  const kind = int(10);
  if (kind < 3) return Buffer.from(Array.from({ length: int(maxLength) }, byte));
  if (kind === 3) return Buffer.concat([BOM, valid]);
  if (kind === 4) {
    const depth = 1 + int(20_000);
    return Buffer.from(`{"a":${'['.repeat(depth)}${random() < 0.5 ? ']'.repeat(depth) : ''}}`);
  }
  const bytes = [...(random() < 0.2 ? Buffer.concat([BOM, valid]) : valid)];
  for (let edits = 1 + int(4); edits > 0; edits--) {
    const at = int(bytes.length + 1);
    const op = int(3);
    if (op === 0) bytes[Math.min(at, bytes.length - 1)] = byte();
    else if (op === 1) bytes.splice(at, 0, byte());
    else bytes.splice(at, 1);
  }
  return Buffer.from(bytes);
}

/** Absolute paths ending in .json that a notice names: "/home/…" or, on Windows, "C:\Users\…". */
export function filesNamedIn(notices: readonly string[]): string[] {
  return notices.flatMap((n) => n.match(/(?:\/|\b[A-Za-z]:\\)[^\s;]+\.json/g) ?? []);
}
