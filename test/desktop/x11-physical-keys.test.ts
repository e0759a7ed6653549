// The keyboard devices' key state (x11-physical-keys.ts) on a private Xvfb: keys held on a
// keyboard device are seen, keys pressed through XTest (robotjs, xdotool, VNC) are not. And
// the native calls never take their process down: thousands of queries and opens beside a
// key-pressing client, and the X server killed mid-query, under glibc's heap checker.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openX11PhysicalKeys } from '../../electron/desktop/x11-physical-keys.js';
import { openDeviceKeyboard } from '../helpers/x-device-keyboard.js';
import { startXvfb, type XDisplay } from '../helpers/xvfb.js';
import { eventually } from '../helpers/eventually.js';

const MODULE = fileURLToPath(new URL('../../electron/desktop/x11-physical-keys.ts', import.meta.url));
const KEYBOARD = fileURLToPath(new URL('../helpers/x-device-keyboard.ts', import.meta.url));

/** Runs `body` in a child Node with MALLOC_CHECK_=3; resolves with how it ended and what it printed. */
function underHeapChecker(display: string, body: string, printed: { out: string } = { out: '' }): Promise<{ code: number | null; signal: string | null; out: string }> {
  const script = `import { openX11PhysicalKeys, ignoreXErrors } from ${JSON.stringify(MODULE)};\nimport koffi from 'koffi';\nimport { openDeviceKeyboard } from ${JSON.stringify(KEYBOARD)};\n${body}`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    env: { ...process.env, DISPLAY: display, MALLOC_CHECK_: '3' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d: Buffer) => (printed.out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (printed.out += d.toString()));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, out: printed.out })));
}

describe('keyboard device state on X11', () => {
  let x: XDisplay;
  before(async () => {
    x = await startXvfb();
  });
  after(() => x?.stop());

  it("sees keys held on a keyboard device, not keys pressed through XTest", () => {
    const keys = openX11PhysicalKeys(x.display)!;
    const user = openDeviceKeyboard(x.display);
    const env = { ...process.env, DISPLAY: x.display };
    try {
      assert.deepEqual(keys.held(['control', 'alt', 'space']), new Set());
      user.key('Control_L', true);
      user.key('space', true);
      assert.deepEqual(keys.held(['control', 'alt', 'space']), new Set(['control', 'space']));
      execFileSync('xdotool', ['keydown', 'alt'], { env });
      execFileSync('xdotool', ['keyup', 'ctrl'], { env });
      assert.deepEqual(keys.held(['control', 'alt', 'space']), new Set(['control', 'space']), 'XTest neither adds nor lifts');
      user.key('Control_L', false);
      user.key('space', false);
      assert.deepEqual(keys.held(['control', 'alt', 'space']), new Set());
      execFileSync('xdotool', ['keyup', 'alt'], { env });
    } finally {
      user.close();
      keys.close();
    }
  });

  it('without a display, or with one that is not there, it says it cannot tell', () => {
    assert.equal(openX11PhysicalKeys(undefined), undefined);
    assert.equal(openX11PhysicalKeys(':987'), undefined);
  });

  it('thousands of queries and opens beside a key-pressing client never fault (MALLOC_CHECK_=3)', async () => {
    const result = await underHeapChecker(
      x.display,
      `const user = openDeviceKeyboard(process.env.DISPLAY);
      let seen = 0;
      for (let round = 0; round < 200; round++) {
        const keys = openX11PhysicalKeys();
        for (let i = 0; i < 10; i++) {
          user.key('Shift_L', i % 2 === 0);
          if (keys.held(['shift', 'control', 'alt', 'space', 'a', 'f9', 'nonsense']).has('shift')) seen++;
        }
        keys.close();
        keys.close(); // twice: harmless
      }
      user.close();
      console.log('seen held', seen);`,
    );
    assert.equal(result.signal, null, result.out);
    assert.equal(result.code, 0, result.out);
    assert.match(result.out, /seen held 1000\b/, 'every press seen, every release seen');
  });

  it("an X error inside our calls is ignored; outside them the process's own handler is back", async () => {
    // Xlib's handler is process-wide and robotjs and uiohook share these processes: ours
    // must not change what happens to their errors.
    const result = await underHeapChecker(
      x.display,
      `const x11 = koffi.load('libX11.so.6');
      const openDisplay = x11.func('void *XOpenDisplay(const char *name)');
      const openDevice = koffi.load('libXi.so.6').func('void *XOpenDevice(void *display, unsigned long id)');
      const display = openDisplay(process.env.DISPLAY);
      ignoreXErrors(koffi, x11)(() => console.log('inside: a device that does not exist gives', openDevice(display, 250)));
      openDevice(display, 250);
      console.log('outside: still running');`,
    );
    assert.match(result.out, /inside: a device that does not exist gives null/);
    assert.doesNotMatch(result.out, /outside: still running/, "Xlib's default handler ended the process, as before");
    assert.match(result.out, /BadDevice/);
    assert.equal(result.signal, null, result.out);
  });

  it('the X server going away mid-query ends only that process, by Xlib, not by a fault', async () => {
    const doomed = await startXvfb();
    const printed = { out: '' };
    const running = underHeapChecker(doomed.display, `const keys = openX11PhysicalKeys(); console.log('open'); for (;;) keys.held(['control', 'space']);`, printed);
    await eventually('the child querying', () => printed.out.includes('open'));
    await doomed.stop();
    const result = await running;
    assert.match(result.out, /open/);
    assert.equal(result.signal, null, `ended by ${result.signal}: ${result.out}`);
    assert.notEqual(result.code, 0);
  });
});
