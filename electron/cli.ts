// `voskey`: the command-line front (transcribe, dictate, control, serve, format). Parses arguments, runs one command, maps what went
// wrong to an exit code and a message on stderr. The work lives in electron/cli/ and the
// shared client in electron/vosk/.

import { parseCli, USAGE } from './cli/args.js';
import { describeFailure, EXIT } from './cli/exit.js';
import { runControl } from './cli/control-command.js';
import { runDictate } from './cli/dictate-command.js';
import { runFormat } from './cli/format-command.js';
import { runServe } from './cli/serve-command.js';
import { runTranscribe } from './cli/transcribe-command.js';

async function main(): Promise<number> {
  try {
    const command = parseCli(process.argv.slice(2), process.env);
    if (command.command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (command.command === 'serve') await runServe(command, process);
    else if (command.command === 'format') await runFormat(command, process);
    else if (command.command === 'dictate') await runDictate(command, process);
    else if (command.command === 'control') await runControl(command);
    else await runTranscribe(command, process);
    return EXIT.ok;
  } catch (error) {
    const { exitCode, message } = describeFailure(error);
    process.stderr.write(`voskey: ${message}\n`);
    return exitCode;
  }
}

const code = await main();
// Exit explicitly (a stray handle must not keep a finished CLI alive), but only once
// everything written to stdout has been handed to the OS.
process.stdout.write('', () => process.exit(code));
