// Waits for something a page does in its own time (a reply painted, a patch sent). Not a
// timing assertion: the limit only turns "never happens" into a failure with a message.
export async function eventually<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, limitMs = 10_000): Promise<T> {
  const deadline = Date.now() + limitMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`never happened: ${what}${last ? ` (last error: ${(last as Error).message})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
