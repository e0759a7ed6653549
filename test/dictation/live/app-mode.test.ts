// Live or final-only per application (settings.live): the first matching rule wins over
// the global mode; terminals and chat apps are final-only by default.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isLiveFor, namesApp } from '../../../electron/dictation/live/app-mode.js';
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
  assert.equal(isLiveFor({ mode: 'live', apps }, ['co-editor']), false);
  assert.equal(isLiveFor({ mode: 'live', apps }, ['konsole']), true, 'not in this list: the global mode');
});

test('terminals the default list knows on every platform, and names that only contain a rule do not match', () => {
  const live = { ...defaultSettings().live, mode: 'live' as const };
  for (const names of [
    ['kgx', 'org.gnome.Console'], ['org.gnome.Ptyxis', 'Ptyxis'], ['ghostty', 'com.mitchellh.ghostty'], ['terminology', 'Terminology'],
    ['guake', 'Guake'], ['st-256color', 'St'], ['io.elementary.terminal', 'Io.elementary.terminal'], ['lxterminal', 'Lxterminal'],
    ['WindowsTerminal'], ['cmd'], ['pwsh'], ['Terminal', 'com.apple.Terminal'], ['iTerm2', 'com.googlecode.iterm2'], ['Element', 'im.riot.Element'],
  ]) assert.equal(isLiveFor(live, names), false, `${names.join(', ')} stays final-only`);
  for (const names of [['io.elementary.files', 'Io.elementary.files'], ['io.elementary.code'], ['gist-editor'], ['Steam'], ['TextEdit', 'com.apple.TextEdit']]) {
    assert.equal(isLiveFor(live, names), true, `${names.join(', ')} is not a terminal or chat app`);
  }
  assert.equal(namesApp('org.gnome.console', 'org.gnome.console'), true, 'a rule with dots matches literally');
  assert.equal(namesApp('orgxgnomexconsole', 'org.gnome.console'), false);
});
