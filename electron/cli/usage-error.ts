// A command line the CLI cannot act on: its message says what to type instead (exit code 1).
// Its own module, so every argument parser can throw it without importing the others.
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
