// KeySender for Windows: user32's SendInput through koffi, in this process. Unlike robotjs
// it types every Unicode character (surrogate pairs included, see win32-key-events.ts) and
// presses named keys by virtual-key code, so typing is the same on Windows and under Wine.
// SendInput returns at once (it queues the events), so no worker process is needed; one
// batch is one call, and "the events are not interspersed with other keyboard or mouse
// input events" (learn.microsoft.com/windows/win32/api/winuser/nf-winuser-sendinput).
// koffi and user32 are loaded on the first send, so a system without them gets a clear
// error for that edit instead of a crash at start.
import { createRequire } from 'node:module';
import type { KeyAction, KeySender } from './key-sender.js';
import { KEYEVENTF_UNICODE, win32KeyEvents, type Win32KeyEvent } from './win32-key-events.js';
import { errorMessage } from '../common/error-message.js';

/** The C declarations, as koffi parses them (checked with koffi on every system by the tests). */
export const SEND_INPUT_PROTOTYPES = {
  sendInput: 'uint32_t __stdcall SendInput(uint32_t count, INPUT *inputs, int size)',
  mapVirtualKey: 'uint32_t __stdcall MapVirtualKeyW(uint32_t code, uint32_t mapType)',
  getLastError: 'uint32_t __stdcall GetLastError()',
} as const;

const INPUT_KEYBOARD = 1;
const MAPVK_VK_TO_VSC = 0;
/** Events per SendInput call: long text is sent in a few calls rather than one huge array. */
const CHUNK = 1000;

type Koffi = typeof import('koffi');
type IKoffiCType = import('koffi').IKoffiCType;

let inputType: IKoffiCType | undefined;

/**
 * INPUT with its union, laid out as winuser.h does (40 bytes on x64, 28 on x86). Declared
 * once per process: koffi refuses a second type of the same name.
 */
export function declareInputType(koffi: Koffi): IKoffiCType {
  if (inputType) return inputType;
  const MOUSEINPUT = koffi.struct('MOUSEINPUT', { dx: 'int32_t', dy: 'int32_t', mouseData: 'uint32_t', dwFlags: 'uint32_t', time: 'uint32_t', dwExtraInfo: 'uintptr_t' });
  const KEYBDINPUT = koffi.struct('KEYBDINPUT', { wVk: 'uint16_t', wScan: 'uint16_t', dwFlags: 'uint32_t', time: 'uint32_t', dwExtraInfo: 'uintptr_t' });
  const HARDWAREINPUT = koffi.struct('HARDWAREINPUT', { uMsg: 'uint32_t', wParamL: 'uint16_t', wParamH: 'uint16_t' });
  inputType = koffi.struct('INPUT', { type: 'uint32_t', u: koffi.union('INPUT_UNION', { mi: MOUSEINPUT, ki: KEYBDINPUT, hi: HARDWAREINPUT }) });
  return inputType;
}

/** What presses the events: user32's SendInput, or a stand-in. */
export interface User32 {
  send(events: Win32KeyEvent[]): void;
}

function loadUser32(): User32 {
  const koffi = createRequire(import.meta.url)('koffi') as Koffi;
  const size = koffi.sizeof(declareInputType(koffi));
  const user32 = koffi.load('user32.dll');
  const kernel32 = koffi.load('kernel32.dll');
  const sendInput = user32.func(SEND_INPUT_PROTOTYPES.sendInput) as (count: number, inputs: unknown[], size: number) => number;
  const mapVirtualKey = user32.func(SEND_INPUT_PROTOTYPES.mapVirtualKey) as (code: number, mapType: number) => number;
  const getLastError = kernel32.func(SEND_INPUT_PROTOTYPES.getLastError) as () => number;
  const scanCodes = new Map<number, number>();
  // Apps that read the scan code (games, remote desktops) get the layout's own for a virtual key.
  const scanOf = (vk: number) => scanCodes.get(vk) ?? scanCodes.set(vk, mapVirtualKey(vk, MAPVK_VK_TO_VSC) & 0xffff).get(vk)!;
  return {
    send(events) {
      for (let start = 0; start < events.length; start += CHUNK) {
        const chunk = events.slice(start, start + CHUNK).map((e) => ({
          type: INPUT_KEYBOARD,
          u: { ki: { wVk: e.vk, wScan: e.flags & KEYEVENTF_UNICODE ? e.scan : scanOf(e.vk), dwFlags: e.flags, time: 0, dwExtraInfo: 0 } },
        }));
        const inserted = sendInput(chunk.length, chunk, size);
        if (inserted !== chunk.length) {
          // Blocked by another thread, or by UIPI (which says nothing: the elevation guard checks first).
          throw new Error(`Windows accepted ${start + inserted} of ${events.length} key events (SendInput error ${getLastError()})`);
        }
      }
    },
  };
}

export interface Win32KeySenderOptions {
  /** What presses the events; user32's SendInput when not given (tests on other systems inject one). */
  user32?: () => User32;
}

export function createWin32KeySender(options: Win32KeySenderOptions = {}): KeySender {
  let user32: User32 | string | undefined;
  let closed = false;
  const load = options.user32 ?? loadUser32;
  return {
    async send(actions: KeyAction[]): Promise<void> {
      if (closed) throw new Error('the key sender is closed');
      const events = win32KeyEvents(actions);
      if (events.length === 0) return;
      if (user32 === undefined) {
        try {
          user32 = load();
        } catch (e) {
          user32 = `keys cannot be sent: user32's SendInput could not be loaded (${errorMessage(e).split('\n')[0]})`;
        }
      }
      if (typeof user32 === 'string') throw new Error(user32);
      user32.send(events);
    },
    close(): void {
      closed = true;
    },
  };
}
