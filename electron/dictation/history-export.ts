// Turns transcript entries into a file the user can keep: plain text to read or paste
// elsewhere, or JSON to import into other tools. Both oldest first, like a diary.

import type { TranscriptEntry } from './history-types.js';

export type ExportFormat = 'txt' | 'json';

export function exportTranscripts(entries: readonly TranscriptEntry[], format: ExportFormat): string {
  if (format === 'json') {
    return `${JSON.stringify(entries.map((e) => ({ ...e, isoTime: new Date(e.time).toISOString() })), null, 2)}\n`;
  }
  if (format === 'txt') return entries.map(textLine).join('');
  throw new Error(`Unknown export format "${String(format)}": use txt or json.`);
}

/** "2025-03-01 14:03:22  text", later lines of a multi-line text indented under the first. */
function textLine(entry: TranscriptEntry): string {
  const stamp = localTimestamp(new Date(entry.time));
  const indent = ' '.repeat(stamp.length + 2);
  return `${stamp}  ${entry.text.split('\n').join(`\n${indent}`)}\n`;
}

function localTimestamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ` +
    `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`
  );
}
