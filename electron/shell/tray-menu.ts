// What the tray shows, as plain data: icon, tooltip and menu for a given dictation state.
// No 'electron' here, so labels, enabled states and the Start/Stop switch are unit-tested;
// tray.ts only maps this description to Menu.buildFromTemplate and tray.setImage.
import type { DictationStatus, OverlayState } from '../dictation/overlay-state.js';

export type TrayIconName = 'idle' | 'listening' | 'error';

/** What a menu item does when clicked; tray.ts maps each to a handler given by main. */
export type TrayAction =
  | 'toggle-dictation'
  | 'open-transcript'
  | 'open-settings'
  | 'open-models'
  | 'toggle-hotkey-pause'
  | 'open-log'
  | 'quit';

export type TrayMenuItem =
  | { kind: 'action'; action: TrayAction; label: string; enabled: boolean }
  | { kind: 'checkbox'; action: TrayAction; label: string; checked: boolean }
  | { kind: 'info'; label: string }
  | { kind: 'submenu'; label: string; items: TrayMenuItem[] }
  | { kind: 'separator' };

export interface TrayFacts {
  state: Pick<OverlayState, 'status' | 'message' | 'elapsedSeconds'>;
  hotkeyPaused: boolean;
  /** The hotkey as the user set it, for the tooltip ("hold Control+Alt+Space"). */
  hotkeyLabel: string;
  hotkeyMode: 'hold' | 'toggle';
  version: string;
  logFilePath: string;
}

export interface TrayDescription {
  icon: TrayIconName;
  tooltip: string;
  menu: TrayMenuItem[];
}

const ACTIVE: ReadonlySet<DictationStatus> = new Set(['connecting', 'waking', 'listening', 'finishing', 'reconnecting']);

export function isDictating(status: DictationStatus): boolean {
  return ACTIVE.has(status);
}

export function trayIconFor(status: DictationStatus): TrayIconName {
  if (status === 'error') return 'error';
  return isDictating(status) ? 'listening' : 'idle';
}

export function trayTooltip(facts: TrayFacts): string {
  const { status, message, elapsedSeconds } = facts.state;
  const seconds = elapsedSeconds > 0 ? ` ${Math.round(elapsedSeconds)} s` : '';
  switch (status) {
    case 'idle':
      if (facts.hotkeyPaused) return 'Voskey — hotkey paused';
      return `Voskey — ready (${facts.hotkeyMode === 'hold' ? 'hold' : 'press'} ${facts.hotkeyLabel} to dictate)`;
    case 'connecting':
      return 'Voskey — connecting to the server…';
    case 'waking':
      return `Voskey — waking the server…${seconds}`;
    case 'listening':
      return 'Voskey — listening';
    case 'finishing':
      return 'Voskey — finishing…';
    case 'reconnecting':
      return `Voskey — reconnecting…${seconds}${message ? ` (${message})` : ''}`;
    case 'error':
      return `Voskey — error: ${message || 'something went wrong'}`;
  }
}

export function describeTray(facts: TrayFacts): TrayDescription {
  const dictating = isDictating(facts.state.status);
  return {
    icon: trayIconFor(facts.state.status),
    tooltip: trayTooltip(facts),
    menu: [
      {
        kind: 'action',
        action: 'toggle-dictation',
        label: dictating ? 'Stop dictation' : 'Start dictation',
        // Finishing is already on its way to idle: a second stop would do nothing.
        enabled: facts.state.status !== 'finishing',
      },
      { kind: 'separator' },
      { kind: 'action', action: 'open-transcript', label: 'Transcript…', enabled: true },
      { kind: 'action', action: 'open-settings', label: 'Settings…', enabled: true },
      { kind: 'action', action: 'open-models', label: 'Speech models…', enabled: true },
      { kind: 'checkbox', action: 'toggle-hotkey-pause', label: 'Pause hotkey', checked: facts.hotkeyPaused },
      { kind: 'separator' },
      {
        kind: 'submenu',
        label: 'About Voskey',
        items: [
          { kind: 'info', label: `Voskey ${facts.version}` },
          { kind: 'action', action: 'open-log', label: `Open log file (${facts.logFilePath})`, enabled: true },
        ],
      },
      { kind: 'action', action: 'quit', label: 'Quit Voskey', enabled: true },
    ],
  };
}
