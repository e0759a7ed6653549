// Live or final-only per application (settings.live): the first matching rule wins over
// the global mode; terminals and chat apps are final-only by default.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isLiveFor } from '../../../electron/dictation/live/app-mode.js';
import { defaultSettings } from '../../../electron/settings/defaults.js';

test('with live on, terminals and chat inputs stay final-only by default; other apps are live', () => {
  const live = { ...defaultSettings().live, mode: 'live' as const };
  assert.equal(isLiveFor(live, ['chromium', 'Chromium']), true);
  assert.equal(isLiveFor(live, ['gnome-terminal-server', 'Gnome-terminal']), false);
  assert.equal(isLiveFor(live, ['xterm', 'XTerm']), false);
  assert.equal(isLiveFor(live, ['slack', 'Slack']), false);
  assert.equal(isLiveFor(live, undefined), true, 'window unknown (Wayland): the global mode');
});

test('a rule for an app wins over the global mode, both ways; the first match wins', () => {
  const apps = [{ app: 'code', mode: 'live' as const }, { app: 'co', mode: 'final' as const }];
  assert.equal(isLiveFor({ mode: 'off', apps }, ['code', 'Code']), true);
  assert.equal(isLiveFor({ mode: 'off', apps }, ['chromium']), false);
  assert.equal(isLiveFor({ mode: 'live', apps }, ['colibri']), false);
  assert.equal(isLiveFor({ mode: 'live', apps }, ['konsole']), true, 'not in this list: the global mode');
});
