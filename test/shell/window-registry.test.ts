import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WindowRegistry } from '../../electron/shell/window-registry.js';

test('windows are known by webContents id until forgotten', () => {
  const registry = new WindowRegistry<string>();
  registry.register(7, 'settings', 'settings window');
  registry.register(9, 'overlay', 'overlay window');
  registry.register(11, 'settings', 'second settings window');
  assert.equal(registry.pageOf(7), 'settings');
  assert.equal(registry.pageOf(8), null, 'an id we never registered is not ours');
  assert.deepEqual(registry.windowsOf('settings'), ['settings window', 'second settings window']);
  assert.deepEqual(registry.get(9), { page: 'overlay', window: 'overlay window' });
  registry.forget(7);
  assert.equal(registry.pageOf(7), null, 'a closed window stops being trusted');
  assert.deepEqual(registry.windowsOf('settings'), ['second settings window']);
  assert.equal(registry.all().length, 2);
});
