// Turns raw hook key events into start/stop of dictation, for hold and toggle modes.
// Pure (no hook): hotkey.ts feeds it events from the uiohook worker.
import type { HotkeyMode } from '../settings/types.js';
import { MODIFIER_KEYCODES, type Modifier, type ParsedAccelerator } from './accelerator.js';
import { createToggleController, createHotkeyPress, type StopReason } from './hotkey-press.js';

export interface HookKeyEvent {
  down: boolean;
  keycode: number;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
  /**
   * When the key event happened, in ms on the hook's clock (X server time). XRecord hands
   * events over in batches — a held key's auto-repeats arrived here all together ≈1 s late —
   * so arrival time cannot tell a repeat from a new press.
   */
  time?: number;
  /**
   * A key-down that a keyboard device other than XTest held when the hook saw it (X11,
   * x11-physical-keys.ts): the user's own press, never one of Voskey's synthetic keys, so it
   * counts even while Voskey types. Absent where the source cannot be told: uiohook-napi
   * passes on neither the Windows hook's LLKHF_INJECTED flag nor the macOS event source
   * (libuiohook windows/input_hook.c reads kbhook->flags only for the scan code; the JS
   * event has type, time, keycode and the modifier flags), and keys from VNC arrive through
   * XTest like ours. Those presses fall back to being ignored while Voskey types.
   */
  fromDevice?: boolean;
}

export interface HotkeyMachineOptions {
  accelerator: ParsedAccelerator;
  mode: HotkeyMode;
  maxHoldMs: number;
  onStart(): void;
  onStop(reason: StopReason): void;
  /**
   * True while our own typing runs (and shortly after): its keys must not start or stop
   * dictation. Key-downs a keyboard device vouches for (fromDevice) are the user's and count.
   */
  isTyping?: () => boolean;
  /**
   * A key-up of the hold-to-talk keys came while our typing runs and was ignored: it may
   * have been the user's. Whoever can ask the keyboard devices checks, then calls released().
   */
  onIgnoredRelease?: () => void;
  /** Clock for events without their own time. */
  now?: () => number;
}

export interface HotkeyMachine {
  handle(event: HookKeyEvent): void;
  pause(): void;
  resume(): void;
  /** Ends an active utterance and ignores everything after. */
  dispose(): void;
  /** The user has let go of the hold-to-talk keys, though the hook did not see it (ignored while typing). */
  released(): void;
}

// X auto-repeat sends repeated key-downs without key-ups, the first after ≈600 ms and then
// every ≈30 ms. A key-down for a key we think is held is a repeat, unless the previous
// key-down is older than this: then the key-up was lost (e.g. ignored during our typing).
const REPEAT_GAP_MS = 1000;

export function createHotkeyMachine(options: HotkeyMachineOptions): HotkeyMachine {
  const { accelerator, mode } = options;
  const now = options.now ?? (() => performance.now());
  const callbacks = { onStart: options.onStart, onStop: options.onStop, maxMs: options.maxHoldMs };
  const hold = createHotkeyPress(callbacks);
  const toggle = createToggleController(callbacks);
  const requiredModifierCodes = new Set(accelerator.modifiers.flatMap((m) => MODIFIER_KEYCODES[m]));
  let keyHeld = false;
  let lastKeyDown = -Infinity;
  let paused = false;
  let disposed = false;

  function modifiersMatch(e: HookKeyEvent): boolean {
    const held: Record<Modifier, boolean> = { control: e.ctrl, alt: e.alt, shift: e.shift, super: e.meta };
    return (Object.keys(held) as Modifier[]).every((m) => held[m] === accelerator.modifiers.includes(m));
  }

  function stopAll(reason: StopReason): void {
    hold.end(reason);
    if (toggle.active) toggle.stop();
  }

  return {
    handle(e) {
      if (paused || disposed) return;
      if (options.isTyping?.() && !(e.down && e.fromDevice)) {
        const holdKeyUp = !e.down && (e.keycode === accelerator.keycode || requiredModifierCodes.has(e.keycode));
        if (holdKeyUp && mode === 'hold' && hold.active) options.onIgnoredRelease?.();
        return;
      }
      if (e.down) {
        if (e.keycode !== accelerator.keycode) return;
        const t = e.time ?? now();
        const repeat = keyHeld && t - lastKeyDown < REPEAT_GAP_MS;
        keyHeld = true;
        lastKeyDown = t;
        if (repeat || !modifiersMatch(e)) return;
        if (mode === 'hold') hold.begin();
        else toggle.press();
        return;
      }
      if (e.keycode === accelerator.keycode) keyHeld = false;
      if (mode === 'hold' && (e.keycode === accelerator.keycode || requiredModifierCodes.has(e.keycode))) hold.end('released');
    },
    pause() {
      paused = true;
      keyHeld = false;
      stopAll('paused');
    },
    resume() {
      paused = false;
    },
    dispose() {
      stopAll('stopped');
      disposed = true;
    },
    released() {
      if (paused || disposed || mode !== 'hold') return;
      keyHeld = false;
      hold.end('released');
    },
  };
}
