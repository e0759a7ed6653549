// What the Windows key sender asks SendInput to press, checked on every system: the events
// are plain data, and koffi (which runs here too) checks the INPUT layout and prototypes.
// The events landing in a real Win32 window is test/desktop/win32-typing.test.ts (Windows
// and Wine only).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import {
  KEYEVENTF_EXTENDEDKEY,
  KEYEVENTF_KEYUP,
  KEYEVENTF_UNICODE,
  unicodeTextEvents,
  virtualKey,
  win32KeyEvents,
  type Win32KeyEvent,
} from '../../electron/desktop/win32-key-events.js';
import { createWin32KeySender, declareInputType, SEND_INPUT_PROTOTYPES } from '../../electron/desktop/win32-key-sender.js';
import { pasteTap } from '../../electron/desktop/paste-keys.js';
import { acceleratorKeyNames, parseAccelerator } from '../../electron/desktop/accelerator.js';
import { KEY_COMMANDS } from '../../electron/dictation/keys/key-commands.js';

const koffi = createRequire(import.meta.url)('koffi') as typeof import('koffi');

/** The text the UNICODE events carry, in order (what WM_CHAR delivers to the window). */
const typedUnits = (events: Win32KeyEvent[]) =>
  String.fromCharCode(...events.filter((e) => e.flags === KEYEVENTF_UNICODE).map((e) => e.scan));

/** Each event as "down X" / "up X" with X the virtual-key code in hex, for readable assertions. */
const presses = (events: Win32KeyEvent[]) => events.map((e) => `${e.flags & KEYEVENTF_KEYUP ? 'up' : 'down'} ${e.vk.toString(16)}`);

