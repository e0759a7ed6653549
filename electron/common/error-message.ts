// One way to turn whatever was thrown into words, for logs and messages on the main side.
// A thrown value need not be an Error (a string, a library's object), so never cast.
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}
