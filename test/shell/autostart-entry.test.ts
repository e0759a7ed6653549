import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { autostartDir, desktopEntry, isAutostartEnabled, quoteExecArg, setAutostart } from '../../electron/shell/autostart-entry.js';

test('start at login writes an XDG autostart entry and removes it again', (t) => {
  const dir = join(mkdtempSync(join(tmpdir(), 'voskey-autostart-')), 'autostart');
  t.after(() => rmSync(join(dir, '..'), { recursive: true, force: true }));
  assert.equal(isAutostartEnabled(dir), false);
  setAutostart(true, ['/opt/My Apps/Voskey.AppImage', '--hidden'], dir);
  assert.equal(isAutostartEnabled(dir), true);
  const text = readFileSync(join(dir, 'voskey.desktop'), 'utf8');
  assert.match(text, /^\[Desktop Entry\]$/m);
  assert.match(text, /^Exec="\/opt\/My Apps\/Voskey.AppImage" --hidden$/m);
  setAutostart(false, [], dir);
  assert.equal(isAutostartEnabled(dir), false);
  setAutostart(false, [], dir); // removing twice is fine
});

// Desktop Entry Specification 1.5, "The Exec key": quote, escape " ` $ \ with a backslash,
// then apply the string escape (every backslash doubled), and write a literal % as %%.
test('Exec quoting escapes characters the desktop-entry spec reserves, in both escape layers', () => {
  assert.equal(quoteExecArg('/a/b"c$d'), String.raw`"/a/b\\"c\\$d"`);
  assert.equal(quoteExecArg('C:\\x y'), String.raw`"C:\\\\x y"`, 'a literal backslash is four in the file');
  assert.match(desktopEntry(['/a/b"c$d']), /^Exec="\/a\/b\\\\"c\\\\\$d"$/m);
});

test('a literal % is written %%, quoted or not, so it is never read as a field code (%f, %u…)', () => {
  assert.equal(quoteExecArg('/home/ada/100%/voskey'), '/home/ada/100%%/voskey');
  assert.equal(quoteExecArg('/home/ada/50% off/voskey'), '"/home/ada/50%% off/voskey"');
  assert.match(desktopEntry(['/opt/%u/voskey', '--hidden']), /^Exec=\/opt\/%%u\/voskey --hidden$/m);
});

test('autostart folder follows XDG_CONFIG_HOME', () => {
  // Joined with the system's separator (a backslash when the suite runs on Windows).
  assert.equal(autostartDir({ XDG_CONFIG_HOME: '/x/conf' }), join('/x/conf', 'autostart'));
});
