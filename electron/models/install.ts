// Turns a downloaded archive into an installed model: checks size and checksum against
// the catalogue, checks the archive holds a Vosk model before writing anything, then
// unpacks into a temporary folder beside the target and renames it into place, so the
// models folder only ever holds complete models. Any failure removes the temporary folder.

import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { isSafeModelName } from './catalogue.js';
import { missingModelParts } from './structure.js';
import { extractZip, readZipEntries, ZipError, type ZipEntry } from './zip.js';

export type InstallProblem = 'size' | 'checksum' | 'corrupt' | 'not-a-model' | 'bad-name';

export class ModelInstallError extends Error {
  override name = 'ModelInstallError';
  constructor(
    readonly problem: InstallProblem,
    message: string,
  ) {
    super(message);
  }
}

export interface InstallOptions {
  /** Expected archive size in bytes; null or undefined skips the check. */
  expectedSize?: number | null;
  /** Expected SHA-256 (hex); null or undefined skips the check. */
  sha256?: string | null;
  /** Called when unpacking starts, after every check passed. */
  onUnpacking?: () => void;
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/** Vosk's archives wrap everything in one folder named after the model; find it to strip it. */
function commonTopFolder(entries: ZipEntry[]): string {
  const tops = new Set(entries.map((e) => e.name.split('/')[0]));
  const [only] = tops;
  const wrapped = tops.size === 1 && only !== undefined && entries.some((e) => e.name.startsWith(`${only}/`));
  return wrapped ? `${only}/` : '';
}

/** Checks `archivePath` and unpacks it to `<modelsDir>/<name>`; returns that folder. */
export async function installModelArchive(
  archivePath: string,
  modelsDir: string,
  name: string,
  options: InstallOptions = {},
): Promise<string> {
  if (!isSafeModelName(name)) throw new ModelInstallError('bad-name', `"${name}" is not a valid model name`);
  const { size } = await stat(archivePath);
  if (options.expectedSize != null && size !== options.expectedSize) {
    throw new ModelInstallError(
      'size',
      `The download of ${name} is ${size.toLocaleString('en')} bytes but should be ${options.expectedSize.toLocaleString('en')}. ` +
        'It was removed; please download it again.',
    );
  }
  if (options.sha256 != null && (await sha256Of(archivePath)) !== options.sha256.toLowerCase()) {
    throw new ModelInstallError(
      'checksum',
      `The download of ${name} does not match its published checksum, so it was not installed. Please download it again.`,
    );
  }

  let entries: ZipEntry[];
  try {
    entries = await readZipEntries(archivePath);
  } catch (error) {
    throw asCorrupt(name, error);
  }
  const prefix = commonTopFolder(entries);
  const strip = (entryName: string): string | null =>
    entryName.startsWith(prefix) ? entryName.slice(prefix.length) : null;
  const files = new Set(entries.filter((e) => !e.isDirectory).map((e) => strip(e.name)));
  const missing = missingModelParts((rel) => files.has(rel));
  if (missing.length > 0) {
    throw new ModelInstallError(
      'not-a-model',
      `The archive for ${name} is not a Vosk model: it lacks ${missing.join(', ')}. Nothing was installed.`,
    );
  }

  await mkdir(modelsDir, { recursive: true });
  const suffix = randomBytes(4).toString('hex');
  const temporary = join(modelsDir, `.unpack-${name}-${suffix}`);
  const target = join(modelsDir, name);
  const previous = join(modelsDir, `.old-${name}-${suffix}`);
  options.onUnpacking?.();
  try {
    await extractZip(archivePath, entries, temporary, strip);
    // Replace an existing copy with the fewest moments where neither exists.
    const hadPrevious = await rename(target, previous).then(
      () => true,
      (e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? false : Promise.reject(e)),
    );
    await rename(temporary, target);
    if (hadPrevious) await rm(previous, { recursive: true, force: true });
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw asCorrupt(name, error);
  }
  return target;
}

function asCorrupt(name: string, error: unknown): unknown {
  if (!(error instanceof ZipError)) return error;
  return new ModelInstallError(
    'corrupt',
    `The archive for ${name} is damaged: ${error.message}. Nothing was installed; please download it again.`,
  );
}
