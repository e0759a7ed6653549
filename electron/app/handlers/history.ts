// history:* — the transcript window: list, search, delete, copy and export transcripts.
// Arguments come from a page: each handler checks what it is given.
import { writeFileDurably } from '../../common/durable-write.js';
import type { Clipboard } from '../../desktop/clipboard.js';
import type { TranscriptHistory } from '../../dictation/history.js';
import { markedSpans } from '../../dictation/confidence/marked-spans.js';
import type { ShellHandlers } from './page-handlers.js';

/** Where an export went, or that the user cancelled the Save dialog. */
type ExportReply = { path: string } | { cancelled: true };

/**
 * `chooseExportPath`: the shell's Save dialog; null when the user cancelled.
 * `formatReading`: raw recognizer words as dictation would type them at a sentence start.
 * `markBelowConfidence`: 0..1, words below it are marked in the list; 0 = not in the transcript.
 */
export function historyHandlers(
  history: TranscriptHistory,
  clipboard: Pick<Clipboard, 'writeText'>,
  chooseExportPath: (defaultName: string) => Promise<string | null>,
  formatReading: (raw: string) => string,
  markBelowConfidence: () => number = () => 0,
) {
  const readings = (id: unknown): string[] => {
    const entry = history.get(requireId(id));
    if (!entry) throw new Error('That transcript entry no longer exists.');
    return (entry.alternatives ?? []).map(formatReading);
  };
  return {
    'history:list': (query) => {
      const entries = history.list(typeof query === 'string' ? query : undefined);
      const threshold = markBelowConfidence();
      if (threshold <= 0) return entries;
      return entries.map((entry) => {
        const unsureSpans = markedSpans(entry.text, entry.scoredWords, threshold);
        return unsureSpans.length > 0 ? { ...entry, unsureSpans } : entry;
      });
    },
    'history:delete': (id) => void history.delete(requireId(id)),
    'history:clear': () => void history.clear(),
    'history:copy': async (id) => {
      const entry = history.get(requireId(id));
      if (!entry) throw new Error('That transcript entry no longer exists.');
      await clipboard.writeText(entry.text);
    },
    'history:export': async (format): Promise<ExportReply> => {
      requireFormat(format);
      const path = await chooseExportPath(`voskey-transcript.${format}`);
      if (path === null) return { cancelled: true };
      // Through the verified write: a full disk must not leave a half export that looks whole.
      await writeFileDurably(path, history.export(format));
      return { path };
    },
    'history:archives': () => history.archives(),
    'history:alternatives': (id) => readings(id),
    'history:copy-alternative': async (id, number) => {
      const text = Number.isInteger(number) ? readings(id)[number - 1] : undefined;
      if (text === undefined) throw new Error(`That entry has no alternative ${String(number)}.`);
      await clipboard.writeText(text);
    },
    'history:export-archive': async (name, format): Promise<ExportReply> => {
      requireFormat(format);
      const content = history.exportArchive(name, format); // refuses anything but an archive's name
      const path = await chooseExportPath(`${name.replace(/\.json$/, '')}.${format}`);
      if (path === null) return { cancelled: true };
      await writeFileDurably(path, content);
      return { path };
    },
  } satisfies Partial<ShellHandlers>;
}

function requireId(id: unknown): string {
  if (typeof id !== 'string' || id.length === 0 || id.length > 100) throw new Error('A transcript entry id is required.');
  return id;
}

function requireFormat(format: unknown): asserts format is 'txt' | 'json' {
  if (format !== 'txt' && format !== 'json') throw new Error('Export as txt or json.');
}
