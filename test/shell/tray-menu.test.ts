import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IDLE_OVERLAY, type DictationStatus } from '../../electron/dictation/overlay-state.js';
import { describeTray, type TrayFacts, type TrayMenuItem } from '../../electron/shell/tray-menu.js';

function facts(status: DictationStatus, extra: Partial<TrayFacts> = {}, message = '', elapsedSeconds = 0): TrayFacts {
  return {
    state: { ...IDLE_OVERLAY, status, message, elapsedSeconds },
    hotkeyPaused: false,
    hotkeyLabel: 'Control+Alt+Space',
    hotkeyMode: 'hold',
    version: '0.1.0',
    logFilePath: '/home/u/.config/Voskey/logs/main.log',
    ...extra,
  };
}

function flatten(items: TrayMenuItem[]): TrayMenuItem[] {
  return items.flatMap((i) => (i.kind === 'submenu' ? [i, ...flatten(i.items)] : [i]));
}
const labels = (items: TrayMenuItem[]) => flatten(items).flatMap((i) => ('label' in i ? [i.label] : []));
const toggle = (items: TrayMenuItem[]) => items.find((i) => i.kind === 'action' && i.action === 'toggle-dictation');

test('idle: idle icon, Start dictation, tooltip tells how to dictate', () => {
  const d = describeTray(facts('idle'));
  assert.equal(d.icon, 'idle');
  assert.match(d.tooltip, /hold Control\+Alt\+Space/);
  assert.deepEqual(toggle(d.menu), { kind: 'action', action: 'toggle-dictation', label: 'Start dictation', enabled: true });
  assert.match(describeTray(facts('idle', { hotkeyMode: 'toggle' })).tooltip, /press Control\+Alt\+Space/);
});

test('listening states: listening icon and Stop dictation', () => {
  for (const status of ['connecting', 'waking', 'listening', 'reconnecting'] as const) {
    const d = describeTray(facts(status));
    assert.equal(d.icon, 'listening', status);
    assert.equal((toggle(d.menu) as { label: string }).label, 'Stop dictation', status);
  }
  assert.equal((toggle(describeTray(facts('finishing')).menu) as { enabled: boolean }).enabled, false);
});

test('error: error icon, the message in the tooltip, and dictation can be started again', () => {
  const d = describeTray(facts('error', {}, 'server unreachable'));
  assert.equal(d.icon, 'error');
  assert.match(d.tooltip, /error: server unreachable/);
  assert.equal((toggle(d.menu) as { label: string }).label, 'Start dictation');
});

test('waking shows the seconds waited', () => {
  assert.match(describeTray(facts('waking', {}, '', 12.4)).tooltip, /waking the server… 12 s/);
});

test('menu has every entry, pause is a checkbox reflecting state, about shows version and log file', () => {
  const d = describeTray(facts('idle', { hotkeyPaused: true }));
  assert.deepEqual(labels(d.menu), [
    'Start dictation',
    'Transcript…',
    'Settings…',
    'Speech models…',
    'Pause hotkey',
    'About Voskey',
    'Voskey 0.1.0',
    'Open log file (/home/u/.config/Voskey/logs/main.log)',
    'Quit Voskey',
  ]);
  const pause = d.menu.find((i) => i.kind === 'checkbox');
  assert.deepEqual(pause, { kind: 'checkbox', action: 'toggle-hotkey-pause', label: 'Pause hotkey', checked: true });
  assert.match(d.tooltip, /paused/);
  assert.equal(describeTray(facts('idle')).menu.find((i) => i.kind === 'checkbox')?.kind === 'checkbox' &&
    (describeTray(facts('idle')).menu.find((i) => i.kind === 'checkbox') as { checked: boolean }).checked, false);
});
