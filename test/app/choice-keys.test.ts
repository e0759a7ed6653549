// The digit keys of the "correct that" list are held only while it shows (app/choice-keys.ts).
// Electron's globalShortcut cannot run here: the grab is a stand-in recording what the
// shell was asked to hold; the real grab of keys with the list is test/app/correct-that.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChoiceKeys } from '../../electron/app/choice-keys.js';

function rig(refuse: string[] = []) {
  const held = new Set<string>();
  const chosen: number[] = [];
  const warnings: string[] = [];
  let press: ((key: string) => void) | undefined;
  const keys = new ChoiceKeys(
    (accelerators, pressed) => {
      press = pressed;
      const mine = accelerators.filter((a) => !refuse.includes(a));
      for (const a of mine) held.add(a);
      return { refused: accelerators.filter((a) => refuse.includes(a)), release: () => mine.forEach((a) => held.delete(a)) };
    },
    (number) => void chosen.push(number),
    { info: () => {}, warn: (m: string) => void warnings.push(m), error: () => {} },
  );
  return { keys, held, chosen, warnings, press: (key: string) => press?.(key) };
}

test('held exactly while the list shows: its numbers on the main row and the keypad, given back when it closes', () => {
  const r = rig();
  r.keys.follow(0);
  assert.deepEqual([...r.held], [], 'nothing held without a list');
  r.keys.follow(3);
  assert.deepEqual([...r.held].sort(), ['1', '2', '3', 'num1', 'num2', 'num3']);
  r.press('2');
  r.press('num3');
  assert.deepEqual(r.chosen, [2, 3]);
  r.keys.follow(2); // a new list, shorter: its own digits only
  assert.deepEqual([...r.held].sort(), ['1', '2', 'num1', 'num2']);
  r.keys.follow(0);
  assert.deepEqual([...r.held], [], 'a digit typed after the list closed is the user\'s');
});

test('a key another application holds is reported once, the others still work', () => {
  const r = rig(['2']);
  r.keys.follow(2);
  assert.match(r.warnings.join(' '), /another application holds 2/);
  r.press('1');
  assert.deepEqual(r.chosen, [1]);
});

test('a shell without global shortcuts: the list is chosen from by voice, nothing breaks', () => {
  const keys = new ChoiceKeys(undefined, () => assert.fail('no key can be pressed'));
  keys.follow(3);
  keys.follow(0);
});
