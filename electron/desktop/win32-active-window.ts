// The focused window on Windows: GetForegroundWindow, the process behind it
// (GetWindowThreadProcessId) and that process's executable (OpenProcess with
// PROCESS_QUERY_LIMITED_INFORMATION, which works even for elevated processes, then
// QueryFullProcessImageNameW). Win32 docs:
// https://learn.microsoft.com/windows/win32/api/winuser/nf-winuser-getforegroundwindow
// ("can be NULL in certain circumstances, such as when a window is losing activation"),
// https://learn.microsoft.com/windows/win32/api/winbase/nf-winbase-queryfullprocessimagenamew
// The calls sit behind a small interface so the probe's logic is tested here with injected
// answers; the koffi side runs for real only on Windows (and under Wine).
import { createRequire } from 'node:module';
import type { ActiveWindowInfo, ActiveWindowProbe } from './active-window.js';

export interface Win32WindowApi {
  /** The foreground HWND as a number; 0 when there is none. */
  foregroundWindow(): number;
  /** The process id behind a window; 0 when unknown. */
  windowProcessId(hwnd: number): number;
  /** The full path of a process's executable; undefined when it cannot be opened. */
  processImage(pid: number): string | undefined;
}

/** "C:\\Program Files\\WindowsApps\\…\\WindowsTerminal.exe" → "WindowsTerminal". */
export function executableName(path: string): string {
  const file = path.split(/[\\/]/).pop() ?? path;
  return file.replace(/\.exe$/i, '');
}

export function createWin32ActiveWindowProbe(api: Win32WindowApi | undefined = loadWin32WindowApi()): ActiveWindowProbe {
  if (!api) return { current: async () => undefined, problem: () => 'user32.dll could not be loaded, so the focused window cannot be known' };
  return {
    async current(): Promise<ActiveWindowInfo | undefined> {
      try {
        const id = api.foregroundWindow();
        if (!id) return undefined;
        const pid = api.windowProcessId(id);
        const image = pid ? api.processImage(pid) : undefined;
        const name = image ? executableName(image) : undefined;
        return { id, ...(pid ? { pid } : {}), wmClass: name ? [name] : [], ...(name ? { app: name } : {}) };
      } catch {
        return undefined;
      }
    },
  };
}

const PROCESS_QUERY_LIMITED_INFORMATION = 0x1000;

/** The koffi side; undefined off Windows or when the DLLs cannot be loaded. */
export function loadWin32WindowApi(): Win32WindowApi | undefined {
  if (process.platform !== 'win32') return undefined;
  try {
    const koffi = createRequire(import.meta.url)('koffi') as typeof import('koffi');
    const user32 = koffi.load('user32.dll');
    const kernel32 = koffi.load('kernel32.dll');
    // HWND and HANDLE as pointer-sized integers: compared and passed back, never dereferenced.
    const getForegroundWindow = user32.func('intptr_t __stdcall GetForegroundWindow()') as () => number | bigint;
    const getWindowThreadProcessId = user32.func('uint32_t __stdcall GetWindowThreadProcessId(intptr_t hwnd, _Out_ uint32_t *pid)') as (h: number, pid: number[]) => number;
    const openProcess = kernel32.func('intptr_t __stdcall OpenProcess(uint32_t access, int inherit, uint32_t pid)') as (a: number, i: number, pid: number) => number | bigint;
    const queryImage = kernel32.func('int __stdcall QueryFullProcessImageNameW(intptr_t process, uint32_t flags, uint16_t *name, _Inout_ uint32_t *size)') as (
      h: number | bigint, f: number, name: Buffer, size: number[]) => number;
    const closeHandle = kernel32.func('int __stdcall CloseHandle(intptr_t handle)') as (h: number | bigint) => number;
    return {
      foregroundWindow: () => Number(getForegroundWindow()),
      windowProcessId(hwnd) {
        const pid = [0];
        return getWindowThreadProcessId(hwnd, pid) ? pid[0]! : 0;
      },
      processImage(pid) {
        const handle = openProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid);
        if (!handle) return undefined;
        try {
          const chars = 1024;
          const buffer = Buffer.alloc(chars * 2);
          const size = [chars];
          if (!queryImage(handle, 0, buffer, size)) return undefined;
          return buffer.toString('utf16le', 0, size[0]! * 2);
        } finally {
          closeHandle(handle);
        }
      },
    };
  } catch {
    return undefined;
  }
}
