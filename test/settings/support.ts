// Real parts for settings tests: conf (the library under electron-store) on a temp folder,
// and a SecretBox made with node:crypto that stands in for Electron's safeStorage.
import Conf from 'conf';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonStoreFactory, SecretBox } from '../../electron/settings/ports.js';

/** AES-256-GCM with a random per-box key: iv(12) | tag(16) | ciphertext, like safeStorage an opaque Buffer. */
export function aesSecretBox(available = true): SecretBox {
  const key = randomBytes(32);
  return {
    isAvailable: () => available,
    encrypt(plain) {
      if (!available) throw new Error('secure storage is not available');
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(data) {
      if (!available) throw new Error('secure storage is not available');
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

/** conf writing settings.json in `dir`, as electron-store writes it in userData. */
export function confStore(dir: string): JsonStoreFactory {
  return (options) => new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', ...options });
}

export function tempDir(t: { after(fn: () => void): void }, prefix = 'voskey-settings-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
