// The packaged app's self-check, run when VOSKEY_SMOKE_REPORT names a file (set only by
// scripts/smoke-packaged.js in the workflow's jobs): each part that the archive layout can
// break is exercised once, its result written as one JSON line, then the app quits.
//   main     — this main process runs from app.asar (app.isPackaged)
//   page     — the capture page loaded over file:// from inside the archive
//   preload  — its preload ran and exposed window.voskey
//   engine   — the built-in engine's utility process started from the archive and answered
//   libvosk  — that process loaded libvosk (koffi, from app.asar.unpacked) where it is bundled
//   worker   — a forked worker (the typing worker, robotjs from app.asar.unpacked) answered
// Written against Electron's documented API; it runs only in the workflow (Electron cannot
// run here). The checker's side is tested here (test/scripts/smoke-packaged.test.ts).
import { app, type BrowserWindow } from 'electron';
import { appendFileSync } from 'node:fs';
import { ENGINE_ENTRY, type EngineProcessLauncher } from '../app/engine-host.js';
import { errorMessage } from '../common/error-message.js';
import { forkWorker } from '../desktop/fork-worker.js';
import type { TypingResponse } from '../desktop/typing-worker.js';
import type { EngineProcessMessage } from '../engine/engine-process-messages.js';
import type { SmokeCheck } from './smoke-checks.js';


const STEP_TIMEOUT_MS = 30_000;

function within<T>(what: string, work: (done: (value: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no answer within ${STEP_TIMEOUT_MS / 1000} s`)), STEP_TIMEOUT_MS);
    work((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

export async function runPackagedSmoke(reportFile: string, parts: { capture: BrowserWindow; launchEngine: EngineProcessLauncher }): Promise<void> {
  // raw write: the smoke check's report for the packaging job, a line per check as it
  // finishes (so a hang still leaves the checks before it); not a file the user keeps.
  const report = (check: SmokeCheck, ok: boolean, detail: string): void => appendFileSync(reportFile, `${JSON.stringify({ check, ok, detail })}\n`);
  const attempt = async (check: SmokeCheck, run: () => Promise<[boolean, string]>): Promise<void> => {
    try {
      const [ok, detail] = await run();
      report(check, ok, detail);
    } catch (error) {
      report(check, false, errorMessage(error));
    }
  };

  await attempt('main', async () => [app.isPackaged && /app\.asar$/.test(app.getAppPath()), `isPackaged=${app.isPackaged} appPath=${app.getAppPath()}`]);

  const contents = parts.capture.webContents;
  await attempt('page', async () => {
    if (contents.isLoading()) await within('the capture page', (done) => contents.once('did-finish-load', () => done(undefined)));
    const url = contents.getURL();
    return [url.startsWith('file://') && url.includes('app.asar'), url];
  });
  await attempt('preload', async () => {
    const exposed = (await contents.executeJavaScript("typeof window.voskey === 'object' ? Object.keys(window.voskey).sort().join(',') : 'missing'")) as string;
    return [exposed !== 'missing' && exposed.length > 0, `window.voskey: ${exposed}`];
  });

  let engineReply: { libvosk: string | null } | undefined;
  await attempt('engine', async () => {
    const engine = parts.launchEngine(ENGINE_ENTRY);
    try {
      engineReply = await within<{ libvosk: string | null }>('the engine process', (done) => {
        engine.onMessage((message: EngineProcessMessage) => message.type === 'probe' && done(message));
        engine.onExit((description) => done({ libvosk: `the engine process ended first: ${description}` }));
        engine.send({ type: 'probe' });
      });
    } finally {
      engine.kill();
    }
    return [true, `answered from ${ENGINE_ENTRY.path}`];
  });
  await attempt('libvosk', async () => [engineReply?.libvosk === null, engineReply ? (engineReply.libvosk ?? 'loaded') : 'the engine did not answer']);

  await attempt('worker', async () => {
    const child = forkWorker('typing-worker', process.env);
    try {
      const reply = await within<TypingResponse | string>('the typing worker', (done) => {
        child.on('message', (message: TypingResponse) => done(message));
        child.on('exit', (code, signal) => done(`it ended first (${signal ?? `code ${code}`})`));
        child.send({ id: 1, actions: [], keyboardDelay: 0 });
      });
      if (typeof reply === 'string') return [false, reply];
      return [reply.ok, reply.ok ? 'the typing worker answered (robotjs loaded)' : reply.error];
    } finally {
      child.kill();
    }
  });
}
