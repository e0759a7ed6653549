// The compositor probe against a real X server (Xvfb): none runs there, so the overlay must
// be opaque; then a stand-in compositor takes the _NET_WM_CM_S0 selection — the one thing a
// compositing manager announces itself by (EWMH) — and the probe must see it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { x11CompositorRunning } from '../../electron/desktop/x11-compositor.js';
import { startXvfb } from '../helpers/xvfb.js';

// A child process that owns the selection until it is killed, through libX11 as a compositor would.
const OWNER = `
const koffi = require('koffi');
const x = koffi.load('libX11.so.6');
const open = x.func('void *XOpenDisplay(const char *name)');
const root = x.func('unsigned long XDefaultRootWindow(void *display)');
const create = x.func('unsigned long XCreateSimpleWindow(void *d, unsigned long parent, int x, int y, unsigned int w, unsigned int h, unsigned int bw, unsigned long border, unsigned long bg)');
const atom = x.func('unsigned long XInternAtom(void *display, const char *name, int only_if_exists)');
const own = x.func('int XSetSelectionOwner(void *display, unsigned long selection, unsigned long owner, unsigned long time)');
const sync = x.func('int XSync(void *display, int discard)');
const d = open(process.env.DISPLAY);
const w = create(d, root(d), 0, 0, 1, 1, 0, 0, 0);
own(d, atom(d, '_NET_WM_CM_S0', 0), w, 0);
sync(d, 0);
console.log('owned');
setInterval(() => {}, 1000);
`;

test('X11 compositor probe: none on bare Xvfb, found once a compositor owns _NET_WM_CM_S0', async (t) => {
  if (process.platform !== 'linux') {
    const reason = 'needs Xvfb and libX11 (Linux only)';
    console.log(`x11-compositor skipped: ${reason}`);
    t.skip(reason);
    return;
  }
  const x = await startXvfb();
  t.after(() => x.stop());
  assert.equal(x11CompositorRunning(undefined), null, 'no display: cannot tell');
  assert.equal(x11CompositorRunning(':999'), null, 'a display that does not exist: cannot tell');
  assert.equal(x11CompositorRunning(x.display), false);

  const owner = spawn(process.execPath, ['-e', OWNER], { env: { ...process.env, DISPLAY: x.display }, stdio: ['ignore', 'pipe', 'inherit'] });
  t.after(() => void owner.kill());
  const [line] = (await once(owner.stdout, 'data')) as [Buffer];
  assert.equal(line.toString().trim(), 'owned');
  assert.equal(x11CompositorRunning(x.display), true);

  owner.kill();
  await once(owner, 'exit');
  // The X server drops a selection when its owner's connection closes.
  assert.equal(x11CompositorRunning(x.display), false);
});
