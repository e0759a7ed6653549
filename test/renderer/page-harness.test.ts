// The shared page harness itself: the window.voskey it gives a page behaves like the
// preload's (typed channels, binary audio stays binary, invoke answers and failures),
// so tests built on it test the pages, not the harness.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { IDLE_OVERLAY } from '../../electron/dictation/overlay-state.js';
import { startPageHarness, type PageHarness } from '../helpers/page-harness.js';

// A page that echoes what main sends it, using window.voskey as a real page would.
// Its CSP refuses every connection: the harness must still reach it, as IPC would.
const ECHO_PAGE = `<!doctype html><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'">
<script>
window.voskey.on('capture:start', (options) => {
  const pcm = new Int16Array([1, -2, 32767, -32768]).buffer;
  window.voskey.send('capture:frame', pcm);
  window.voskey.send('capture:level', { rms: options.frameMs / 1000, peak: 1 });
});
window.voskey.on('capture:list-devices', async () => {
  try {
    const state = await window.voskey.invoke('overlay:get-state');
    window.voskey.send('capture:devices', [{ deviceId: state.status, label: 'answered' }]);
  } catch (error) {
    window.voskey.send('capture:devices', [{ deviceId: 'error', label: error.message }]);
  }
});
</script>`;

describe('page harness', () => {
  let harness: PageHarness;
  let root: string;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'voskey-harness-'));
    writeFileSync(join(root, 'echo.html'), ECHO_PAGE);
    harness = await startPageHarness({ root });
    await harness.open('echo.html');
  });
  after(async () => {
    await harness.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('an ArrayBuffer from the page arrives as the same bytes in a Buffer; other payloads as JSON', async () => {
    const frame = harness.next('capture:frame');
    const level = harness.next('capture:level');
    harness.emit('capture:start', { deviceId: '', frameMs: 100, echoCancellation: true, noiseSuppression: true, autoGainControl: true });
    const [pcm] = await frame;
    assert.ok(Buffer.isBuffer(pcm));
    assert.deepEqual([...new Int16Array(pcm.buffer, pcm.byteOffset, pcm.length / 2)], [1, -2, 32767, -32768]);
    assert.deepEqual(await level, [{ rms: 0.1, peak: 1 }]);
  });

  test('invoke gets the handler result, and a clear rejection when nothing handles it', async () => {
    let reply = harness.next('capture:devices');
    harness.emit('capture:list-devices');
    assert.match((await reply)[0][0]!.label, /did not handle invoke\('overlay:get-state'\)/);

    harness.handle('overlay:get-state', async () => ({ ...IDLE_OVERLAY, status: 'finishing' }));
    reply = harness.next('capture:devices');
    harness.emit('capture:list-devices');
    assert.deepEqual((await reply)[0], [{ deviceId: 'finishing', label: 'answered' }]);
  });

  test("the page's CSP stays enforced apart from the bridge", async () => {
    const outcome = await harness.page.evaluate(`new Promise((resolve) => {
      document.addEventListener('securitypolicyviolation', (e) => resolve('refused by ' + e.effectiveDirective));
      setTimeout(() => resolve('no violation'), 3000);
      try { new WebSocket('ws://127.0.0.1:9/'); } catch (error) { resolve('refused by ' + error.name); }
    })`);
    assert.match(String(outcome), /refused by (connect-src|SecurityError)/, 'a socket to anywhere else is refused');
  });

  test('a missing page gets a message that says to build', async () => {
    await assert.rejects(harness.open('renderer/no-such-page.html'), /npm run build/);
  });
});
