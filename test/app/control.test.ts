// `voskey control` reaching the app: the core answers on the control channel it is given,
// with the same intents as its hotkey, and gives the channel up when it shuts down.
// test-needs: none
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { controlAddress } from '../../electron/control/control-address.js';
import { NotRunningError, sendControl } from '../../electron/control/control-client.js';
import { eventually } from '../helpers/eventually.js';
import { quietShell, testCore } from './app-harness.js';

test('the app answers voskey control: begin, end, toggle and cancel drive its dictation', { skip: process.platform === 'win32' ? 'Unix sockets' : false }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'voskey-core-control-'));
  const address = controlAddress({ XDG_RUNTIME_DIR: dir });
  const captures: string[] = [];
  const shell = quietShell({ capture: { start: () => void captures.push('start'), stop: () => void captures.push('stop') } });
  const env: NodeJS.ProcessEnv = { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' };
  const { core } = testCore(shell, join(dir, 'app'), env, undefined, address);
  try {
    core.start();
    await eventually('the control socket', () => existsSync(address.path));
    assert.deepEqual(await sendControl(address, 'begin'), { ok: true, state: 'connecting' });
    assert.deepEqual(captures, ['start'], 'begin opens the microphone as a hotkey press does');
    assert.deepEqual(await sendControl(address, 'end'), { ok: true, state: 'finishing' });
    assert.deepEqual(captures, ['start', 'stop']);
    await core.whenIdle();
    assert.equal((await sendControl(address, 'toggle')).ok, true);
    assert.equal(core.state.status, 'connecting', 'toggle starts');
    const cancelled = await sendControl(address, 'cancel');
    assert.ok(cancelled.ok && cancelled.state !== 'connecting' && cancelled.state !== 'listening', JSON.stringify(cancelled));
  } finally {
    await core.shutdown();
    rmSync(dir, { recursive: true, force: true });
  }
  await assert.rejects(sendControl(address, 'begin'), NotRunningError, 'a quit app leaves no channel behind');
});
