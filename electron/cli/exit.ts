// Exit codes of `voskey`, and the error that carries one to the top with its message.
import { VoskError } from '../vosk/errors.js';
import { WavError } from '../audio/wav.js';
import { UsageError } from './args.js';

export const EXIT = { ok: 0, usage: 1, input: 2, server: 3, notRunning: 4 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class CliFailure extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
  }
}

/** Which exit code, and what to tell the user, for anything a command threw. */
export function describeFailure(error: unknown): { exitCode: ExitCode; message: string } {
  if (error instanceof CliFailure) return { exitCode: error.exitCode, message: error.message };
  if (error instanceof UsageError) return { exitCode: EXIT.usage, message: `${error.message}\nRun voskey --help for usage.` };
  if (error instanceof WavError) return { exitCode: EXIT.input, message: error.message };
  if (error instanceof VoskError) return { exitCode: EXIT.server, message: `Server error (${error.code}): ${error.message}` };
  return { exitCode: EXIT.server, message: `Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` };
}

/** A recognition failure as the CLI reports it: exit 3, with the error code when there is one. */
export function recognitionFailure(error: Error): Error {
  if (error instanceof CliFailure) return error;
  const vosk = error instanceof VoskError ? error : error.cause instanceof VoskError ? error.cause : undefined;
  return new CliFailure(EXIT.server, vosk ? `Server error (${vosk.code}): ${error.message}` : error.message);
}
