// The control channel's rules, on real Unix sockets in a temp runtime folder: a socket left
// by a Voskey that was killed is replaced, a running one is never taken over, a folder
// others can enter is refused, and a request that is not an action gets an error answer.
// test-needs: none
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { controlAddress, ControlAddressError } from '../../electron/control/control-address.js';
import { sendControl, NotRunningError } from '../../electron/control/control-client.js';
import type { ControlAction } from '../../electron/control/control-protocol.js';
import { ControlBusyError, listenForControl } from '../../electron/control/control-server.js';

function runtimeDir(): string {
  return mkdtempSync(join(tmpdir(), 'voskey-control-'));
}

describe('voskey control channel', { skip: process.platform === 'win32' ? 'Unix sockets; Windows uses a named pipe' : false }, () => {
  it('answers each action with the handler\'s state, in a folder of mode 0700 and a socket of mode 0600', async () => {
    const dir = runtimeDir();
    const seen: ControlAction[] = [];
    const address = controlAddress({ XDG_RUNTIME_DIR: dir });
    const server = await listenForControl(address, (action) => (seen.push(action), action === 'begin' ? 'listening' : 'idle'));
    try {
      assert.equal(statSync(address.dir!).mode & 0o777, 0o700);
      assert.equal(statSync(address.path).mode & 0o777, 0o600);
      assert.deepEqual(await sendControl(address, 'begin'), { ok: true, state: 'listening' });
      assert.deepEqual(await sendControl(address, 'cancel'), { ok: true, state: 'idle' });
      assert.deepEqual(seen, ['begin', 'cancel']);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
    assert.equal(existsSync(address.path), false, 'closing removes the socket file');
  });

  it('replaces the socket file of a Voskey that was killed', async () => {
    const dir = runtimeDir();
    const address = controlAddress({ XDG_RUNTIME_DIR: dir });
    mkdirSync(address.dir!, { mode: 0o700 });
    // A process that listens and dies without cleaning up (SIGKILL): its socket file stays.
    const script = `require('net').createServer().listen(${JSON.stringify(address.path)}, () => process.kill(process.pid, 'SIGKILL'))`;
    await new Promise((resolve) => spawn(process.execPath, ['-e', script]).on('exit', resolve));
    assert.ok(existsSync(address.path), 'the dead process left its socket');
    await assert.rejects(sendControl(address, 'begin'), NotRunningError);
    const server = await listenForControl(address, () => 'listening');
    try {
      assert.deepEqual(await sendControl(address, 'toggle'), { ok: true, state: 'listening' });
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never takes the channel from a Voskey that runs', async () => {
    const dir = runtimeDir();
    const address = controlAddress({ XDG_RUNTIME_DIR: dir });
    const first = await listenForControl(address, () => 'first');
    try {
      await assert.rejects(listenForControl(address, () => 'second'), ControlBusyError);
      assert.deepEqual(await sendControl(address, 'begin'), { ok: true, state: 'first' });
    } finally {
      await first.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a socket folder that other users can enter', async () => {
    const dir = runtimeDir();
    const address = controlAddress({ XDG_RUNTIME_DIR: dir });
    mkdirSync(address.dir!);
    chmodSync(address.dir!, 0o755);
    try {
      await assert.rejects(listenForControl(address, () => 'idle'), (error: Error) => error instanceof ControlAddressError && /other users.*755/.test(error.message));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('without XDG_RUNTIME_DIR, a private folder of this user in the temp folder', () => {
    const address = controlAddress({});
    assert.equal(address.dir, join(tmpdir(), `voskey-${process.getuid!()}`));
    assert.equal(controlAddress({ USERNAME: 'Ada Lovelace' }, 'win32').path, '\\\\.\\pipe\\voskey-Ada_Lovelace');
  });

  it('answers a request that is not an action with an error, and keeps serving', async () => {
    const dir = runtimeDir();
    const address = controlAddress({ XDG_RUNTIME_DIR: dir });
    const server = await listenForControl(address, () => 'idle');
    try {
      const answer = await new Promise<string>((resolve) => {
        const socket = connect(address.path);
        let text = '';
        socket.on('connect', () => socket.write('{"action":"explode"}\n'));
        socket.on('data', (d) => (text += d.toString()));
        socket.on('end', () => resolve(text));
      });
      assert.match(answer, /"ok":false.*begin, end, toggle, cancel/);
      assert.deepEqual(await sendControl(address, 'end'), { ok: true, state: 'idle' });
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
