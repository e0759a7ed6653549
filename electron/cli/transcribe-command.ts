// `voskey transcribe FILE.wav|-`: reads the audio, picks the server (given, or the
// built-in one for the duration), streams with the shared client and prints finals as
// they arrive. Output goes to stdout; messages to stderr.

import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { readWav } from '../audio/wav.js';
import { startBuiltinServer, type BuiltinServer } from '../engine/server.js';
import { transcribeStream } from '../vosk/transcribe.js';
import type { FinalReply } from '../vosk/protocol.js';
import { validateServerUrl } from '../vosk/url.js';
import type { TranscribeCommand } from './args.js';
import { CliFailure, EXIT } from './exit.js';

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

export async function runTranscribe(command: TranscribeCommand, io: CliIo): Promise<void> {
  const audio = command.input === '-' ? io.stdin : [await readWavFile(command.input)];
  let builtin: BuiltinServer | undefined;
  try {
    let url: string;
    if (command.server !== undefined) {
      const checked = validateServerUrl(command.server, command.allowInsecure);
      if (!checked.ok) throw new CliFailure(EXIT.usage, `--server: ${checked.message}${checked.message.includes('insecure') ? ' (--allow-insecure)' : ''}`);
      url = checked.url.href;
    } else {
      builtin = await startBuiltin(command);
      url = builtin.url;
    }
    await transcribeStream({
      url,
      ...(command.token ? { token: command.token } : {}),
      audio,
      config: command.words ? { words: true } : {},
      realtime: command.realtime,
      onPartial: command.partials ? (text) => printPartial(text, command, io) : undefined,
      onFinal: (reply) => printFinal(reply, command, io),
    });
  } finally {
    await builtin?.close();
  }
}

async function readWavFile(path: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new CliFailure(EXIT.input, `Cannot read ${path}: ${why}.`);
  }
  return readWav(bytes, path).pcm;
}

async function startBuiltin(command: TranscribeCommand): Promise<BuiltinServer> {
  try {
    return await startBuiltinServer({ engine: command.engine, ...(command.modelDir ? { modelDir: command.modelDir } : {}), host: '127.0.0.1', port: 0 });
  } catch (error) {
    throw new CliFailure(EXIT.server, `The built-in ${command.engine} server could not start: ${(error as Error).message}`);
  }
}

function printPartial(text: string, command: TranscribeCommand, io: CliIo): void {
  if (command.json) io.stdout.write(`${JSON.stringify({ type: 'partial', text })}\n`);
  else if (text) io.stderr.write(`… ${text}\n`);
}

function printFinal(reply: FinalReply, command: TranscribeCommand, io: CliIo): void {
  // Silence between utterances gives empty finals: they say nothing, so we print nothing.
  if (reply.text === '') return;
  if (command.json) {
    const line: Record<string, unknown> = { type: 'final', text: reply.text };
    if (command.words && reply.result) line.words = reply.result;
    if (reply.alternatives) line.alternatives = reply.alternatives;
    io.stdout.write(`${JSON.stringify(line)}\n`);
    return;
  }
  io.stdout.write(`${reply.text}\n`);
  if (command.words && reply.result) {
    for (const w of reply.result) io.stdout.write(`  ${w.start.toFixed(2)}-${w.end.toFixed(2)} ${w.word} (${w.conf.toFixed(2)})\n`);
  }
}
