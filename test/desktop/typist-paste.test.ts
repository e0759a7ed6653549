// When a paste gives the user's clipboard back: after the target application has fetched
// our text, never before (it would paste the old clipboard, or nothing). The real xclip
// clipboard is checked on a private Xvfb; the ordering with a scripted clipboard and target.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { pasteText, type PasteTiming } from '../../electron/desktop/typist-paste.js';
import type { Clipboard, ClipboardSnapshot } from '../../electron/desktop/clipboard.js';
import type { KeySender } from '../../electron/desktop/key-sender.js';
import { createXclipClipboard } from '../../electron/desktop/clipboard-xclip.js';
import { startXvfb, type XDisplay } from '../helpers/xvfb.js';
import { eventually } from '../helpers/eventually.js';

/**
 * A clipboard and a target application that fetches the text `fetchAfterMs` after the keys
 * (several times, for several formats, when it is a list).
 * Like xclip, the clipboard reports each transfer of our text (our own read-back included)
 * `reportAfterMs` after it happened.
 */
function scripted(options: { fetchAfterMs: number | number[] | 'never'; canTell: boolean; reportAfterMs?: number }) {
  const events: string[] = [];
  let text = 'user text';
  let served = 0;
  const report = () => setTimeout(() => served++, options.reportAfterMs ?? 0);
  const clipboard: Clipboard = {
    read: async (): Promise<ClipboardSnapshot> => ({ text }),
    readText: async () => {
      if (text !== 'user text') report();
      return text;
    },
    writeText: async (t) => void (text = t),
    restore: async (s) => {
      events.push('restore');
      text = s.text ?? '';
    },
    ...(options.canTell ? { transfersServed: () => served } : {}),
  };
  const keys: KeySender = {
    send: async () => {
      events.push('paste keys');
      if (options.fetchAfterMs === 'never') return;
      for (const after of [options.fetchAfterMs].flat()) {
        setTimeout(() => {
          events.push(`target got "${text}"`);
          report();
        }, after);
      }
    },
    close: () => {},
  };
  return { clipboard, keys, events };
}

const timing = (t: Partial<PasteTiming>): PasteTiming => ({ setTimeoutMs: 1000, restoreAfterMs: 300, transferTimeoutMs: 3000, transferQuietMs: 100, ...t });

describe('paste: when the user gets their clipboard back', () => {
  it('a clipboard that can tell: restored once the target has fetched, however slow it is', async () => {
    // Slower than the fixed delay: the old 80 ms wait lost exactly this paste under load.
    const s = scripted({ fetchAfterMs: 400, canTell: true });
    await pasteText(s.clipboard, s.keys, 'dictated', 'ctrl+v', timing({ restoreAfterMs: 50 }));
    assert.deepEqual(s.events, ['paste keys', 'target got "dictated"', 'restore']);
    assert.equal(await s.clipboard.readText(), 'user text');
  });

  it('a target that fetches two formats one after the other (Chromium does) gets both before the restore', async () => {
    const s = scripted({ fetchAfterMs: [30, 70], canTell: true });
    await pasteText(s.clipboard, s.keys, 'dictated', 'ctrl+v', timing({}));
    assert.deepEqual(s.events, ['paste keys', 'target got "dictated"', 'target got "dictated"', 'restore']);
  });

  it("the read-back's own transfer, reported late as xclip does, is not mistaken for the target's", async () => {
    // CI under load: xclip reported our read-back after the keys were pressed, the wait
    // ended at once, and the target got the old clipboard back.
    const s = scripted({ fetchAfterMs: 120, canTell: true, reportAfterMs: 60 });
    await pasteText(s.clipboard, s.keys, 'dictated', 'ctrl+v', timing({}));
    assert.deepEqual(s.events, ['paste keys', 'target got "dictated"', 'restore']);
  });

  it('a target that never fetches still gets the clipboard restored, after the timeout', async () => {
    const s = scripted({ fetchAfterMs: 'never', canTell: true });
    await pasteText(s.clipboard, s.keys, 'dictated', 'ctrl+v', timing({ transferTimeoutMs: 100 }));
    assert.deepEqual(s.events, ['paste keys', 'restore']);
    assert.equal(await s.clipboard.readText(), 'user text');
  });

  it('a clipboard that cannot tell waits the fixed delay', async () => {
    const s = scripted({ fetchAfterMs: 50, canTell: false });
    await pasteText(s.clipboard, s.keys, 'dictated', 'ctrl+v', timing({ restoreAfterMs: 250 }));
    assert.deepEqual(s.events, ['paste keys', 'target got "dictated"', 'restore']);
  });
});

describe('xclip clipboard on a real X server', () => {
  let x: XDisplay;
  let env: NodeJS.ProcessEnv;
  before(async () => {
    x = await startXvfb();
    env = { ...process.env, DISPLAY: x.display };
  });
  after(() => x?.stop());

  const fetch = (target: string): string =>
    execFileSync('xclip', ['-selection', 'clipboard', '-o', '-t', target], { env, timeout: 3000 }).toString();

  it('counts each application that fetches the text; a TARGETS query is not a fetch', async () => {
    const clipboard = createXclipClipboard(env);
    await clipboard.writeText('héllo wörld');
    assert.equal(clipboard.transfersServed!(), 0);
    assert.match(fetch('TARGETS'), /UTF8_STRING/);
    assert.equal(fetch('UTF8_STRING'), 'héllo wörld');
    await eventually('one transfer counted', () => clipboard.transfersServed!() === 1);
    assert.equal(fetch('UTF8_STRING'), 'héllo wörld');
    await eventually('two transfers counted', () => clipboard.transfersServed!() === 2);
  });

  it('once another application takes the clipboard there is nothing left to wait for', async () => {
    const clipboard = createXclipClipboard(env);
    await clipboard.writeText('ours');
    // xclip forks a server that holds its output pipes: don't wait on them.
    execFileSync('xclip', ['-selection', 'clipboard', '-i'], { env, input: 'theirs', stdio: ['pipe', 'ignore', 'ignore'], timeout: 3000 });
    await eventually('our offer ended', () => clipboard.transfersServed!() === Infinity);
    assert.equal(fetch('UTF8_STRING'), 'theirs');
  });

  it('restore puts the snapshot back and ends our offer', async () => {
    const clipboard = createXclipClipboard(env);
    await clipboard.writeText('before');
    const saved = await clipboard.read();
    await clipboard.writeText('dictated');
    assert.equal(await clipboard.readText(), 'dictated');
    await clipboard.restore(saved);
    assert.equal(await clipboard.readText(), 'before');
    await eventually('our offer ended', () => clipboard.transfersServed!() === Infinity);
  });
});
