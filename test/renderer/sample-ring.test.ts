// The pre-roll ring the capture worklet keeps while the microphone is held ready: it must
// hand out exactly the newest samples, oldest first, once — never a sample twice.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SampleRing } from '../../renderer/audio/sample-ring.js';

function drained(ring: SampleRing): number[] {
  const out: number[] = [];
  const count = ring.drain((s) => out.push(s));
  assert.equal(count, out.length, 'drain reports how many it handed out');
  return out;
}

const cases: { name: string; capacity: number; pushed: number; kept: number[] }[] = [
  { name: 'fewer samples than it holds', capacity: 5, pushed: 3, kept: [0, 1, 2] },
  { name: 'exactly full', capacity: 5, pushed: 5, kept: [0, 1, 2, 3, 4] },
  { name: 'wrapped around once', capacity: 5, pushed: 7, kept: [2, 3, 4, 5, 6] },
  { name: 'wrapped many times', capacity: 4, pushed: 23, kept: [19, 20, 21, 22] },
  { name: 'no pre-roll asked for', capacity: 0, pushed: 10, kept: [] },
];

for (const c of cases) {
  test(`keeps the newest samples, oldest first: ${c.name}`, () => {
    const ring = new SampleRing(c.capacity);
    for (let i = 0; i < c.pushed; i++) ring.push(i);
    assert.equal(ring.size, c.kept.length);
    assert.deepEqual(drained(ring), c.kept);
    assert.deepEqual(drained(ring), [], 'a drained ring is empty: nothing goes out twice');
  });
}

test('after a drain it fills again from the next sample', () => {
  const ring = new SampleRing(3);
  for (let i = 0; i < 5; i++) ring.push(i);
  drained(ring);
  ring.push(10);
  ring.push(11);
  assert.deepEqual(drained(ring), [10, 11]);
});

test('resizing forgets what it held (a new source starts afresh)', () => {
  const ring = new SampleRing(3);
  ring.push(1);
  ring.push(2);
  ring.resize(4);
  assert.equal(ring.capacity, 4);
  assert.deepEqual(drained(ring), []);
  ring.resize(4);
  for (let i = 0; i < 6; i++) ring.push(i);
  assert.deepEqual(drained(ring), [2, 3, 4, 5]);
});
