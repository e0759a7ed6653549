// Prints the README's table of spoken commands as Markdown, generated from the English
// rules table so the documentation cannot drift from what the formatter does
// (test/docs/readme.test.ts checks the README holds exactly this table).
// Usage: node --import tsx scripts/spoken-commands-md.ts [de|fr|es]   (English by default)
import { fileURLToPath } from 'node:url';
import { describeRules } from '../electron/dictation/format/describe.js';
import { languageRules } from '../electron/dictation/format/index.js';

export function spokenCommandsMarkdown(language = 'en'): string {
  const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
  const rows = describeRules(languageRules(language)).map((row) => `| ${cell(row.say)} | ${cell(row.types)} |`);
  return ['| Say | Voskey types |', '|---|---|', ...rows].join('\n') + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(spokenCommandsMarkdown(process.argv[2]));
