// Prints the README's table of spoken commands as Markdown, generated from the English
// rules table so the documentation cannot drift from what the formatter does
// (test/docs/readme.test.ts checks the README holds exactly this table).
// Usage: node --import tsx scripts/spoken-commands-md.ts
import { fileURLToPath } from 'node:url';
import { spokenCommandsTable } from '../electron/dictation/format/index.js';
import { keyCommandsTable } from '../electron/dictation/keys/key-commands.js';

export function spokenCommandsMarkdown(): string {
  const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
  const rows = [...spokenCommandsTable(), ...keyCommandsTable()].map((row) => `| ${cell(row.say)} | ${cell(row.types)} |`);
  return ['| Say | Voskey types |', '|---|---|', ...rows].join('\n') + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(spokenCommandsMarkdown());
