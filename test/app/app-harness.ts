// The whole app with real parts and no Electron: the core (electron/app/core.ts) in this
// process; the real capture page in Chromium with a speech WAV as its microphone; the real
// overlay page in another; a headed Chromium <textarea> on a private Xvfb display as "the
// focused app"; settings on conf in a temp folder; the built-in engine in its own process.
// The only stand-ins are what only Electron has (globalShortcut, dialogs, notifications),
// recorded here so tests can check what the user would have been told.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VoskeyCore } from '../../electron/app/core.js';
import type { CoreShell } from '../../electron/app/shell-port.js';
import { openUserData, type UserData } from '../../electron/app/user-data.js';
import type { SettingsPatch } from '../../electron/settings/types.js';
import { createLogger } from '../../electron/logging/log.js';
import type { ControlAddress } from '../../electron/control/control-address.js';
import type { PlatformPlan } from '../../electron/desktop/platform/desktop-platform.js';
import type { CaptureOptions } from '../../electron/dictation/capture-types.js';
import type { OverlayState } from '../../electron/dictation/overlay-state.js';
import { openTypingTarget, type TypingTarget } from '../desktop/typing-target.js';
import { startPageHarness, type PageHarness } from '../helpers/page-harness.js';
import { aesSecretBox, confStore } from '../settings/support.js';

export interface AppRig {
  core: VoskeyCore;
  /** The core's settings, history and models, for seeding and inspecting what it stored. */
  data: UserData;
  target: TypingTarget;
  capture: PageHarness;
  overlay: PageHarness;
  states: OverlayState[];
  notices: string[];
  /** With moreMicWavs: the capture page (0 = micWav, 1… = moreMicWavs) the next utterance records from. */
  useMicrophone(index: number): void;
  close(): Promise<void>;
}

/** A shell that does nothing: the base each test overrides with the parts it watches. */
export function quietShell(overrides: Partial<CoreShell> = {}): CoreShell {
  return {
    capture: { start: () => {}, stop: () => {} },
    requestDevices: () => {},
    overlay: () => {},
    broadcast: () => {},
    notify: () => {},
    // Electron's globalShortcut does not exist outside Electron.
    registerToggleShortcut: () => ({ ok: false, message: 'no global shortcuts outside Electron' }),
    chooseExportPath: async () => null,
    applyStartAtLogin: () => {},
    ownWindowFocused: () => false,
    ...overrides,
  };
}

/**
 * The core on a temp folder with conf for settings and a test SecretBox, as tests host it;
 * with its user data, which the test keeps a hold on (the core hides it from its host).
 */
export function testCore(shell: CoreShell, dir: string, env: NodeJS.ProcessEnv, platform?: PlatformPlan, control?: ControlAddress): { core: VoskeyCore; data: UserData } {
  const log = createLogger({ dir: join(dir, 'logs') });
  const data = openUserData({ dataDir: join(dir, 'data'), createStore: confStore(join(dir, 'config')), secretBox: aesSecretBox(), log });
  const core = new VoskeyCore({ ...(platform ? { platform } : {}), ...(control ? { control } : {}), shell, userData: data, log, version: '0.0.0-test', env });
  return { core, data };
}

/**
 * `moreMicWavs`: more capture pages, each with its own recording as its microphone, so one
 * test can say different things in turn (useMicrophone). `shell`: parts of the shell a test
 * stands in for (the digit keys Electron's globalShortcut would grab).
 */
