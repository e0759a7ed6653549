// Push-to-talk on the real hook: uiohook-napi in its worker on a private Xvfb, keys
// synthesised with xdotool (real XTest events, including the X server's auto-repeat).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createHoldHotkey, type HoldHotkey, type HoldHotkeyOptions } from '../../electron/desktop/hotkey.js';
import { TypingActivity } from '../../electron/desktop/typing-activity.js';
import { startXvfb, type XDisplay } from '../helpers/xvfb.js';

describe('push-to-talk hook under Xvfb', () => {
  let x: XDisplay;
  let env: NodeJS.ProcessEnv;
  const open: HoldHotkey[] = [];

  before(async () => {
    x = await startXvfb();
    env = { ...process.env, DISPLAY: x.display };
  });
  after(async () => {
    for (const h of open) h.stop();
    await x?.stop();
  });

  const xdotool = (...args: string[]): void => void execFileSync('xdotool', args, { env });

  async function hotkey(extra: Partial<HoldHotkeyOptions> = {}) {
    const log: string[] = [];
    const h = createHoldHotkey({
      accelerator: 'Control+Alt+Space',
      maxHoldMs: 10_000,
      env,
      onStart: () => log.push('start'),
      onStop: (r) => log.push(`stop:${r}`),
      onUnavailable: (r) => log.push(`unavailable:${r}`),
      ...extra,
    });
    open.push(h);
    assert.equal(await h.ready, true, log.join('; '));
    return { h, log };
  }

  // Hook events arrive over IPC; wait for them instead of guessing a delay.
  async function until(log: string[], count: number): Promise<void> {
    for (let i = 0; i < 300 && log.length < count; i++) await sleep(10);
  }

  it('hold: key-down starts, auto-repeat is ignored, key-up stops', async () => {
    const { h, log } = await hotkey();
    xdotool('keydown', 'ctrl+alt+space');
    await until(log, 1);
    await sleep(900); // long enough for the X server to auto-repeat the held Space
    xdotool('keyup', 'space');
    await until(log, 2);
    xdotool('keyup', 'ctrl+alt');
    await sleep(100);
    assert.deepEqual(log, ['start', 'stop:released']);
    h.stop();
  });

  it('toggle: presses flip dictation, a long hold counts once', async () => {
    const { h, log } = await hotkey({ mode: 'toggle' });
    xdotool('keydown', 'ctrl+alt+space');
    await sleep(900);
    xdotool('keyup', 'space');
    await until(log, 1);
    xdotool('key', '--repeat', '2', '--delay', '50', 'space');
    await until(log, 3);
    xdotool('keyup', 'ctrl+alt');
    await sleep(100);
    assert.deepEqual(log, ['start', 'stop:toggled', 'start']);
    h.stop();
    assert.deepEqual(log.at(-1), 'stop:stopped');
  });

  it('a lost key-up ends the utterance after maxHold', async () => {
    const { h, log } = await hotkey({ maxHoldMs: 300 });
    xdotool('keydown', 'ctrl+alt+space');
    await until(log, 2);
    xdotool('keyup', 'ctrl+alt+space');
    await sleep(100);
    assert.deepEqual(log, ['start', 'stop:max-hold']);
    h.stop();
  });

  it('ignores the keys our own typing makes', async () => {
    const activity = new TypingActivity(50);
    const { h, log } = await hotkey({ typingActivity: activity });
    const end = activity.begin();
    xdotool('key', 'ctrl+alt+space');
    await sleep(200);
    end();
    await sleep(100); // past the grace period that covers hook → main latency
    assert.deepEqual(log, []);
    xdotool('key', 'ctrl+alt+space');
    await until(log, 2);
    assert.deepEqual(log, ['start', 'stop:released']);
    h.stop();
  });
});

describe('push-to-talk hook unavailable', () => {
  it('reports a missing DISPLAY without starting the hook', async () => {
    const reasons: string[] = [];
    const { DISPLAY: _ignored, ...noDisplay } = process.env;
    const h = createHoldHotkey({
      accelerator: 'Control+Alt+Space', maxHoldMs: 1000, env: noDisplay,
      onStart: () => {}, onStop: () => {}, onUnavailable: (r) => reasons.push(r),
    });
    assert.equal(await h.ready, false);
    assert.match(reasons.join(), /no desktop session \(neither DISPLAY nor WAYLAND_DISPLAY is set\)/);
  });

  it('survives the hook aborting its worker and says so', async () => {
    // No xdpyinfo on PATH, so the pre-check cannot see that the display does not exist
    // and the worker is started: uiohook then aborts it, and only it.
    const emptyBin = mkdtempSync(join(tmpdir(), 'voskey-nobin-'));
    try {
      const reasons: string[] = [];
      const h = createHoldHotkey({
        accelerator: 'Control+Alt+Space', maxHoldMs: 1000, env: { ...process.env, PATH: emptyBin, DISPLAY: ':4999' },
        onStart: () => {}, onStop: () => {}, onUnavailable: (r) => reasons.push(r),
      });
      assert.equal(await h.ready, false);
      // Reaching this line is the point: the test process itself was not aborted.
      assert.match(reasons.join(), /keyboard hook (stopped|could not start|did not start)/);
    } finally {
      rmSync(emptyBin, { recursive: true, force: true });
    }
  });

  it('reports an invalid accelerator as unavailable with the parser message', async () => {
    const reasons: string[] = [];
    const h = createHoldHotkey({
      accelerator: 'Control+C', maxHoldMs: 1000,
      onStart: () => {}, onStop: () => {}, onUnavailable: (r) => reasons.push(r),
    });
    assert.equal(await h.ready, false);
    assert.match(reasons.join(), /copy/);
  });
});
