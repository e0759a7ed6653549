// What a failed invoke says, for the user: Electron prefixes a handler's message with
// "Error invoking remote method '<channel>': Error: ", which means nothing to a person.
export function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^Error invoking remote method '[^']+': (Error: )?/, '');
}