describe('Windows key events (SendInput)', () => {
  it('"e😀f": the emoji is its surrogate pair, two UNICODE key presses, nothing cut to 16 bits', () => {
    const events = unicodeTextEvents('e😀f');
    assert.equal(typedUnits(events), 'e😀f');
    assert.deepEqual(
      events.map((e) => [e.vk, e.scan.toString(16), e.flags]),
      [
        [0, '65', KEYEVENTF_UNICODE], [0, '65', KEYEVENTF_UNICODE | KEYEVENTF_KEYUP],
        [0, 'd83d', KEYEVENTF_UNICODE], [0, 'd83d', KEYEVENTF_UNICODE | KEYEVENTF_KEYUP],
        [0, 'de00', KEYEVENTF_UNICODE], [0, 'de00', KEYEVENTF_UNICODE | KEYEVENTF_KEYUP],
        [0, '66', KEYEVENTF_UNICODE], [0, '66', KEYEVENTF_UNICODE | KEYEVENTF_KEYUP],
      ],
    );
  });

  it('accents, dashes and symbols go in as themselves; a line break is an Enter press', () => {
    const events = unicodeTextEvents('café — 100% ☃\nnaïve');
    assert.equal(typedUnits(events), 'café — 100% ☃naïve');
    const enter = events.filter((e) => e.vk !== 0);
    assert.deepEqual(presses(enter), ['down d', 'up d']);
    assert.equal(unicodeTextEvents('a\r\nb').filter((e) => e.vk === 0x0d).length, 2, 'CR LF is one Enter (down and up)');
  });

  it('the paste chord holds Control around V and lets go in reverse order', () => {
    assert.deepEqual(presses(win32KeyEvents([pasteTap('ctrl+v')])), ['down 11', 'down 56', 'up 56', 'up 11']);
    assert.deepEqual(presses(win32KeyEvents([pasteTap('ctrl+shift+v')])), ['down 11', 'down 10', 'down 56', 'up 56', 'up 10', 'up 11']);
    assert.deepEqual(presses(win32KeyEvents([pasteTap('shift+insert')])), ['down 10', 'down 2d', 'up 2d', 'up 10']);
  });

  it('Backspace ×3, then Left and Right (extended keys, so apps reading scan codes do not see the keypad)', () => {
    const events = win32KeyEvents([
      { kind: 'tap', key: 'backspace', modifiers: [], count: 3 },
      { kind: 'tap', key: 'left', modifiers: [] },
      { kind: 'tap', key: 'right', modifiers: [] },
    ]);
    assert.deepEqual(presses(events), ['down 8', 'up 8', 'down 8', 'up 8', 'down 8', 'up 8', 'down 25', 'up 25', 'down 27', 'up 27']);
    assert.equal(events[0]!.flags & KEYEVENTF_EXTENDEDKEY, 0, 'Backspace is not extended');
    assert.ok(events.slice(6).every((e) => e.flags & KEYEVENTF_EXTENDEDKEY), 'arrows are');
  });

  it('every spoken key command and every hotkey key has a Windows key', () => {
    for (const rule of KEY_COMMANDS) for (const k of rule.keys) assert.notEqual(virtualKey(k.key), undefined, k.key);
    for (const hotkey of ['Control+Alt+Space', 'Super+F9', 'Alt+Shift+D', 'Control+num5', 'Control+;', 'F24', 'Control+Escape']) {
      const parsed = parseAccelerator(hotkey, 'win32');
      assert.ok(parsed.ok, hotkey);
      for (const name of acceleratorKeyNames(parsed.value)) assert.notEqual(virtualKey(name), undefined, `${hotkey}: ${name}`);
    }
    assert.equal(virtualKey('Escape'), 0x1b, 'names are case-insensitive');
  });

  it("the user's held hotkey is lifted and pressed again as the toggles say", () => {
    const events = win32KeyEvents([
      { kind: 'toggle', key: 'space', down: false, heldByUser: true },
      { kind: 'toggle', key: 'control', down: false, heldByUser: true },
      { kind: 'text', text: 'x' },
      { kind: 'toggle', key: 'control', down: true, heldByUser: true },
      { kind: 'toggle', key: 'space', down: true, heldByUser: true },
    ]);
    assert.deepEqual(presses(events), ['up 20', 'up 11', 'down 0', 'up 0', 'down 11', 'down 20']);
  });

  it('an unknown key name fails the whole batch before any key is pressed (no modifier left held)', async () => {
    const sent: Win32KeyEvent[][] = [];
    const sender = createWin32KeySender({ user32: () => ({ send: (events) => void sent.push(events) }) });
    await assert.rejects(
      sender.send([{ kind: 'toggle', key: 'control', down: true }, { kind: 'tap', key: 'hyper', modifiers: ['control'] }]),
      /no Windows key is called "hyper"/,
    );
    assert.deepEqual(sent, []);
    await sender.send([{ kind: 'text', text: 'ok' }]);
    assert.equal(typedUnits(sent[0]!), 'ok', 'the sender still works');
  });

  it('without user32 (not Windows) each send fails with the reason; nothing crashes', async () => {
    let loads = 0;
    const sender = createWin32KeySender({ user32: () => (loads++, assert.fail('user32.dll: cannot open shared object file')) });
    await assert.rejects(sender.send([{ kind: 'text', text: 'hello' }]), /SendInput could not be loaded \(.*user32\.dll/);
    await assert.rejects(sender.send([{ kind: 'text', text: 'again' }]), /SendInput could not be loaded/);
    assert.equal(loads, 1, 'loaded once, the failure remembered');
    sender.close();
    await assert.rejects(sender.send([{ kind: 'text', text: 'late' }]), /closed/);
  });

  it("INPUT has winuser.h's size and the prototypes are ones koffi parses, named as in Microsoft's docs", () => {
    // 64-bit: DWORD type, padding, then the union of which MOUSEINPUT (32 bytes) is the largest.
    if (process.arch === 'x64' || process.arch === 'arm64') assert.equal(koffi.sizeof(declareInputType(koffi)), 40);
    assert.deepEqual(
      Object.values(SEND_INPUT_PROTOTYPES).map((p) => koffi.introspect(koffi.proto(p)).name),
      ['SendInput', 'MapVirtualKeyW', 'GetLastError'],
    );
  });
});
