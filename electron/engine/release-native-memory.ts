// glibc gives each thread its own malloc arena and keeps freed memory there, so every
// ended recognizer worker would leave its ≈100 MiB decoder as resident memory for good
// (RSS grew ~80 MiB per connection in our measurement). malloc_trim(0) hands the free
// pages of all arenas back to the system. Elsewhere (no glibc) there is nothing to do.
import koffi from 'koffi';

let trim: ((pad: number) => number) | null | undefined;

export function releaseFreedNativeMemory(): void {
  if (trim === undefined) {
    try {
      // The malloc_trim the process's malloc answers to: koffi.load(null) is dlopen(NULL),
      // whose symbols are looked up in the global scope, preloaded libraries first
      // (dlopen(3)). libc.so.6's own, taken by name from its handle, bypasses an interposed
      // allocator: under the heap checker (libc_malloc_debug.so preloaded, with arenas of its
      // own) it trimmed libc's unused arenas from two workers at once and segfaulted in mtrim
      // (voskey serve, 1 shutdown stress run in 33).
      trim = process.platform === 'linux' ? (koffi.load(null).func('int malloc_trim(size_t pad)') as (pad: number) => number) : null;
    } catch {
      trim = null; // musl or another libc without malloc_trim
    }
  }
  trim?.(0);
}
