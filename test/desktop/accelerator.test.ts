import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseAccelerator } from '../../electron/desktop/accelerator.js';

describe('parseAccelerator', () => {
  const accepted: [string, string, number][] = [
    ['Control+Alt+Space', 'Control+Alt+Space', 57],
    ['CommandOrControl+Shift+D', 'Control+Shift+D', 32],
    ['F9', 'F9', 67],
    ['Super+H', 'Super+H', 35],
    ['alt+ctrl+space', 'Control+Alt+Space', 57],
    ['Shift+F12', 'Shift+F12', 88],
    ['Ctrl+Alt+num5', 'Control+Alt+num5', 76],
    ['Meta+;', 'Super+;', 39],
  ];
  for (const [text, electron, keycode] of accepted) {
    it(`accepts ${text}`, () => {
      const r = parseAccelerator(text);
      assert.ok(r.ok, r.ok ? '' : r.message);
      assert.equal(r.value.electron, electron);
      assert.equal(r.value.keycode, keycode);
    });
  }

  it('CommandOrControl is ⌘ (Super) on macOS and Control elsewhere', () => {
    const mac = parseAccelerator('CommandOrControl+Shift+D', 'darwin');
    assert.ok(mac.ok);
    assert.equal(mac.value.electron, 'Shift+Super+D');
    assert.deepEqual(mac.value.modifiers, ['shift', 'super']);
    for (const platform of ['linux', 'win32']) {
      const other = parseAccelerator('CmdOrCtrl+Shift+D', platform);
      assert.ok(other.ok);
      assert.equal(other.value.electron, 'Control+Shift+D');
    }
  });

  it("macOS's own shortcuts are refused there (⌘C, ⌘V, ⌘Q, ⌘Space) and allowed elsewhere", () => {
    for (const combo of ['Command+C', 'CommandOrControl+V', 'Cmd+Q', 'Super+Space']) {
      const r = parseAccelerator(combo, 'darwin');
      assert.equal(r.ok, false, combo);
      assert.match(r.ok ? '' : r.message, /already used for/);
    }
    assert.ok(parseAccelerator('Super+Q', 'linux').ok);
    assert.ok(parseAccelerator('Control+Alt+Space', 'darwin').ok);
  });

  const refused: [string, RegExp][] = [
    ['', /empty/],
    ['   ', /empty/],
    ['Control+Alt', /only modifiers/],
    ['Control+A+B', /exactly one key/],
    ['Control+Foo', /"Foo" is not a key/],
    ['Space', /swallow normal typing/],
    ['A', /swallow normal typing/],
    ['Shift+A', /swallow normal typing/],
    ['Control+C', /copy/],
    ['CmdOrCtrl+V', /paste/],
    ['Control+Shift+V', /paste keys Voskey presses/],
    ['Shift+Insert', /paste keys Voskey presses/],
    ['Alt+F4', /close window/],
    ['Control+Alt+Delete', /system menu/],
    ['Alt+Tab', /switch windows/],
    ['Control+!', /Shift\+1/],
    ['Control++', /Shift\+=/],
    ['Control++Alt', /empty part/],
    ['AltGr+X', /AltGr/],
  ];
  for (const [text, message] of refused) {
    it(`refuses ${JSON.stringify(text)}`, () => {
      const r = parseAccelerator(text);
      assert.equal(r.ok, false);
      assert.match(r.ok ? '' : r.message, message);
    });
  }

  it('refuses non-string input with a message', () => {
    const r = parseAccelerator(undefined as unknown as string);
    assert.equal(r.ok, false);
  });
});
