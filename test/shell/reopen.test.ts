// Opening Voskey again from Finder (macOS 'activate'): the settings window appears, unless
// Voskey already shows a window or this is the launch's own activation of a login start.
// The Electron event itself is wired in main.ts; only macOS emits it (the workflow's macOS
// job runs the app, nothing here can).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LOGIN_START_QUIET_MS, reopenAction } from '../../electron/shell/reopen.js';

test('reopened with no window showing: the settings window opens', () => {
  assert.equal(reopenAction({ hasVisibleWindows: false, startedHidden: false, msSinceStart: 10 }), 'open-settings');
  assert.equal(reopenAction({ hasVisibleWindows: false, startedHidden: true, msSinceStart: LOGIN_START_QUIET_MS }), 'open-settings', 'a login start reopened later by the user');
});

test('a window already showing, or a login start being launched: nothing opens', () => {
  assert.equal(reopenAction({ hasVisibleWindows: true, startedHidden: false, msSinceStart: 60_000 }), 'nothing');
  assert.equal(reopenAction({ hasVisibleWindows: false, startedHidden: true, msSinceStart: 100 }), 'nothing');
});
