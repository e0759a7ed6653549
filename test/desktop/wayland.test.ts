// Session detection and the wtype/ydotool command lines. Typing on Wayland cannot run on
// this machine (no compositor), so these check the decisions, and say so.
import { describe, it } from 'node:test';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { chooseWaylandTool, detectSession, WAYLAND_INSTALL_HINT, waylandCommands } from '../../electron/desktop/display-session.js';
import { createWaylandTypist } from '../../electron/desktop/typist-wayland.js';

describe('display session and Wayland typing commands', () => {
  it('detects the session from the environment', () => {
    console.log('note: real Wayland typing cannot run here (no compositor); testing detection and command lines only');
    assert.equal(detectSession({ XDG_SESSION_TYPE: 'wayland', DISPLAY: ':0', WAYLAND_DISPLAY: 'wayland-0' }), 'wayland');
    assert.equal(detectSession({ WAYLAND_DISPLAY: 'wayland-0' }), 'wayland');
    assert.equal(detectSession({ WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0' }), 'x11');
    assert.equal(detectSession({ XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' }), 'x11');
    assert.equal(detectSession({ DISPLAY: ':1' }), 'x11');
    assert.equal(detectSession({}), 'none');
  });

  it('prefers wtype, falls back to ydotool, else none', () => {
    assert.equal(chooseWaylandTool(() => true), 'wtype');
    assert.equal(chooseWaylandTool((t) => t === 'ydotool'), 'ydotool');
    assert.equal(chooseWaylandTool(() => false), undefined);
  });

  it('keeps the dictated text out of every argument list: it goes to the tool on stdin', () => {
    assert.deepEqual(waylandCommands('wtype', { backspaces: 2, text: '-café\nok' }), [
      { argv: ['wtype', '-k', 'BackSpace', '-k', 'BackSpace'] },
      { argv: ['wtype', '-'], stdin: '-café\nok' },
    ]);
    assert.deepEqual(waylandCommands('ydotool', { backspaces: 1, text: 'hi there' }), [
      { argv: ['ydotool', 'key', '14:1', '14:0'] },
      { argv: ['ydotool', 'type', '--key-delay', '0', '--file', '-'], stdin: 'hi there' },
    ]);
    assert.deepEqual(waylandCommands('wtype', { backspaces: 0, text: '' }), []);
    // A word fixed in the middle: Left over the words after it, the fix, Right back, the rest.
    assert.deepEqual(waylandCommands('wtype', { backspaces: 1, text: 'A', caretBack: 2, append: '!' }), [
      { argv: ['wtype', '-k', 'Left', '-k', 'Left'] },
      { argv: ['wtype', '-k', 'BackSpace'] },
      { argv: ['wtype', '-'], stdin: 'A' },
      { argv: ['wtype', '-k', 'Right', '-k', 'Right'] },
      { argv: ['wtype', '-'], stdin: '!' },
    ]);
    assert.deepEqual(waylandCommands('ydotool', { backspaces: 0, text: 'x', caretBack: 1 }).map((c) => c.argv), [
      ['ydotool', 'key', '105:1', '105:0'],
      ['ydotool', 'type', '--key-delay', '0', '--file', '-'],
      ['ydotool', 'key', '106:1', '106:0'],
    ]);
  });

  // Wayland is Linux's (and the BSDs'); on Windows a '#!/bin/sh' stand-in cannot be run.
  const noShellScripts = process.platform === 'win32' ? 'the stand-in tool is a #!/bin/sh script, which Windows cannot run (Wayland is Linux\'s)' : false;
  for (const tool of ['wtype', 'ydotool'] as const) {
    it(`${tool}: the typist runs the tool with the text on stdin, never in its argv (ps shows argv to every user)`, { skip: noShellScripts }, async (t) => {
      // A stand-in for the real ${tool}, which needs a Wayland compositor (or /dev/uinput and
      // ydotoold) that this machine lacks: a script on PATH that records its argv and stdin.
      const dir = mkdtempSync(join(tmpdir(), 'voskey-wayland-'));
      t.after(() => rmSync(dir, { recursive: true, force: true }));
      const script = join(dir, tool);
      writeFileSync(script, `#!/bin/sh\nn=$(ls "${dir}" | grep -c '^run')\nprintf '%s\\n' "$@" > "${dir}/run$n.argv"\ncat > "${dir}/run$n.stdin"\n`);
      chmodSync(script, 0o755);
      const typist = createWaylandTypist({ env: { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}` }, installed: (name) => name === tool });
      const secret = 'my bank pin is 4711';
      const report = await typist.apply({ backspaces: 1, text: secret });
      assert.deepEqual(report, { method: 'wayland' });
      const argvs = readdirSync(dir).filter((n) => n.endsWith('.argv')).sort().map((n) => readFileSync(join(dir, n), 'utf8'));
      const stdins = readdirSync(dir).filter((n) => n.endsWith('.stdin')).sort().map((n) => readFileSync(join(dir, n), 'utf8'));
      assert.equal(argvs.length, 2, 'one run for the BackSpace, one for the text');
      for (const argv of argvs) assert.ok(!argv.includes('4711') && !argv.includes('bank'), `argv leaked the text: ${argv}`);
      assert.deepEqual(stdins, ['', secret], 'the text reached the tool through stdin');
    });
  }

  it('refuses with what to install when neither tool is present', async () => {
    const typist = createWaylandTypist({ env: {}, installed: () => false });
    const report = await typist.apply({ backspaces: 0, text: 'hello' });
    assert.equal(report.method, 'none');
    assert.equal(report.refused, WAYLAND_INSTALL_HINT);
    assert.match(WAYLAND_INSTALL_HINT, /apt install wtype/);
  });

  it('key commands: wtype presses XKB keysyms, modifiers held around them', () => {
    const commands = waylandCommands('wtype', { backspaces: 0, text: '', keys: [{ key: 'enter', modifiers: [] }, { key: 'backspace', modifiers: ['control'] }] });
    assert.deepEqual(commands.map((c) => c.argv), [['wtype', '-k', 'Return'], ['wtype', '-M', 'ctrl', '-k', 'BackSpace', '-m', 'ctrl']]);
    const ydotool = waylandCommands('ydotool', { backspaces: 0, text: '', keys: [{ key: 'enter', modifiers: [] }, { key: 'backspace', modifiers: ['control'] }] });
    assert.deepEqual(ydotool.map((c) => c.argv), [['ydotool', 'key', '28:1', '28:0'], ['ydotool', 'key', '29:1', '14:1', '14:0', '29:0']]);
  });
});