export async function startAppRig(options: { micWav: string; moreMicWavs?: string[]; settings?: SettingsPatch; shell?: Partial<CoreShell> }): Promise<AppRig> {
  const dir = mkdtempSync(join(tmpdir(), 'voskey-app-'));
  const target = await openTypingTarget();
  const capture = await startPageHarness({ fakeMicWav: options.micWav });
  const captures = [capture, ...(await Promise.all((options.moreMicWavs ?? []).map((wav) => startPageHarness({ fakeMicWav: wav }))))];
  let active = capture;
  const overlay = await startPageHarness();
  const states: OverlayState[] = [];
  const notices: string[] = [];
  const shell: CoreShell = {
    capture: {
      start: (o) => active.emit('capture:start', o),
      stop: () => active.emit('capture:stop'),
      prepare: (o) => captures.forEach((page) => page.emit('capture:prepare', o)),
    },
    requestDevices: () => active.emit('capture:list-devices'),
    overlay: (state) => {
      states.push(state);
      overlay.emit('overlay:state', state);
    },
    broadcast: () => {},
    notify: (message) => void notices.push(message),
    // Electron's globalShortcut does not exist outside Electron.
    registerToggleShortcut: () => ({ ok: false, message: 'no global shortcuts outside Electron' }),
    chooseExportPath: async (name) => join(dir, name),
    applyStartAtLogin: () => {},
    ownWindowFocused: () => false,
    ...options.shell,
  };
  const { core, data } = testCore(shell, dir, target.env);
  if (options.settings) {
    const result = data.settings.update(options.settings);
    if (!result.ok) throw new Error(`test settings refused: ${JSON.stringify(result.errors)}`);
  }
  for (const page of captures) {
    page.on('capture:frame', (pcm) => core.onCaptureFrame(pcm));
    page.on('capture:level', (level) => core.onCaptureLevel(level));
    page.on('capture:ended', (end) => core.onCaptureEnded(end));
    page.on('capture:started', (started) => core.onCaptureStarted(started));
    page.on('capture:devices', (devices) => core.onCaptureDevices(devices));
    await page.open('renderer/audio/capture.html');
  }
  overlay.handle('overlay:get-state', () => core.state);
  await overlay.open('renderer/overlay/overlay.html');
  return {
    core,
    data,
    target,
    capture,
    overlay,
    states,
    notices,
    useMicrophone(index) {
      const page = captures[index];
      if (!page) throw new Error(`no microphone ${index}: give its recording in moreMicWavs`);
      active = page;
    },
    async close() {
      await core.shutdown().catch(() => {});
      await Promise.allSettled([...captures.map((page) => page.close()), overlay.close(), target.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Recorded {
  notices: string[];
  shortcuts: string[];
  broadcasts: string[];
  loginItem: boolean[];
  prepared: CaptureOptions[];
}

/**
 * The core with no pages and no display, recording what it tells the shell. `seed` runs
 * before the core is built, to put files in its folders (<dir>/data, <dir>/config).
 * `shellParts` replaces parts of the recording shell (e.g. launchEngine, to watch the engine).
 */
export function headlessCore(
  t: { after(fn: () => unknown): void },
  extraEnv: NodeJS.ProcessEnv = {},
  seed?: (dir: string) => void,
  shellParts: Partial<CoreShell> = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'voskey-core-'));
  seed?.(dir);
  const recorded: Recorded = { notices: [], shortcuts: [], broadcasts: [], loginItem: [], prepared: [] };
  let toggle: (() => void) | undefined;
  const shell = quietShell({
    capture: { start: () => {}, stop: () => {}, prepare: (options) => void recorded.prepared.push(options) },
    broadcast: (channel: string, ..._payload: unknown[]) => {
      recorded.broadcasts.push(channel);
    },
    notify: (message) => void recorded.notices.push(message),
    registerToggleShortcut: (accelerator, fn) => {
      recorded.shortcuts.push(accelerator);
      toggle = fn;
      return { ok: true, unregister: () => {} };
    },
    chooseExportPath: async (name) => join(dir, name),
    applyStartAtLogin: (enabled) => void recorded.loginItem.push(enabled),
    ...shellParts,
  });
  // No DISPLAY: the keyboard hook cannot run, exactly as on Wayland or a headless box.
  const env: NodeJS.ProcessEnv = { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '', ...extraEnv };
  const { core, data } = testCore(shell, dir, env);
  t.after(async () => {
    await core.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });
  return { core, data, recorded, dir, pressShortcut: () => toggle?.() };
}
