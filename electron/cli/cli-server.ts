// The recognizer a CLI command talks to: the server given with --server (its token from
// --token, VOSKEY_TOKEN or --token-file), or the built-in one started for the duration.
// Shared by `voskey transcribe` and `voskey dictate`.
import { open } from 'node:fs/promises';
import { errorMessage } from '../common/error-message.js';
import { startBuiltinServer } from '../engine/server.js';
import type { EngineSpec } from '../engine/load-engine.js';
import { checkAccessToken } from '../settings/token.js';
import type { ServerTarget } from '../vosk/recognition/index.js';
import { validateServerUrl } from '../vosk/url.js';
import { CliFailure, EXIT } from './exit.js';

export interface ServerChoice extends EngineSpec {
  server?: string;
  token?: string;
  tokenFile?: string;
  allowInsecure: boolean;
}

export interface CliServer {
  target: ServerTarget;
  /** Stops the built-in server when one was started; nothing otherwise. */
  close(): Promise<void>;
}

export async function openCliServer(choice: ServerChoice): Promise<CliServer> {
  if (choice.server !== undefined) {
    const token = choice.tokenFile !== undefined ? await readTokenFile(choice.tokenFile) : choice.token;
    return { target: { url: checkedServerUrl(choice.server, choice.allowInsecure), ...(token ? { token } : {}) }, close: async () => {} };
  }
  try {
    const builtin = await startBuiltinServer({ engine: choice.engine, ...(choice.modelDir ? { modelDir: choice.modelDir } : {}), host: '127.0.0.1', port: 0 });
    return { target: { url: builtin.url }, close: () => builtin.close() };
  } catch (error) {
    throw new CliFailure(EXIT.server, `The built-in ${choice.engine} server could not start: ${errorMessage(error)}`);
  }
}

function checkedServerUrl(server: string, allowInsecure: boolean): string {
  const checked = validateServerUrl(server, allowInsecure);
  if (!checked.ok) throw new CliFailure(EXIT.usage, `--server: ${checked.message}${checked.message.includes('insecure') ? ' (--allow-insecure)' : ''}`);
  return checked.url.href;
}

/** A token file is read when the command runs, so the token never enters any argv. */
async function readTokenFile(path: string): Promise<string> {
  let text: string;
  try {
    const handle = await open(path, 'r');
    try {
      // At most one byte past the limit, whatever the file says its size is: /dev/zero or a
      // pipe reports 0 and would otherwise be read until memory runs out.
      const buffer = Buffer.alloc(MAX_TOKEN_FILE_BYTES + 1);
      let length = 0;
      for (let n = -1; n !== 0 && length < buffer.length; length += n) n = (await handle.read(buffer, length, buffer.length - length)).bytesRead;
      if (length > MAX_TOKEN_FILE_BYTES) throw new CliFailure(EXIT.usage, `--token-file: ${path} is too large to hold an access token.`);
      text = buffer.subarray(0, length).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw new CliFailure(EXIT.input, `Cannot read the token file ${path}: ${whyUnreadable(error)}.`);
  }
  const checked = checkAccessToken(text);
  if (!checked.ok) throw new CliFailure(EXIT.usage, `--token-file: ${checked.message}`);
  return checked.token;
}

const MAX_TOKEN_FILE_BYTES = 16 * 1024;

export function whyUnreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : errorMessage(error);
}
