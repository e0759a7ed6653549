// Real Wayland windows to type into, inside a headless sway session (sway.ts): foot (a
// terminal, read back through the file its shell writes) and Chromium on its Wayland
// backend (read back over the DevTools protocol). Each is focused when it opens, as a new
// window is in sway; `focus` moves the focus through sway's IPC.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from './chromium.js';
import type { SwaySession } from './sway.js';

interface SwayNode {
  id: number;
  app_id?: string | null;
  pid?: number;
  focused?: boolean;
  nodes?: SwayNode[];
  floating_nodes?: SwayNode[];
}

/** Every window (a node with an app_id) in sway's tree. */
export function swayWindows(session: SwaySession): SwayNode[] {
  const found: SwayNode[] = [];
  const walk = (n: SwayNode) => {
    if (n.app_id) found.push(n);
    for (const c of [...(n.nodes ?? []), ...(n.floating_nodes ?? [])]) walk(c);
  };
  walk(JSON.parse(session.swaymsg('-t', 'get_tree', '--raw')) as SwayNode);
  return found;
}

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Waits until the window with this app_id exists and has the focus; returns its con id. */
export function waitForFocus(session: SwaySession, appId: string): Promise<number> {
  return waitFor(`${appId} to have the focus`, () => swayWindows(session).find((w) => w.app_id === appId && w.focused)?.id);
}

export function focus(session: SwaySession, appId: string): Promise<number> {
  session.swaymsg(`[app_id="${appId}"]`, 'focus');
  return waitForFocus(session, appId);
}

export interface FootTarget {
  appId: string;
  /** sway's con id of the window. */
  id: number;
  /**
   * What reached the terminal's program. The tty is in canonical mode (BackSpace edits the
   * line, as in a shell), so only lines ended by Return arrive.
   */
  read(): string;
  /** Waits until read() equals `expected` or `timeoutMs` passes; returns what it holds. */
  waitForText(expected: string, timeoutMs?: number): Promise<string>;
  /** Focuses the window and waits until it takes keys; read() then starts afresh. */
  focus(): Promise<void>;
  close(): Promise<void>;
}

export async function openFoot(session: SwaySession, appId: string): Promise<FootTarget> {
  const file = join(session.dir, `${appId}.out`);
  writeFileSync(file, '', { mode: 0o666 });
  const proc = spawn('foot', [`--app-id=${appId}`, 'sh', '-c', `cat > '${file}'`], { env: session.env, stdio: 'ignore' });
  const close = () => stopChild(proc);
  try {
    const id = await waitForFocus(session, appId);
    const all = () => (existsSync(file) ? readFileSync(file, 'utf8') : '');
    let from = 0;
    const read = () => all().slice(from);
    // A window that sway reports focused may not have taken the keyboard yet (the first
    // keys after a focus change were lost: "arg form ok" arrived as "form ok"): press
    // Return until one arrives, then read from there.
    const ready = async () => {
      const deadline = Date.now() + 10_000;
      const before = all().length;
      while (all().length === before) {
        if (Date.now() > deadline) throw new Error(`${appId} never took a key from wtype`);
        spawnSync('wtype', ['-s', '20', '-k', 'Return'], { env: session.env });
        await waitForValue(async () => String(all().length > before), 'true', 300);
      }
      from = all().length;
    };
    await ready();
    return {
      appId,
      id,
      read,
      waitForText: (expected, timeoutMs) => waitForValue(async () => read(), expected, timeoutMs),
      async focus() {
        await focus(session, appId);
        await ready();
      },
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

export interface ChromiumTarget {
  appId: string;
  id: number;
  page: Page;
  value(): Promise<string>;
  waitForValue(expected: string, timeoutMs?: number): Promise<string>;
  /** Empties the textarea (the focus stays where it is). */
  clear(): Promise<void>;
  /** Focuses the window and waits until it takes keys; the textarea is then empty. */
  focus(): Promise<void>;
  close(): Promise<void>;
}

const PAGE = `<!doctype html><meta charset="utf-8"><title>wayland typing target</title>
<style>html,body{margin:0;height:100%}textarea{box-sizing:border-box;width:100%;height:100%}</style>
<textarea id="t" spellcheck="false" autocomplete="off" autofocus></textarea>`;

/** Chromium's app_id under sway is "chromium" (its desktop file name). */
export async function openChromium(session: SwaySession): Promise<ChromiumTarget> {
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: false,
    env: session.env,
    args: ['--ozone-platform=wayland', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(PAGE);
    await page.focus('#t');
    const id = await waitForFocus(session, 'chromium');
    // Typed structurally: this project compiles without DOM types.
    const value = (): Promise<string> => page.$eval('#t', (t) => (t as unknown as { value: string }).value);
    const clear = () => page.$eval('#t', (t) => void ((t as unknown as { value: string }).value = ''));
    await primeKeyboard(session, value);
    await clear();
    return {
      appId: 'chromium',
      id,
      page,
      value,
      waitForValue: (expected, timeoutMs) => waitForValue(value, expected, timeoutMs),
      clear,
      async focus() {
        await focus(session, 'chromium');
        await primeKeyboard(session, value);
        await clear();
      },
      close: () => browser.close().catch(() => {}),
    };
  } catch (e) {
    await browser.close().catch(() => {});
    throw e;
  }
}

/**
 * In this headless session (no physical keyboard), Chromium ignored every virtual-keyboard
 * key until it had once received a key on the code of Escape: runs of plain letters typed
 * nothing, 3 of 3, until a run began with Escape or a non-ASCII character (which lands on
 * code 1, Escape's). A desktop with a real keyboard is past this long before Voskey types,
 * as X11 Chromium under Xvfb is past its "ignore synthetic keys until a real click" once a
 * user clicked. So the target gets one Escape (harmless in a textarea) and a probe key.
 */
async function primeKeyboard(session: SwaySession, value: () => Promise<string>): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    spawnSync('wtype', ['-s', '20', '-k', 'Escape', '-k', 'period'], { env: session.env });
    if ((await waitForValue(value, '.', 500)).endsWith('.')) return;
    if (Date.now() > deadline) throw new Error('Chromium never took a key from wtype');
  }
}

async function waitForValue(read: () => Promise<string>, expected: string, timeoutMs = 5000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let current = await read();
  while (current !== expected && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
    current = await read();
  }
  return current;
}

async function stopChild(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGTERM');
  await exited;
}
