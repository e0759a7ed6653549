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
import { WINDOWS_PROTOTYPES } from './platform/windows-elevation.js';

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

/** `api` null: user32 could not be loaded (as off Windows); not given: load it. */
export function createWin32ActiveWindowProbe(api: Win32WindowApi | null = loadWin32WindowApi() ?? null): ActiveWindowProbe {
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

/** The one prototype the elevation check does not already declare (windows-elevation.ts). */
export const IMAGE_NAME_PROTOTYPE =
  'int __stdcall QueryFullProcessImageNameW(void *process, uint32_t flags, uint16_t *name, _Inout_ uint32_t *size)';

type Fn = (...args: unknown[]) => unknown;

/** The koffi side; undefined off Windows or when the DLLs cannot be loaded. */
export function loadWin32WindowApi(): Win32WindowApi | undefined {
  if (process.platform !== 'win32') return undefined;
  try {
    const koffi = createRequire(import.meta.url)('koffi') as typeof import('koffi');
    const user32 = koffi.load('user32.dll');
    const kernel32 = koffi.load('kernel32.dll');
    const { 'user32.dll': user, 'kernel32.dll': kernel } = WINDOWS_PROTOTYPES;
    const getForegroundWindow = user32.func(user.getForegroundWindow) as Fn;
    const getWindowThreadProcessId = user32.func(user.getWindowThreadProcessId) as Fn;
    const openProcess = kernel32.func(kernel.openProcess) as Fn;
    const closeHandle = kernel32.func(kernel.closeHandle) as Fn;
    const queryImage = kernel32.func(IMAGE_NAME_PROTOTYPE) as Fn;
    // The HWND as a number, for ===; the handle itself is what goes back into the calls.
    const windows = new Map<number, unknown>();
    return {
      foregroundWindow() {
        const hwnd = getForegroundWindow();
        if (!hwnd) return 0;
        const id = Number(koffi.address(hwnd));
        windows.clear();
        windows.set(id, hwnd);
        return id;
      },
      windowProcessId(id) {
        const hwnd = windows.get(id);
        if (!hwnd) return 0;
        const pid = [0];
        return getWindowThreadProcessId(hwnd, pid) ? pid[0]! : 0;
      },
      processImage(pid) {
        const handle = openProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid);
        if (!handle) return undefined;
        try {
          // MAX_PATH is 260, but long paths can be longer: 1024 UTF-16 units, size in and out.
          // koffi passes a Buffer by reference, so the function writes into it.
          const units = 1024;
          const name = Buffer.alloc(units * 2);
          const size = [units];
          if (!queryImage(handle, 0, name, size)) return undefined;
          return name.toString('utf16le', 0, Math.min(size[0]!, units) * 2);
        } finally {
          closeHandle(handle);
        }
      },
    };
  } catch {
    return undefined;
  }
}
