// Windows: does the window that will receive our keys run elevated ("as administrator")
// while Voskey does not? Then User Interface Privilege Isolation drops every key we send,
// and says nothing: "This function fails when it is blocked by UIPI. Note that neither
// GetLastError nor the return value will indicate the failure was caused by UIPI blocking."
// (learn.microsoft.com/windows/win32/api/winuser/nf-winuser-sendinput, Return value). So we
// look first: GetForegroundWindow → GetWindowThreadProcessId → OpenProcess(PROCESS_QUERY_
// LIMITED_INFORMATION) → OpenProcessToken(TOKEN_QUERY) → GetTokenInformation(TokenElevation),
// and the same for our own process. OpenProcessToken's remarks say a non-elevated process
// may open an elevated one's token when both run under the same account
// (…/processthreadsapi/nf-processthreadsapi-openprocesstoken); when it cannot (another
// account, a protected process) we answer 'unknown' and type anyway.
// Plain Node through koffi; loaded only on win32, never here — tests inject the answers.
import { createRequire } from 'node:module';

export type Elevation = 'elevated' | 'not-elevated' | 'unknown';

export interface ElevationFacts {
  self: Elevation;
  /** undefined when no window has the focus (the desktop, a locked screen). */
  foreground: Elevation | undefined;
}

export type ElevationProbe = () => ElevationFacts;

export const UIPI_REFUSAL =
  'The window you are dictating into runs as administrator, and Windows does not let a program that does not ' +
  'type into it. Nothing was typed: dictate into another window, or start Voskey as administrator too ' +
  '(the hotkey may also go unheard while that window has the focus).';

/** The refusal when our keys would be dropped; undefined when typing can go ahead. */
export function uipiRefusal(facts: ElevationFacts): string | undefined {
  return facts.foreground === 'elevated' && facts.self !== 'elevated' ? UIPI_REFUSAL : undefined;
}

// Constants from the Windows SDK headers (winnt.h, processthreadsapi.h).
const PROCESS_QUERY_LIMITED_INFORMATION = 0x1000;
const TOKEN_QUERY = 0x0008;
const TOKEN_ELEVATION_CLASS = 20; // TOKEN_INFORMATION_CLASS.TokenElevation

type Fn = (...args: unknown[]) => unknown;

/** The C prototypes, per DLL, as koffi parses them (checked by koffi.proto in the tests). */
export const WINDOWS_PROTOTYPES = {
  'user32.dll': {
    // __stdcall matters on 32-bit Windows only; koffi ignores it on x64 and arm64.
    getForegroundWindow: 'void * __stdcall GetForegroundWindow()',
    getWindowThreadProcessId: 'uint32_t __stdcall GetWindowThreadProcessId(void *hwnd, _Out_ uint32_t *pid)',
  },
  'kernel32.dll': {
    getCurrentProcess: 'void * __stdcall GetCurrentProcess()',
    openProcess: 'void * __stdcall OpenProcess(uint32_t access, int inherit, uint32_t pid)',
    closeHandle: 'int __stdcall CloseHandle(void *handle)',
  },
  'advapi32.dll': {
    openProcessToken: 'int __stdcall OpenProcessToken(void *process, uint32_t access, _Out_ void **token)',
    // TOKEN_ELEVATION is a single DWORD, so the buffer is one uint32_t.
    getTokenInformation:
      'int __stdcall GetTokenInformation(void *token, int infoClass, _Out_ uint32_t *info, uint32_t length, _Out_ uint32_t *returned)',
  },
} as const;

type ApiName = { [D in keyof typeof WINDOWS_PROTOTYPES]: keyof (typeof WINDOWS_PROTOTYPES)[D] }[keyof typeof WINDOWS_PROTOTYPES];

/** The koffi-backed probe; throws if koffi or the system DLLs cannot be loaded (not Windows). */
export function createWindowsElevationProbe(): ElevationProbe {
  const koffi = createRequire(import.meta.url)('koffi') as typeof import('koffi');
  const api = {} as Record<ApiName, Fn>;
  for (const [dll, functions] of Object.entries(WINDOWS_PROTOTYPES)) {
    const library = koffi.load(dll);
    for (const [name, prototype] of Object.entries(functions)) api[name as ApiName] = library.func(prototype) as Fn;
  }

  function elevationOf(process: unknown): Elevation {
    const token: unknown[] = [null];
    if (!api.openProcessToken(process, TOKEN_QUERY, token) || !token[0]) return 'unknown';
    try {
      // TOKEN_ELEVATION is one DWORD, TokenIsElevated: nonzero when elevated.
      const info = [0];
      const returned = [0];
      if (!api.getTokenInformation(token[0], TOKEN_ELEVATION_CLASS, info, 4, returned)) return 'unknown';
      return info[0] ? 'elevated' : 'not-elevated';
    } finally {
      api.closeHandle(token[0]);
    }
  }

  // Our own elevation cannot change while we run. GetCurrentProcess's pseudo-handle needs no closing.
  const self = elevationOf(api.getCurrentProcess());

  return () => {
    const window = api.getForegroundWindow();
    if (!window) return { self, foreground: undefined };
    const pid = [0];
    api.getWindowThreadProcessId(window, pid);
    if (!pid[0]) return { self, foreground: 'unknown' };
    const process = api.openProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid[0]);
    if (!process) return { self, foreground: 'unknown' };
    try {
      return { self, foreground: elevationOf(process) };
    } finally {
      api.closeHandle(process);
    }
  };
}
