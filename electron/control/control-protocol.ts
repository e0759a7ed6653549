// What `voskey control` says to the running Voskey and what it answers: one JSON line each
// way over the per-user channel (control-address.ts). Pure, so both ends and the tests
// share one definition.

export const CONTROL_ACTIONS = ['begin', 'end', 'toggle', 'cancel'] as const;
export type ControlAction = (typeof CONTROL_ACTIONS)[number];

export interface ControlRequest {
  action: ControlAction;
}

export type ControlReply = { ok: true; state: string } | { ok: false; message: string };

/** What the Voskey being controlled does for each action; returns the dictation state after it. */
export type ControlHandler = (action: ControlAction) => string;

/** The request in a line, or why it is not one. */
export function parseControlRequest(line: string): ControlRequest | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: 'the request is not JSON' };
  }
  const action = (value as { action?: unknown } | null)?.action;
  if (typeof action !== 'string' || !(CONTROL_ACTIONS as readonly string[]).includes(action)) {
    return { error: `the action must be one of ${CONTROL_ACTIONS.join(', ')}` };
  }
  return { action: action as ControlAction };
}

export function parseControlReply(line: string): ControlReply {
  try {
    const value = JSON.parse(line) as ControlReply;
    if (value && (value.ok === true || value.ok === false)) return value;
  } catch {
    // fall through: not a reply this version understands
  }
  return { ok: false, message: `the running Voskey answered something this version does not understand: ${line.slice(0, 200)}` };
}
