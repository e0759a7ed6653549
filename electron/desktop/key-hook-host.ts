// Where the uiohook keyboard hook runs. Two hosts, one shape, so hotkey.ts does not care:
//
// - forkedKeyHook (Linux, Windows): a forked child (hotkey-hook-worker.ts), because uiohook
//   aborts its whole process without a usable X display; the child's death is reported.
// - inProcessKeyHook (macOS, in Electron's main process): libuiohook's macOS code hands the
//   "key typed" lookup of each key press to the main dispatch queue with dispatch_sync_f
//   (libuiohook src/darwin/input_hook.c, the `dispatch_sync_f_f(dispatch_main_queue_s, …)`
//   calls in process_key_pressed and process_system_key), and waits for it. A plain Node
//   process — which is what a forked child of Electron is — never services the main
//   dispatch queue (its main thread sits in uv_run), so the hook thread deadlocks after the
//   first key press (SnosMe/uiohook-napi#23, kwhat/libuiohook#188, stack traces there).
//   Electron's main process runs an NSApplication run loop on its main thread, which does
//   service the main queue, so the hook works there. uiohook does not abort on macOS (no
//   display to lose: a missing Accessibility permission makes start() throw, and the
//   platform guard asks for the permission before that).
//
// Which host runs is chosen by the platform plan (platform/desktop-platform.ts, hookProcess)
// and the shell supplies the in-process one (CoreShell.keyHookHost): only the shell knows it
// is Electron's main process.
import { createRequire } from 'node:module';
import { errorMessage } from '../common/error-message.js';
import { describeExit, forkWorker } from './fork-worker.js';
import type { HookWorkerMessage, HookWorkerRequest } from './hotkey-hook-worker.js';
import type { HookKeyEvent } from './hotkey-state.js';
import { keyEventFrom, type UiohookInput } from './uiohook-event.js';

export interface KeyHookHandlers {
  /** The hook is watching keys. */
  onReady(): void;
  onKey(event: HookKeyEvent): void;
  /** The hook could not start or stopped for good; called at most once. */
  onFailure(reason: string): void;
}

export interface KeyHookRun {
  /** Stops the hook (no onFailure after this). */
  stop(): void;
  /**
   * Which of `keys` (robotjs names) a keyboard device holds right now (X11 through the
   * worker); null where the devices cannot be asked.
   */
  heldOnDevices(keys: string[]): Promise<Set<string> | null>;
}

export type KeyHookHost = (handlers: KeyHookHandlers) => KeyHookRun;

/** uiohook in a forked child (hotkey-hook-worker.ts). */
export function forkedKeyHook(env: NodeJS.ProcessEnv): KeyHookHost {
  return (handlers) => {
    const child = forkWorker('hotkey-hook-worker', env);
    let stopped = false;
    let error: string | undefined;
    let nextQuery = 1;
    const queries = new Map<number, (held: string[] | null) => void>();
    child.on('message', (m: HookWorkerMessage) => {
      if (m.type === 'key') handlers.onKey(m.event);
      else if (m.type === 'held') {
        queries.get(m.id)?.(m.held);
        queries.delete(m.id);
      } else if (m.type === 'ready') handlers.onReady();
      else error = m.message;
    });
    child.on('error', (e) => (error ??= e.message));
    child.on('exit', (code, signal) => {
      for (const answer of queries.values()) answer(null);
      queries.clear();
      if (!stopped) handlers.onFailure(error ?? `the keyboard hook stopped: ${describeExit(code, signal)}`);
    });
    return {
      stop() {
        if (stopped) return;
        stopped = true;
        // Let uiohook close its RECORD context itself; kill only if it does not exit soon.
        const request: HookWorkerRequest = { type: 'stop' };
        if (child.connected) child.send(request);
        setTimeout(() => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'), 1000).unref();
      },
      heldOnDevices: (keys) =>
        new Promise((resolve) => {
          if (!child.connected) return resolve(null);
          const id = nextQuery++;
          const timer = setTimeout(() => queries.delete(id) && resolve(null), 1000);
          queries.set(id, (held) => {
            clearTimeout(timer);
            resolve(held ? new Set(held) : null);
          });
          const request: HookWorkerRequest = { type: 'held', id, keys };
          child.send(request);
        }),
    };
  };
}

type Uiohook = typeof import('uiohook-napi');

/**
 * uiohook in this process. Only for a process whose main thread services the main dispatch
 * queue (Electron's main process on macOS, see the top of this file); `load` is injectable
 * so the wiring is tested here without the native hook.
 */
export function inProcessKeyHook(load: () => Uiohook = () => createRequire(import.meta.url)('uiohook-napi') as Uiohook): KeyHookHost {
  return (handlers) => {
    let native: Uiohook | undefined;
    let stopped = false;
    const listener = (e: UiohookInput): void => {
      const event = native && !stopped ? keyEventFrom(e, native.EventType) : null;
      if (event) handlers.onKey(event);
    };
    // Started after the caller holds its run handle, as a forked hook's messages arrive later too.
    queueMicrotask(() => {
      if (stopped) return;
      try {
        native = load();
        native.uIOhook.on('input', listener);
        // Returns once the hook thread has installed its event tap (uiohook_worker.c waits for it).
        native.uIOhook.start();
        handlers.onReady();
      } catch (e) {
        native?.uIOhook.off('input', listener);
        native = undefined;
        handlers.onFailure(`the keyboard hook could not start: ${errorMessage(e).split('\n')[0]}`);
      }
    });
    return {
      stop() {
        if (stopped) return;
        stopped = true;
        if (!native) return;
        native.uIOhook.off('input', listener);
        try {
          native.uIOhook.stop();
        } catch {
          // Not running any more (uiohook throws then): nothing left to undo.
        }
      },
      heldOnDevices: async () => null,
    };
  };
}
