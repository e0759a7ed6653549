import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registerToggleShortcut, type ShortcutService } from '../../electron/shell/shortcut-registration.js';

function fakeService(taken: string[] = []) {
  const held = new Map<string, () => void>();
  const service: ShortcutService = {
    register(accelerator, callback) {
      if (taken.includes(accelerator)) return false;
      held.set(accelerator, callback);
      return true;
    },
    unregister(accelerator) {
      held.delete(accelerator);
    },
  };
  return { service, held };
}

test('registers the canonical accelerator and pressing it toggles', () => {
  const { service, held } = fakeService();
  let toggles = 0;
  const r = registerToggleShortcut(service, 'ctrl + alt + space', () => toggles++);
  assert.equal(r.ok, true);
  assert.ok(r.ok);
  assert.equal(r.accelerator, 'Control+Alt+Space');
  held.get('Control+Alt+Space')!();
  assert.equal(toggles, 1);
  r.unregister();
  r.unregister();
  assert.equal(held.size, 0);
});

test('a hotkey held by another application gives a message that says so and what to do', () => {
  const { service } = fakeService(['Control+Alt+Space']);
  const r = registerToggleShortcut(service, 'Control+Alt+Space', () => {});
  assert.equal(r.ok, false);
  assert.ok(!r.ok && /already used by another application/.test(r.message) && /Settings/.test(r.message));
});

test('a malformed hotkey is refused with the parser message, and nothing is registered', () => {
  const { service, held } = fakeService();
  for (const text of ['', 'Control+', 'Banana+Q']) {
    const r = registerToggleShortcut(service, text, () => {});
    assert.equal(r.ok, false, text);
    assert.ok(!r.ok && r.message.length > 0);
  }
  assert.equal(held.size, 0);
});

test('a service that throws becomes a message, not a crash', () => {
  const service: ShortcutService = {
    register() {
      throw new Error('conversion failed');
    },
    unregister() {},
  };
  const r = registerToggleShortcut(service, 'Control+Alt+Space', () => {});
  assert.ok(!r.ok && /could not be registered: conversion failed/.test(r.message));
});
