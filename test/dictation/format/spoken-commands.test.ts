// The spoken-commands table (and the Markdown the README is generated from) says what
// the formatter really does: every phrase in it is dictated here and checked.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { spokenCommandsTable } from '../../../electron/dictation/format/index.js';
import { english } from '../../../electron/dictation/format/languages/en.js';
import { keyCommandsTable } from '../../../electron/dictation/keys/key-commands.js';
import { dictate } from './editor.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('spoken commands table', () => {
  it('has a row for every mark, number example and command of the English rules', () => {
    const rows = spokenCommandsTable();
    const says = rows.map((r) => r.say).join('\n');
    for (const phrase of [...english.marks.flatMap((m) => m.say), ...english.commands.flatMap((c) => c.say), ...english.numberExamples]) {
      assert.ok(says.includes(`"${phrase}"`), `no row says "${phrase}"`);
    }
    assert.ok(rows.some((r) => r.say.startsWith(`"${english.literal} `)), 'no row for the literal escape');
  });

  for (const mark of english.marks) {
    for (const phrase of mark.say) {
      it(`"${phrase}" types ${JSON.stringify(mark.text)}; "${english.literal} ${phrase}" types the words`, () => {
        assert.ok(dictate([`alpha ${phrase} beta`]).text.includes(mark.text));
        assert.equal(dictate([`alpha ${english.literal} ${phrase} beta`]).text, `Alpha ${phrase} beta`);
      });
    }
  }

  for (const row of spokenCommandsTable().filter((r) => /^`\d/.test(r.types))) {
    it(`number example ${row.say} types ${row.types}`, () => {
      assert.equal(dictate([row.say.replaceAll('"', '')]).text, row.types.replaceAll('`', ''));
    });
  }

  for (const rule of english.commands) {
    for (const phrase of rule.say) {
      it(`"${phrase}" runs ${rule.command}`, () => {
        // The slots of "replace X with Y" filled with words of the text.
        const said = phrase.replace(/\bX\b/, 'drop').replace(/\bY\b/, 'take');
        const { text, edits } = dictate(['keep period', 'drop', said]);
        if (rule.command === 'stop') assert.equal(edits[2]?.stopDictation, true);
        else if (rule.command === 'replace') assert.equal(text, 'Keep. Take');
        else if (rule.command === 'deleteSentence') assert.equal(text, 'Keep.');
        else assert.equal(text, 'Keep.', `${rule.command} takes back "drop"`);
      });
    }
  }

  it('scripts/spoken-commands-md.ts prints the table as Markdown', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/spoken-commands-md.ts'], { cwd: root });
    const lines = stdout.trimEnd().split('\n');
    assert.equal(lines[0], '| Say | Voskey types |');
    assert.equal(lines[1], '|---|---|');
    // The formatter's rows, then the key commands (electron/dictation/keys/).
    const rows = [...spokenCommandsTable(), ...keyCommandsTable()];
    assert.equal(lines.length, rows.length + 2);
    for (const [n, row] of rows.entries()) assert.ok(lines[n + 2]!.startsWith(`| ${row.say} | `), `row ${n}: ${lines[n + 2]}`);
  });
});
