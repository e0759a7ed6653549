// The microphone list is asked of the capture page and arrives as a separate event: each
// request gets the next answer, or a message in words if the page never answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DeviceListRequests } from '../../electron/app/device-list.js';

const MICS = [{ deviceId: 'a', label: 'Built-in' }, { deviceId: 'b', label: 'Headset' }];

test('every request waiting gets the next answer, and each request asks the page', async () => {
  let asked = 0;
  const devices = new DeviceListRequests(() => asked++);
  const first = devices.list();
  const second = devices.list();
  assert.equal(asked, 2);
  devices.answer(MICS);
  assert.deepEqual(await first, MICS);
  assert.deepEqual(await second, MICS);
});

test('an answer nobody waits for is dropped; the next request waits for a fresh one', async () => {
  const devices = new DeviceListRequests(() => {});
  devices.answer(MICS);
  const later = devices.list();
  devices.answer([MICS[1]!]);
  assert.deepEqual(await later, [MICS[1]]);
});

test('a page that stays silent: the request fails in words, and a late answer goes nowhere', async () => {
  const devices = new DeviceListRequests(() => {}, 30);
  await assert.rejects(devices.list(), /capture page did not list the microphones/);
  devices.answer(MICS); // must not throw or resolve the expired request
  const next = devices.list();
  devices.answer(MICS);
  assert.deepEqual(await next, MICS);
});
