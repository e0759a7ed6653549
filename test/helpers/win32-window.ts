// A real Win32 target for the Windows tests: an EDIT control created with user32's
// CreateWindowExW in this process, given the focus, its messages pumped so injected keys
// become WM_CHARs, and read back with WM_GETTEXT. Also says whether we run under Wine
// (ntdll exports wine_get_version there, never on Windows), so tests that need what Wine
// does not do (UIPI, scan-code-only SendInput) are skipped there with the reason.
// Windows and Wine only: every function here loads user32.dll through koffi.
import { createRequire } from 'node:module';

type Koffi = typeof import('koffi');
type Fn = (...args: unknown[]) => unknown;

const WS_OVERLAPPEDWINDOW = 0x00cf0000;
const WS_VISIBLE = 0x10000000;
const ES_MULTILINE = 0x0004;
const ES_AUTOVSCROLL = 0x0040;
const WM_GETTEXT = 0x000d;
const WM_GETTEXTLENGTH = 0x000e;
const WM_SETTEXT = 0x000c;
const PM_REMOVE = 0x0001;
const SW_SHOW = 5;

/** A window handle's address, to compare two handles koffi returned as separate objects. */
function koffiAddress(handle: unknown): bigint {
  return handle ? koffi().address(handle) : 0n;
}

function koffi(): Koffi {
  return createRequire(import.meta.url)('koffi') as Koffi;
}

/** Wine's version ("8.0") when this Windows is Wine; undefined on real Windows. */
export function wineVersion(): string | undefined {
  if (process.platform !== 'win32') return undefined;
  const ntdll = koffi().load('ntdll.dll');
  try {
    return (ntdll.func('const char * __cdecl wine_get_version()') as () => string)();
  } catch {
    return undefined; // real Windows: ntdll has no such export
  }
}

/** Why a test that needs real Windows is skipped here, or false where it can run. */
export function needsRealWindows(what: string): string | false {
  if (process.platform !== 'win32') return `Windows only (${what})`;
  const wine = wineVersion();
  return wine ? `runs under Wine ${wine}, which does not do ${what}: kept for real Windows` : false;
}

export interface EditWindow {
  /** The text in the control, after handling every message waiting (WM_GETTEXT). */
  text(): string;
  setText(text: string): void;
  /**
   * Brings the window forward and gives the control the keyboard focus; false when Windows
   * refused the foreground (its foreground lock: learn.microsoft.com/windows/win32/api/winuser/nf-winuser-setforegroundwindow, Remarks).
   */
  focus(): boolean;
  /** Handles waiting messages: injected keys reach the control only through this. */
  pump(): void;
  close(): void;
}

/** A visible multi-line edit control of its own, focused and ready for keys. */
export function openEditWindow(title = 'Voskey test target'): EditWindow {
  const k = koffi();
  const user32 = k.load('user32.dll');
  const kernel32 = k.load('kernel32.dll');
  const f = (lib: typeof user32, proto: string) => lib.func(proto) as Fn;
  const createWindow = f(
    user32,
    'void * __stdcall CreateWindowExW(uint32_t exStyle, const char16_t *cls, const char16_t *name, uint32_t style, int x, int y, int w, int h, void *parent, void *menu, void *instance, void *param)',
  );
  const getModuleHandle = f(kernel32, 'void * __stdcall GetModuleHandleW(const char16_t *name)');
  const showWindow = f(user32, 'int __stdcall ShowWindow(void *hwnd, int cmd)');
  const setForeground = f(user32, 'int __stdcall SetForegroundWindow(void *hwnd)');
  const setFocus = f(user32, 'void * __stdcall SetFocus(void *hwnd)');
  const getForeground = f(user32, 'void * __stdcall GetForegroundWindow()');
  const destroyWindow = f(user32, 'int __stdcall DestroyWindow(void *hwnd)');
  const sendMessageText = f(user32, 'intptr_t __stdcall SendMessageW(void *hwnd, uint32_t msg, uintptr_t wParam, void *lParam)');
  const sendMessageString = f(user32, 'intptr_t __stdcall SendMessageW(void *hwnd, uint32_t msg, uintptr_t wParam, const char16_t *lParam)');
  const peekMessage = f(user32, 'int __stdcall PeekMessageW(void *msg, void *hwnd, uint32_t min, uint32_t max, uint32_t remove)');
  const translateMessage = f(user32, 'int __stdcall TranslateMessage(void *msg)');
  const dispatchMessage = f(user32, 'intptr_t __stdcall DispatchMessageW(void *msg)');

  const hwnd = createWindow(0, 'EDIT', title, WS_OVERLAPPEDWINDOW | WS_VISIBLE | ES_MULTILINE | ES_AUTOVSCROLL, 40, 40, 480, 240, null, null, getModuleHandle(null), null);
  if (!hwnd) throw new Error('CreateWindowExW could not create the EDIT control');
  const msg = Buffer.alloc(64); // MSG is 48 bytes on x64; room to spare
  const pump = () => {
    while (peekMessage(msg, null, 0, 0, PM_REMOVE)) {
      translateMessage(msg);
      dispatchMessage(msg);
    }
  };
  const window: EditWindow = {
    pump,
    text() {
      pump();
      const length = Number(sendMessageText(hwnd, WM_GETTEXTLENGTH, 0, null));
      const buffer = Buffer.alloc((length + 1) * 2);
      const copied = Number(sendMessageText(hwnd, WM_GETTEXT, length + 1, buffer));
      return buffer.toString('utf16le', 0, copied * 2);
    },
    setText(text) {
      sendMessageString(hwnd, WM_SETTEXT, 0, text);
    },
    focus() {
      showWindow(hwnd, SW_SHOW);
      setForeground(hwnd);
      setFocus(hwnd);
      pump();
      return koffiAddress(getForeground()) === koffiAddress(hwnd);
    },
    close() {
      destroyWindow(hwnd);
      pump();
    },
  };
  return window;
}
