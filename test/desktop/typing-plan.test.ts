import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { planTyping, keystrokeActions } from '../../electron/desktop/typing-plan.js';
import { choosePasteKeys } from '../../electron/desktop/paste-keys.js';
import { parseXprop } from '../../electron/desktop/active-window.js';

describe('typing plan', () => {
  it('auto: short ASCII by keys; Unicode or long text by paste', () => {
    assert.deepEqual(planTyping('auto', 'hello, world!'), [{ via: 'keys', text: 'hello, world!' }]);
    assert.deepEqual(planTyping('auto', 'café'), [{ via: 'paste', text: 'café' }]);
    assert.equal(planTyping('auto', 'a'.repeat(201))[0]!.via, 'paste');
  });

  it('keystrokes: only words robotjs cannot type go through paste, as few pastes as possible', () => {
    assert.deepEqual(planTyping('keystrokes', 'say café naïve now'), [
      { via: 'keys', text: 'say ' },
      { via: 'paste', text: 'café naïve ' },
      { via: 'keys', text: 'now' },
    ]);
  });

  it('new lines become Enter presses', () => {
    assert.deepEqual(keystrokeActions('a\n\nb'), [
      { kind: 'text', text: 'a' },
      { kind: 'tap', key: 'enter', modifiers: [] },
      { kind: 'tap', key: 'enter', modifiers: [] },
      { kind: 'text', text: 'b' },
    ]);
  });

  it('auto paste keys: Ctrl+Shift+V in terminals, Ctrl+V elsewhere, the setting when fixed', () => {
    assert.equal(choosePasteKeys('auto', ['gnome-terminal-server', 'Gnome-terminal']), 'ctrl+shift+v');
    assert.equal(choosePasteKeys('auto', ['Alacritty', 'Alacritty']), 'ctrl+shift+v');
    assert.equal(choosePasteKeys('auto', ['chromium', 'Chromium']), 'ctrl+v');
    assert.equal(choosePasteKeys('shift+insert', ['chromium']), 'shift+insert');
  });

  it('reads WM_CLASS and pid from xprop output', () => {
    const out = 'WM_CLASS(STRING) = "xterm", "XTerm"\n_NET_WM_PID(CARDINAL) = 4242\n';
    assert.deepEqual(parseXprop(out), { pid: 4242, wmClass: ['xterm', 'XTerm'] });
    assert.deepEqual(parseXprop('WM_CLASS:  not found.\n'), { wmClass: [] });
  });
});
