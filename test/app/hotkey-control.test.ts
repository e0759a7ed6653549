// Hands-free auto-stop applies to every utterance no held key ends: a hold-to-talk hotkey
// that fell back to the toggle shortcut (no keyboard hook: Wayland, no RECORD) and dictation
// started from the tray, not only toggle mode. The hook's availability is injected as
// "unavailable" (the platform layer's answer on such a system); the rest is the real
// HotkeyControl, with the shortcut the shell would register recorded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HotkeyControl } from '../../electron/app/hotkey-control.js';
import { TypingActivity } from '../../electron/desktop/typing-activity.js';
import { defaultSettings } from '../../electron/settings/defaults.js';
import { eventually } from '../helpers/eventually.js';

test('a hold hotkey that fell back to the toggle shortcut, and the tray, are hands-free', async () => {
  const calls: string[] = [];
  let press: (() => void) | undefined;
  const control = new HotkeyControl({
    session: { start: () => void calls.push('start'), stop: () => void calls.push('stop') },
    activity: new TypingActivity(),
    registerToggleShortcut: (_accelerator, toggle) => {
      press = toggle;
      return { ok: true, unregister: () => {} };
    },
    notify: (message) => void calls.push(`notice: ${message}`),
    log: { info: () => {}, warn: () => {}, error: () => {} },
    hookAvailability: async () => ({ ok: false, reason: 'there is no keyboard hook here' }),
  });
  try {
    assert.equal(control.handsFree(), true, 'idle, or started from the tray: no key holds the utterance');
    control.apply({ ...defaultSettings().hotkey, mode: 'hold' });
    await eventually('the toggle shortcut registered', () => press !== undefined);
    press!();
    assert.deepEqual(calls.filter((c) => !c.startsWith('notice')), ['start']);
    assert.equal(control.handsFree(), true, 'started by the fallback shortcut: hands-free, so auto-stop applies');
    assert.deepEqual(control.heldKeys(), [], 'and no keys are lifted around typing');
  } finally {
    control.stop();
  }
});
