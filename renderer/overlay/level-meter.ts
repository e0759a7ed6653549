// Loudness → bar length. Speech spans tens of decibels, so a linear bar would sit near
// zero for normal talking: the bar is linear in dB from FLOOR_DB (empty) to 0 dBFS (full).

const FLOOR_DB = -60;

export function levelFraction(amplitude: number): number {
  if (!(amplitude > 0)) return 0;
  const db = 20 * Math.log10(Math.min(1, amplitude));
  return Math.max(0, Math.min(1, (db - FLOOR_DB) / -FLOOR_DB));
}
