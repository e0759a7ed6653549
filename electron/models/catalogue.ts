// The Vosk models Voskey offers to download. The URLs are only written down here; the
// download code fetches them when the user asks.
//
// Sizes and SHA-256 sums were looked up in public material (copies of alphacephei's
// model-list.json and several independent projects that pin these archives) and agree
// across at least two sources each:
//   small-en-us-0.15  41,205,931 B  sha256 30f26242…42498
//   small-de-0.15     46,499,967 B  sha256 b7e53c90…d5e43
//   small-fr-0.22     42,233,323 B  sha256 cabf6180…e12ad
//   small-es-0.42     39,817,833 B  sha256 09b23988…6511f
// If alphacephei ever republishes an archive, the check refuses it with a message that
// names the mismatch, rather than installing something unverified.

import type { CatalogueModel } from './types.js';

const BASE_URL = 'https://alphacephei.com/vosk/models';

function entry(
  name: string,
  language: string,
  languageName: string,
  sizeBytes: number | null,
  sha256: string | null,
): CatalogueModel {
  return { name, language, languageName, url: `${BASE_URL}/${name}.zip`, sizeBytes, sha256 };
}

export const CATALOGUE: readonly CatalogueModel[] = Object.freeze([
  entry(
    'vosk-model-small-en-us-0.15',
    'en-us',
    'English (US)',
    41_205_931,
    '30f26242c4eb449f948e42cb302dd7a686cb29a3423a8367f99ff41780942498',
  ),
  entry(
    'vosk-model-small-de-0.15',
    'de',
    'German',
    46_499_967,
    'b7e53c90b1f0a38456f4cd62b366ecd58803cd97cd42b06438e2c131713d5e43',
  ),
  entry(
    'vosk-model-small-fr-0.22',
    'fr',
    'French',
    42_233_323,
    'cabf6180e177eb9b3a9a9d43a437bd5e549f3a7d09525e5d69a3fed787be12ad',
  ),
  entry(
    'vosk-model-small-es-0.42',
    'es',
    'Spanish',
    39_817_833,
    '09b239888f633ef2f0b4e09736e3d9936acfd810bc65d53fad45261762c6511f',
  ),
]);

export function findInCatalogue(name: string): CatalogueModel | undefined {
  return CATALOGUE.find((m) => m.name === name);
}

/** Model names become folder names: refuse anything that could escape the models folder. */
export function isSafeModelName(name: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(name) && !name.includes('..');
}
