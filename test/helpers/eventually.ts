// The one way tests wait for something done in its own time (a reply painted, a patch
// sent, a worker gone). Not a timing assertion: the limit only turns "never happens" into
// a failure that says what never happened. The probe's value (anything but undefined or
// false) is returned.
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
    if (Date.now() > deadline) {
      const reason = last === undefined ? '' : ` (last error: ${last instanceof Error ? last.message : JSON.stringify(last)})`;
      throw new Error(`never happened within ${limitMs} ms: ${what}${reason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
