// Issue 22's rows through `voskey format --language L` as a process, as a new user tried
// them: each is what a native writer expects, not what the formatter typed before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './run-cli.js';

const ROWS: [language: string, said: string, expected: string][] = [
  ['en', 'yesterday peter flew to rome with anna and they spoke italian', 'Yesterday Peter flew to Rome with Anna and they spoke Italian'],
  ['en', 'the troops march at dawn', 'The troops march at dawn'],
  ['en', 'we met in march', 'We met in March'],
  ['de', 'meine mutter kauft brot beim bäcker', 'Meine Mutter kauft Brot beim Bäcker'],
  ['de', 'wir haben dreiundvierzig stühle', 'Wir haben 43 Stühle'],
  ['de', 'neun hundert vier und dreißig', '934'],
  ['fr', 'trois mille quatre cents habitants', '3400 habitants'],
  ['es', 'dos mil trescientos euros', '2300 euros'],
  ['es', 'mil ochocientos cuarenta y cinco', '1845'],
  ['es', 'setecientos veinte metros', '720 metros'],
  ['fr', 'il habite à lyon avec sophie', 'Il habite à Lyon avec Sophie'],
  ['es', 'vive en sevilla con carmen', 'Vive en Sevilla con Carmen'],
];

for (const [language, said, expected] of ROWS) {
  test(`voskey format --language ${language}: "${said}" → "${expected}"`, async () => {
    const result = await runCli(['format', '--language', language], { stdin: Buffer.from(`${said}\n`) });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, `${expected}\n`);
  });
}

test('--no-true-case leaves the recognizer\'s lowercase words as they came', async () => {
  const result = await runCli(['format', '--language', 'de', '--no-true-case'], { stdin: Buffer.from('meine mutter kauft brot\n') });
  assert.equal(result.stdout, 'Meine mutter kauft brot\n', result.stderr);
});
