// The per-application output modes as the settings page edits them: one line per app,
// "window class: live" or "window class: final", e.g. "gnome-terminal: final". A line the
// page cannot read is reported with its number instead of being dropped silently.
import type { AppOutputMode } from '../../electron/settings/types.js';

export function appModesText(list: readonly AppOutputMode[]): string {
  return list.map((a) => `${a.app}: ${a.mode}`).join('\n');
}

export function appModesFrom(text: string): { ok: true; value: AppOutputMode[] } | { ok: false; message: string } {
  const value: AppOutputMode[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const match = /^(.+?)\s*:\s*(live|final)$/i.exec(line);
    if (!match) return { ok: false, message: `Line ${i + 1}: write "window class: live" or "window class: final".` };
    value.push({ app: match[1]!.trim(), mode: match[2]!.toLowerCase() as AppOutputMode['mode'] });
  }
  return { ok: true, value };
}
