// Every file Voskey writes goes through electron/common/durable-write.ts (all bytes or an
// error, read back before it replaces anything), because a raw write once truncated a day's
// transcript archive on a full disk without an exception (issue 23). A raw write elsewhere
// in electron/ needs a `// raw write: <why>` comment on the lines just above it (a log
// appended line by line, a streamed download): this test finds any that has neither.
// test-needs: none (reads source files)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const HELPER = 'electron/common/durable-write.ts';
/** Node's calls that write file contents. */
const RAW_WRITE = /\b(writeFileSync|writeFile|appendFileSync|appendFile|createWriteStream|writeSync|copyFileSync|copyFile|truncateSync|truncate)\s*\(/;
const REASON = /\/\/ raw write: \S/;
/** How far above the call its reason may start (a comment of a few lines). */
const REASON_LINES_ABOVE = 6;

/** `file:line: code` for each raw write in `source` without a reason above it. */
function unexplainedRawWrites(file: string, source: string): string[] {
  const lines = source.split('\n');
  return lines.flatMap((line, index) => {
    const code = line.replace(/\/\/.*$/, '');
    if (!RAW_WRITE.test(code)) return [];
    const above = lines.slice(Math.max(0, index - REASON_LINES_ABOVE), index + 1);
    return above.some((l) => REASON.test(l)) ? [] : [`${file}:${index + 1}: ${line.trim()}`];
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

test('the check finds a raw write without a reason and accepts one with a reason', () => {
  assert.equal(unexplainedRawWrites('x.ts', "import { writeFileSync } from 'node:fs';\nwriteFileSync(path, text);\n").length, 1);
  assert.equal(unexplainedRawWrites('x.ts', 'await writeFile(path, text);\n').length, 1);
  assert.deepEqual(unexplainedRawWrites('x.ts', '// raw write: a log line at a time\nappendFileSync(file, line);\n'), []);
  assert.deepEqual(unexplainedRawWrites('x.ts', 'writeFileDurablySync(path, text);\n'), []);
});

test('no file in electron/ writes files except through durable-write.ts or with a reason', () => {
  const found = sourceFiles(join(root, 'electron'))
    .map((path) => relative(root, path).split('\\').join('/'))
    .filter((file) => file !== HELPER)
    .flatMap((file) => unexplainedRawWrites(file, readFileSync(join(root, file), 'utf8')));
  assert.deepEqual(found, [], `use writeFileDurably(Sync) from ${HELPER}, or say why not in a "// raw write: …" comment`);
});
