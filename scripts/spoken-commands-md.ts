// Prints the README's table of spoken commands as Markdown, generated from the English
// rules table so the documentation cannot drift from what the formatter does.
// Usage: node --import tsx scripts/spoken-commands-md.ts
import { spokenCommandsTable } from '../electron/dictation/format/index.js';

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const rows = spokenCommandsTable().map((row) => `| ${cell(row.say)} | ${cell(row.types)} |`);
process.stdout.write(['| Say | Voskey types |', '|---|---|', ...rows].join('\n') + '\n');
