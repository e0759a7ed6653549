// A second Voskey process saving settings (the other half of two-writers.test.ts): opens
// the settings in the folder given, applies the patch given as JSON, and exits 0 if the
// save succeeded. Its own secret box: tokens are not what this process changes.
import { SettingsService } from '../../electron/settings/service.js';
import { aesSecretBox, confStore } from './support.js';

const [dir, patch] = process.argv.slice(2);
const settings = new SettingsService({ createStore: confStore(dir!), secretBox: aesSecretBox() });
const result = settings.update(JSON.parse(patch!) as Record<string, unknown>);
if (!result.ok) {
  console.error(JSON.stringify(result.errors));
  process.exit(1);
}
