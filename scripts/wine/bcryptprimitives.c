/* bcryptprimitives.dll for Wine 8 (Debian 12), which lacks it: Go programs since Go 1.22
 * (esbuild.exe, which tsx runs to load the tests' TypeScript) import ProcessPrng from it for
 * their random numbers and refuse to start without it. ProcessPrng fills the buffer and
 * always succeeds on Windows; here RtlGenRandom (advapi32's SystemFunction036) fills it.
 * Built by scripts/wine-tier.sh with Debian's gcc-mingw-w64-x86-64-win32; Wine tier only,
 * never shipped. */
#include <windows.h>
#include <ntsecapi.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
  while (length > 0) {
    ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
    if (!RtlGenRandom(data, chunk)) return FALSE;
    data += chunk;
    length -= chunk;
  }
  return TRUE;
}
