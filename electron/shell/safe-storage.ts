// Encrypts the server token at rest with the OS keychain (Keychain, DPAPI, libsecret/kwallet)
// through Electron's safeStorage. The settings store uses this SecretBox and keeps the token
// out of settings.json in plain text when isAvailable() is true.
import { safeStorage } from 'electron';
import type { SecretBox } from '../settings/ports.js';

export const electronSecretBox: SecretBox = {
  isAvailable() {
    // On Linux without a keyring Chromium falls back to 'basic_text': a fixed, public key.
    // Calling that encryption would be a false promise, so report it as unavailable.
    if (!safeStorage.isEncryptionAvailable()) return false;
    return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
  },
  encrypt(plain) {
    return safeStorage.encryptString(plain);
  },
  decrypt(data) {
    return safeStorage.decryptString(data);
  },
};
