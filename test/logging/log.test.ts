import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../electron/logging/log.js';

function withDir(run: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'voskey-log-'));
  try {
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function allLogText(dir: string): string {
  return readdirSync(dir)
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('');
}

test('lines below the level are dropped; the rest carry time and level', () => {
  withDir((dir) => {
    const log = createLogger({ dir, level: 'info' });
    log.debug('too chatty');
    log.info('connected to wss://example.hf.space');
    log.error('unpack failed');
    const text = readFileSync(log.file, 'utf8');
    assert.doesNotMatch(text, /too chatty/);
    assert.match(text, /^\d{4}-\d\d-\d\dT[\d:.]+Z INFO {2}connected to wss:\/\/example\.hf\.space$/m);
    assert.match(text, /ERROR unpack failed/);
  });
});

test('the file rotates at the size cap and keeps only N old files', () => {
  withDir((dir) => {
    const log = createLogger({ dir, maxBytes: 2048, keep: 2 });
    for (let i = 0; i < 200; i++) log.info(`line ${i} ${'x'.repeat(60)}`);
    assert.deepEqual(readdirSync(dir).sort(), ['voskey.1.log', 'voskey.2.log', 'voskey.log']);
    for (const file of readdirSync(dir)) {
      assert.ok(readFileSync(join(dir, file)).length <= 2048, `${file} is within the cap`);
    }
    // The newest line is in the current file, older ones moved down the chain.
    assert.match(readFileSync(join(dir, 'voskey.log'), 'utf8'), /line 199 /);
    const lineNumber = (file: string) => Number(/line (\d+)/.exec(readFileSync(join(dir, file), 'utf8'))?.[1]);
    assert.ok(lineNumber('voskey.2.log') < lineNumber('voskey.1.log'));
    assert.ok(lineNumber('voskey.1.log') < lineNumber('voskey.log'));
  });
});

test('a new logger on an existing file continues it and still respects the cap', () => {
  withDir((dir) => {
    createLogger({ dir, maxBytes: 1024 }).info('x'.repeat(900));
    createLogger({ dir, maxBytes: 1024 }).info('y'.repeat(900));
    assert.deepEqual(readdirSync(dir).sort(), ['voskey.1.log', 'voskey.log']);
  });
});

test('tokens and Authorization headers never reach the log', () => {
  withDir((dir) => {
    const token = 'hf_AbCdEfGhIjKlMnOpQrStUvWxYz012345';
    const stored = 'my-private-server-token-42';
    const log = createLogger({ dir, level: 'debug' });
    log.redactor.addSecret(stored);
    log.info(`connecting with Authorization: Bearer ${token}`);
    log.info(`headers {"Authorization":"Bearer ${stored}","Accept":"*/*"}`);
    log.info(`GET wss://me-space.hf.space/?token=${stored}&lang=en`);
    log.warn(`server said: invalid token ${stored}`);
    log.debug(`request {"headers":{"authorization":"Bearer ${token}","host":"x"},"api_key":"k-123456789"}`);
    log.error(`failed: 401 for Bearer ${token}`);
    log.info(`proxy http://user:${stored}@proxy.local:3128`);
    const text = allLogText(dir);
    assert.doesNotMatch(text, /hf_AbCdEf/);
    assert.doesNotMatch(text, /my-private-server-token/);
    assert.doesNotMatch(text, /k-123456789/);
    assert.match(text, /Authorization: \[redacted\]/);
    assert.match(text, /user:\[redacted\]@proxy/);
    assert.match(text, /"host":"x"/, 'harmless fields stay readable');
    assert.match(text, /lang=en/, 'the rest of a URL stays readable');
    assert.equal(text.split('\n').filter(Boolean).length, 7);
  });
});
