// Session detection and the wtype/ydotool command lines. Typing on Wayland cannot run on
// this machine (no compositor), so these check the decisions, and say so.
import { describe, it } from 'node:test';
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

  it('builds wtype and ydotool command lines that keep the text as one argument', () => {
    assert.deepEqual(waylandCommands('wtype', { backspaces: 2, text: '-café\nok' }), [
      ['wtype', '-k', 'BackSpace', '-k', 'BackSpace'],
      ['wtype', '--', '-café\nok'],
    ]);
    assert.deepEqual(waylandCommands('ydotool', { backspaces: 1, text: 'hi there' }), [
      ['ydotool', 'key', '14:1', '14:0'],
      ['ydotool', 'type', '--key-delay', '0', '--', 'hi there'],
    ]);
    assert.deepEqual(waylandCommands('wtype', { backspaces: 0, text: '' }), []);
  });

  it('refuses with what to install when neither tool is present', async () => {
    const typist = createWaylandTypist({ env: {}, installed: () => false });
    const report = await typist.apply({ backspaces: 0, text: 'hello' });
    assert.equal(report.method, 'none');
    assert.equal(report.refused, WAYLAND_INSTALL_HINT);
    assert.match(WAYLAND_INSTALL_HINT, /apt install wtype/);
  });

  it('key commands: wtype presses XKB keysyms, modifiers held around them', () => {
    const commands = waylandCommands('wtype', { backspaces: 0, text: '', keys: [{ key: 'enter', modifiers: [] }, { key: 'backspace', modifiers: ['control'] }] });
    assert.deepEqual(commands, [['wtype', '-k', 'Return'], ['wtype', '-M', 'ctrl', '-k', 'BackSpace', '-m', 'ctrl']]);
    const ydotool = waylandCommands('ydotool', { backspaces: 0, text: '', keys: [{ key: 'enter', modifiers: [] }, { key: 'backspace', modifiers: ['control'] }] });
    assert.deepEqual(ydotool, [['ydotool', 'key', '28:1', '28:0'], ['ydotool', 'key', '29:1', '14:1', '14:0', '29:0']]);
  });
});
