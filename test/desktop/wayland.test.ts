// Wayland decisions that depend on the desktop, checked with injected environments: the
// session and compositor, the key tool per compositor with its fallbacks, the wtype and
// ydotool runs, and reading sway's and Hyprland's answers about the focused window. The
// same parts run against a real compositor in wayland-sway.test.ts; GNOME, KDE, Hyprland
// and ydotoold cannot run here, so their side is what these choose and parse.
import { describe, it } from 'node:test';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { detectSession } from '../../electron/desktop/display-session.js';
import {
  createWaylandActiveWindowProbe,
  parseHyprlandWindow,
  parseSwayTree,
} from '../../electron/desktop/active-window-wayland.js';
import { createWaylandTypist } from '../../electron/desktop/typist-wayland.js';
import { compositorBindingAdvice, detectCompositor, waylandShortcutNotice } from '../../electron/desktop/wayland-compositor.js';
import { waylandRuns, wtypeTypesText } from '../../electron/desktop/wayland-key-sender.js';
import { chooseWaylandKeyTool, ydotoolSocket } from '../../electron/desktop/wayland-key-tool.js';
import type { KeyAction } from '../../electron/desktop/key-sender.js';
import { pasteTap } from '../../electron/desktop/paste-keys.js';
import { keyPressActions } from '../../electron/desktop/typing-plan.js';
import { KEY_COMMAND_PHRASES, matchKeyCommand } from '../../electron/dictation/keys/key-commands.js';
import { createTypist, type TypingSettings } from '../../electron/desktop/typist.js';

const keystrokes: TypingSettings = { method: 'keystrokes', pasteKeys: 'auto' };

