// glibc gives each thread its own malloc arena and keeps freed memory there, so every
// ended recognizer worker would leave its ≈100 MiB decoder as resident memory for good
// (RSS grew ~80 MiB per connection in our measurement). malloc_trim(0) hands the free
// pages of all arenas back to the system. Elsewhere (no glibc) there is nothing to do.
import koffi from 'koffi';

let trim: ((pad: number) => number) | null | undefined;

export function releaseFreedNativeMemory(): void {
  if (trim === undefined) {
    try {
      trim = process.platform === 'linux' ? (koffi.load('libc.so.6').func('int malloc_trim(size_t pad)') as (pad: number) => number) : null;
    } catch {
      trim = null; // musl or another libc without malloc_trim
    }
  }
  trim?.(0);
}
