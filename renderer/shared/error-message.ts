// One way to turn a failure into words on a page. A failed invoke arrives with Electron's
// prefix "Error invoking remote method '<channel>': Error: ", which means nothing to a
// person: it is cut off, so the user reads only the handler's own message.
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : String(error);
  return text.replace(/^Error invoking remote method '[^']+': (\w*Error: )?/, '');
}
