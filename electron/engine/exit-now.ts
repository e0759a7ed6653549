// Ends the process at once with libc's _exit(), for a server whose recognizer worker is
// still inside a native call (a model load) at shutdown. process.exit() tears the runtime
// down while that thread keeps running native code, and we saw the teardown take seconds
// or end in a segfault; _exit() runs no atexit handlers and no destructors: the kernel
// closes every socket and takes the memory back. Where there is no libc to call
// (Windows, macOS without the name), process.exit() is the fallback.
import koffi from 'koffi';

export function exitNow(code: number): never {
  try {
    const libc = process.platform === 'linux' ? 'libc.so.6' : undefined;
    if (libc) (koffi.load(libc).func('void _exit(int status)') as (status: number) => void)(code);
  } catch {
    // fall through
  }
  process.exit(code);
}
