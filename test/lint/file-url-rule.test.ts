// The lint rule that keeps `new URL(…, import.meta.url).pathname` out of file paths
// (eslint.config.js, URL_PATHNAME_AS_FILE): it catches the pattern in every kind of file we
// have (plain JS scripts, type-checked TS in electron/ and test/), and leaves web request
// URLs alone. Code is linted as if it were an existing file, so each block of the config applies.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function findings(code: string, asFile: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${asFile}` });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

for (const asFile of ['scripts/start.js', 'electron/desktop/fork-worker.ts', 'test/lint/architecture.test.ts']) {
  test(`${asFile}: new URL(…, import.meta.url).pathname is reported, fileURLToPath is not`, async () => {
    const wrong = await findings("export const dir = new URL('../x/', import.meta.url).pathname;\n", asFile);
    assert.ok(wrong.some((f) => /no-restricted-syntax: .*fileURLToPath/.test(f)), JSON.stringify(wrong));
    const right = await findings("import { fileURLToPath } from 'node:url';\nexport const dir = fileURLToPath(new URL('../x/', import.meta.url));\n", asFile);
    assert.deepEqual(right, []);
  });
}

test('the path of a web request URL is not a file path and is not reported', async () => {
  const found = await findings("export const path = (url: string): string => new URL(url, 'http://x').pathname;\n", 'test/lint/architecture.test.ts');
  assert.deepEqual(found, []);
});
