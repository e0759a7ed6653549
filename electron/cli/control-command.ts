// `voskey control begin|end|toggle|cancel`: one action to the running Voskey of this user
// (the app, or `voskey dictate`), for key bindings of compositors that Voskey's own
// hotkey cannot reach (sway, Hyprland, GNOME and KDE custom shortcuts). Quiet on success,
// so a binding leaves nothing behind; exit 4 and a message when nothing runs.
import { errorMessage } from '../common/error-message.js';
import { controlAddress } from '../control/control-address.js';
import { NotRunningError, sendControl } from '../control/control-client.js';
import type { ControlCommand } from './args.js';
import { CliFailure, EXIT } from './exit.js';

export async function runControl(command: ControlCommand, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let reply;
  try {
    reply = await sendControl(controlAddress(env), command.action);
  } catch (error) {
    throw new CliFailure(error instanceof NotRunningError ? EXIT.notRunning : EXIT.server, errorMessage(error));
  }
  if (!reply.ok) throw new CliFailure(EXIT.server, `the running Voskey refused "${command.action}": ${reply.message}`);
}