describe('Wayland: session, compositor and key tool', () => {
  it('detects the session from the environment', () => {
    assert.equal(detectSession({ XDG_SESSION_TYPE: 'wayland', DISPLAY: ':0', WAYLAND_DISPLAY: 'wayland-0' }), 'wayland');
    assert.equal(detectSession({ WAYLAND_DISPLAY: 'wayland-0' }), 'wayland');
    assert.equal(detectSession({ WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0' }), 'x11');
    assert.equal(detectSession({ XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' }), 'x11');
    assert.equal(detectSession({ DISPLAY: ':1' }), 'x11');
    assert.equal(detectSession({}), 'none');
  });

  it('names the compositor: its own variables first, then XDG_CURRENT_DESKTOP', () => {
    assert.equal(detectCompositor({ SWAYSOCK: '/run/user/1000/sway-ipc.sock', XDG_CURRENT_DESKTOP: 'GNOME' }), 'sway');
    assert.equal(detectCompositor({ HYPRLAND_INSTANCE_SIGNATURE: 'abc_123' }), 'hyprland');
    assert.equal(detectCompositor({ XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' }), 'gnome');
    assert.equal(detectCompositor({ XDG_CURRENT_DESKTOP: 'KDE' }), 'kde');
    assert.equal(detectCompositor({ XDG_CURRENT_DESKTOP: 'Hyprland' }), 'hyprland');
    assert.equal(detectCompositor({ XDG_CURRENT_DESKTOP: 'river' }), 'other');
  });

  it('picks wtype where the virtual keyboard exists, ydotool where its daemon runs, else none with the reason', () => {
    const all = () => true;
    const socket = '/run/user/1000/.ydotool_socket';
    assert.deepEqual(chooseWaylandKeyTool({ compositor: 'sway', installed: all, ydotoolSocket: socket }), { tool: 'wtype' });
    assert.deepEqual(chooseWaylandKeyTool({ compositor: 'other', installed: all, ydotoolSocket: undefined }), { tool: 'wtype' });
    // GNOME and KDE have no virtual-keyboard protocol for wtype: ydotool if its daemon runs.
    assert.deepEqual(chooseWaylandKeyTool({ compositor: 'gnome', installed: all, ydotoolSocket: socket }), { tool: 'ydotool' });
    assert.deepEqual(chooseWaylandKeyTool({ compositor: 'sway', installed: (p) => p === 'ydotool', ydotoolSocket: socket }), { tool: 'ydotool' });
    const gnome = chooseWaylandKeyTool({ compositor: 'gnome', installed: all, ydotoolSocket: undefined });
    assert.equal(gnome.tool, undefined);
    assert.match(gnome.tool === undefined ? gnome.reason : '', /GNOME does not let wtype type.*ydotool is installed but its daemon is not running/);
    const bare = chooseWaylandKeyTool({ compositor: 'sway', installed: () => false, ydotoolSocket: undefined });
    assert.match(bare.tool === undefined ? bare.reason : '', /wtype is not installed \(`sudo apt install wtype`\).*ydotool is not installed/);
  });

  it("finds ydotoold's socket where the client looks for it", () => {
    const at = (...paths: string[]) => (p: string) => paths.includes(p);
    assert.equal(ydotoolSocket({ YDOTOOL_SOCKET: '/x/sock' }, at('/x/sock')), '/x/sock');
    assert.equal(ydotoolSocket({ YDOTOOL_SOCKET: '/x/sock' }, at('/tmp/.ydotool_socket')), undefined, 'an explicit socket is the only one tried');
    assert.equal(ydotoolSocket({ XDG_RUNTIME_DIR: '/run/user/1000' }, at('/run/user/1000/.ydotool_socket', '/tmp/.ydotool_socket')), '/run/user/1000/.ydotool_socket');
    assert.equal(ydotoolSocket({}, at('/tmp/.ydotool_socket')), '/tmp/.ydotool_socket');
    assert.equal(ydotoolSocket({}, at()), undefined);
  });

  it('tells the user which compositor binding to use when the portal shortcut is missing or did not bind', () => {
    assert.match(compositorBindingAdvice('sway'), /bindsym --no-repeat .* voskey control begin.*bindsym --release .* voskey control end/);
    assert.match(compositorBindingAdvice('hyprland'), /bind = .*voskey control begin.*bindr = .*voskey control end/);
    assert.match(compositorBindingAdvice('gnome'), /Custom Shortcuts.*voskey control toggle/);
    assert.match(compositorBindingAdvice('kde'), /voskey control toggle/);
    assert.match(waylandShortcutNotice('sway'), /GlobalShortcuts portal.*if pressing it does nothing, in sway, bind it/);
  });
});

describe('Wayland: wtype and ydotool runs', () => {
  it('wtype: every run waits 50 ms before its first key, text goes through stdin, one text per run', () => {
    const runs = waylandRuns('wtype', [
      { kind: 'tap', key: 'left', modifiers: [], count: 2 },
      { kind: 'tap', key: 'backspace', modifiers: [] },
      { kind: 'text', text: 'my pin 4711' },
      { kind: 'tap', key: 'right', modifiers: [], count: 2 },
      { kind: 'text', text: '!' },
      { kind: 'tap', key: 'v', modifiers: ['control', 'shift'] },
    ]);
    // Keys named after a text would take their codes before it: they start the next run.
    assert.deepEqual(runs, [
      { argv: ['wtype', '-s', '50', '-k', 'Left', '-k', 'Left', '-k', 'BackSpace', '-'], stdin: 'my pin 4711' },
      { argv: ['wtype', '-s', '50', '-k', 'Right', '-k', 'Right', '-'], stdin: '!' },
      { argv: ['wtype', '-s', '50', '-M', 'ctrl', '-M', 'shift', '-k', 'v', '-m', 'shift', '-m', 'ctrl'] },
    ]);
    for (const run of runs) assert.ok(!run.argv.join(' ').includes('4711'), 'the dictated text never reaches argv (ps shows it to every user)');
  });

  it('wtype: no character but a letter or digit lands on a key code Chromium reads as another key', () => {
    // Code 1 is Escape's: a run starting with a space or punctuation gives it to a key
    // released but never pressed.
    assert.deepEqual(waylandRuns('wtype', [{ kind: 'text', text: ' run' }]), [{ argv: ['wtype', '-s', '50', '-p', 'a', '-'], stdin: ' run' }]);
    assert.deepEqual(waylandRuns('wtype', [{ kind: 'text', text: 'run.' }]), [{ argv: ['wtype', '-s', '50', '-'], stdin: 'run.' }]);
    // The 14th distinct character takes code 14, Backspace's: a letter may, é may not.
    assert.deepEqual(waylandRuns('wtype', [{ kind: 'text', text: 'abcdefghijklmn' }]).length, 1);
    assert.deepEqual(waylandRuns('wtype', [{ kind: 'text', text: 'abcdefghijklmé' }]), [
      { argv: ['wtype', '-s', '50', '-'], stdin: 'abcdefghijklm' },
      { argv: ['wtype', '-s', '50', '-p', 'a', '-'], stdin: 'é' },
    ]);
    // Repeated characters keep their code: only new ones count.
    assert.deepEqual(waylandRuns('wtype', [{ kind: 'text', text: 'aaaa bbbb aaaa' }]), [{ argv: ['wtype', '-s', '50', '-'], stdin: 'aaaa bbbb aaaa' }]);
  });

  it('wtype ignores the held-key toggles (its virtual keyboard has its own modifiers); ydotool presses them', () => {
    const actions: KeyAction[] = [
      { kind: 'toggle', key: 'control', down: false, heldByUser: true },
      { kind: 'text', text: 'hi' },
      { kind: 'tap', key: 'enter', modifiers: [] },
      { kind: 'toggle', key: 'control', down: true, heldByUser: true },
    ];
    assert.deepEqual(waylandRuns('wtype', actions), [{ argv: ['wtype', '-s', '50', '-'], stdin: 'hi' }, { argv: ['wtype', '-s', '50', '-k', 'Return'] }]);
    assert.deepEqual(waylandRuns('ydotool', actions), [
      { argv: ['ydotool', 'key', '29:0'] },
      { argv: ['ydotool', 'type', '--key-delay', '0', '--file', '-'], stdin: 'hi' },
      { argv: ['ydotool', 'key', '28:1', '28:0', '29:1'] },
    ]);
    assert.deepEqual(waylandRuns('ydotool', [{ kind: 'tap', key: 'v', modifiers: ['control'] }]), [{ argv: ['ydotool', 'key', '29:1', '47:1', '47:0', '29:0'] }]);
  });

  it('an unknown key is an error with its name, not a wrong key', () => {
    assert.throws(() => waylandRuns('wtype', [{ kind: 'tap', key: 'hyperdrive', modifiers: [] }]), /no key named "hyperdrive"/);
    assert.throws(() => waylandRuns('ydotool', [{ kind: 'tap', key: 'hyperdrive', modifiers: [] }]), /no key code for "hyperdrive"/);
  });

  it('every spoken key command and paste chord has a key in both tools', () => {
    const taps: KeyAction[] = KEY_COMMAND_PHRASES.flatMap((phrase) => keyPressActions(matchKeyCommand(phrase)?.keys));
    taps.push(...(['ctrl+v', 'ctrl+shift+v', 'shift+insert'] as const).map(pasteTap));
    assert.ok(taps.length > 10);
    for (const tool of ['wtype', 'ydotool'] as const) for (const tap of taps) assert.doesNotThrow(() => waylandRuns(tool, [tap]), `${tool}: ${JSON.stringify(tap)}`);
  });

  // Wayland is Linux's (and the BSDs'); on Windows a '#!/bin/sh' stand-in cannot be run.
  const noShellScripts = process.platform === 'win32' ? 'the stand-in tool is a #!/bin/sh script, which Windows cannot run (Wayland is Linux\'s)' : false;
  for (const tool of ['wtype', 'ydotool'] as const) {
    it(`${tool}: the typist runs the tool with the text on stdin, never in its argv`, { skip: noShellScripts }, async (t) => {
      // A stand-in for ${tool} that records its argv and stdin. The real wtype runs in
      // wayland-sway.test.ts; ydotool needs /dev/uinput and ydotoold, which this machine lacks.
      const dir = mkdtempSync(join(tmpdir(), 'voskey-wayland-'));
      t.after(() => rmSync(dir, { recursive: true, force: true }));
      const script = join(dir, tool);
      writeFileSync(script, `#!/bin/sh\nn=$(ls "${dir}" | grep -c '^run')\nprintf '%s\\n' "$@" > "${dir}/run$n.argv"\ncat > "${dir}/run$n.stdin"\n`);
      chmodSync(script, 0o755);
      const typist = createWaylandTypist(keystrokes, {
        env: { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}`, XDG_CURRENT_DESKTOP: tool === 'wtype' ? 'sway' : 'GNOME' },
        installed: (name) => name === tool,
        ydotoolSocket: '/run/user/1000/.ydotool_socket',
        activeWindow: { current: async () => undefined },
      });
      const secret = 'my bank pin is 4711';
      const report = await typist.apply({ backspaces: 1, text: secret });
      assert.equal(report.method, 'keystrokes');
      const argvs = readdirSync(dir).filter((n) => n.endsWith('.argv')).sort().map((n) => readFileSync(join(dir, n), 'utf8'));
      const stdins = readdirSync(dir).filter((n) => n.endsWith('.stdin')).sort().map((n) => readFileSync(join(dir, n), 'utf8'));
      for (const argv of argvs) assert.ok(!argv.includes('4711') && !argv.includes('bank'), `argv leaked the text: ${argv}`);
      assert.ok(stdins.includes(secret), 'the text reached the tool through stdin');
    });
  }

  it('a compositor that turns wtype away (no virtual keyboard) gets the next choice, for this edit and the rest', { skip: noShellScripts }, async (t) => {
    // Stand-ins: a wtype that answers as the real one does where the protocol is missing,
    // and a ydotool that records what it was asked to type (no uinput or ydotoold here).
    const dir = mkdtempSync(join(tmpdir(), 'voskey-wayland-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'wtype'), `#!/bin/sh\necho wtype >> "${dir}/calls"\necho "Compositor does not support the virtual keyboard protocol" >&2\nexit 1\n`);
    writeFileSync(join(dir, 'ydotool'), `#!/bin/sh\necho ydotool "$1" >> "${dir}/calls"\ncat >> "${dir}/typed"\n`);
    for (const tool of ['wtype', 'ydotool']) chmodSync(join(dir, tool), 0o755);
    const warnings: string[] = [];
    const log = { info: () => {}, warn: (m: string) => void warnings.push(m), error: () => {} };
    const typist = createWaylandTypist(keystrokes, {
      env: { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}`, XDG_CURRENT_DESKTOP: 'river', SWAYSOCK: '', HYPRLAND_INSTANCE_SIGNATURE: '' },
      installed: (name) => name === 'wtype' || name === 'ydotool',
      ydotoolSocket: '/tmp/.ydotool_socket',
      activeWindow: { current: async () => undefined },
      log,
    });
    assert.equal((await typist.apply({ backspaces: 0, text: 'first' })).method, 'keystrokes');
    assert.equal((await typist.apply({ backspaces: 0, text: ' second' })).method, 'keystrokes');
    assert.equal(readFileSync(join(dir, 'typed'), 'utf8'), 'first second', 'nothing was lost on the way');
    assert.deepEqual(readFileSync(join(dir, 'calls'), 'utf8').trim().split('\n'), ['wtype', 'ydotool type', 'ydotool type'], 'wtype is asked once');
    assert.match(warnings.join('\n'), /wtype cannot type here/);
  });

  it('no key tool: the text is left on the clipboard and the report says how to paste it and what to install', async () => {
    let clip = '';
    const clipboard = { read: async () => ({ text: clip }), readText: async () => clip, writeText: async (t: string) => void (clip = t), restore: async () => {} };
    const typist = createWaylandTypist(keystrokes, { env: { XDG_CURRENT_DESKTOP: 'GNOME' }, installed: () => false, ydotoolSocket: undefined, clipboard });
    const report = await typist.apply({ backspaces: 0, text: 'hello', append: ' world' });
    assert.equal(report.method, 'none');
    assert.match(report.refused ?? '', /GNOME does not let wtype type.*on the clipboard: paste it with Ctrl\+V/);
    assert.equal(clip, 'hello world');
    const noClipboard = createWaylandTypist(keystrokes, { env: {}, installed: () => false, ydotoolSocket: undefined });
    assert.match((await noClipboard.apply({ backspaces: 0, text: 'x' })).refused ?? '', /wl-clipboard/);
  });
});

describe("Wayland: the focused window from the compositor's IPC", () => {
  it("sway: the focused con's id, pid and app_id (WM_CLASS for XWayland windows); nothing for an empty workspace", () => {
    const tree = (focused: object) =>
      JSON.stringify({ id: 1, type: 'root', nodes: [{ id: 3, type: 'workspace', nodes: [{ id: 4, type: 'con', app_id: 'chromium', pid: 10 }, focused] }] });
    assert.deepEqual(parseSwayTree(tree({ id: 7, type: 'con', focused: true, app_id: 'foot', pid: 42 })), { id: 7, pid: 42, wmClass: ['foot'] });
    assert.deepEqual(
      parseSwayTree(tree({ id: 8, type: 'floating_con', focused: true, app_id: null, pid: 5, window_properties: { class: 'XTerm', instance: 'xterm' } })),
      { id: 8, pid: 5, wmClass: ['xterm', 'XTerm'] },
    );
    assert.equal(parseSwayTree(JSON.stringify({ id: 1, type: 'root', nodes: [{ id: 3, type: 'workspace', focused: true, nodes: [] }] })), undefined);
    assert.equal(parseSwayTree('not json'), undefined);
  });

  it('Hyprland: hyprctl activewindow -j, its address as the id; nothing when no window has focus', () => {
    assert.deepEqual(parseHyprlandWindow('{"address": "0x55d1c7f1e2a0", "pid": 1234, "class": "foot", "initialClass": "foot", "title": "~"}'), {
      id: 0x55d1c7f1e2a0,
      pid: 1234,
      wmClass: ['foot'],
    });
    assert.equal(parseHyprlandWindow('{}'), undefined);
    assert.equal(parseHyprlandWindow('Invalid'), undefined);
  });

  it('asks the running compositor: swaymsg under sway, hyprctl under Hyprland, nothing elsewhere', async () => {
    const asked: string[] = [];
    const run = async (command: string, args: string[]) => {
      asked.push([command, ...args].join(' '));
      const out = command === 'swaymsg' ? JSON.stringify({ id: 2, type: 'con', focused: true, app_id: 'foot' }) : '{"address":"0x10","class":"kitty"}';
      return { code: 0, stdout: Buffer.from(out), stderr: '' };
    };
    assert.deepEqual(await createWaylandActiveWindowProbe({ SWAYSOCK: '/s' }, run).current(), { id: 2, wmClass: ['foot'] });
    assert.deepEqual(await createWaylandActiveWindowProbe({ HYPRLAND_INSTANCE_SIGNATURE: 'x' }, run).current(), { id: 16, wmClass: ['kitty'] });
    assert.equal(await createWaylandActiveWindowProbe({ XDG_CURRENT_DESKTOP: 'GNOME' }, run).current(), undefined);
    assert.deepEqual(asked, ['swaymsg -t get_tree --raw', 'hyprctl activewindow -j']);
  });
});

describe('Wayland: what wtype types and what is pasted', () => {
  it('wtype types any text of the Basic Multilingual Plane, so the typist pastes only the rest', async () => {
    assert.equal(wtypeTypesText('Screenshot: café naïve — 100% ☃\nok'), true);
    assert.equal(wtypeTypesText('smile 😀'), false, 'Chromium dropped characters above U+FFFF typed by wtype');
    assert.equal(wtypeTypesText('zero\u200bwidth'), false);
    // The typist asks the sender: with wtype's answer, only the emoji word is pasted.
    const sent: KeyAction[] = [];
    let clip = '';
    const typist = createTypist(keystrokes, {
      keys: { send: async (a) => void sent.push(...a), typesText: wtypeTypesText, close: () => {} },
      clipboard: { read: async () => ({ text: clip }), readText: async () => clip, writeText: async (t) => void (clip = t), restore: async (s) => void (clip = s.text ?? '') },
      pasteTiming: { blindTargetMs: 0, restoreQuietMs: 0 },
    });
    const report = await typist.apply({ backspaces: 0, text: 'café ☃ 😀' });
    assert.equal(report.method, 'mixed');
    assert.deepEqual(sent.filter((a) => a.kind === 'text'), [{ kind: 'text', text: 'café ☃ ' }]);
    await typist.close();
  });
});
