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
import { describeWriteFailure } from './write-failure.js';
import { declaredUnpackedBytes, extractZip, readZipEntries, ZipError, ZipWriteError, type ZipEntry } from './zip.js';

export type InstallProblem = 'size' | 'checksum' | 'corrupt' | 'not-a-model' | 'bad-name' | 'too-large' | 'write';

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

// How much an archive may unpack to. The declared sizes are summed before anything is
// written, and each entry is stopped at its declared size while it streams (zip.ts), so a
// small archive that declares (or inflates to) gigabytes fills no disk.
/** Vosk models are mostly compact binaries: published archives unpack to 1–3× their size. */
const CATALOGUE_RATIO = 4;
/** An archive picked by hand has no published size behind it: a looser ratio, of its own size. */
const HAND_PICKED_RATIO = 10;
/** Any archive may unpack to this much (small text files compress far better than models). */
const UNPACK_ALLOWANCE_BYTES = 64 * 1024 * 1024;
/** Vosk models hold a few dozen files. */
const MAX_ENTRIES = 10_000;

/** The most `archiveBytes` of archive may unpack to: by the catalogue size when there is one. */
export function unpackLimit(archiveBytes: number, fromCatalogue: boolean): number {
  return Math.max(UNPACK_ALLOWANCE_BYTES, archiveBytes * (fromCatalogue ? CATALOGUE_RATIO : HAND_PICKED_RATIO));
}

function sizeText(bytes: number): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'MiB'] : [bytes / 1024, 'KiB'];
  return `${value.toLocaleString('en', { maximumFractionDigits: 1 })} ${unit}`;
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
  const fromCatalogue = options.expectedSize != null;
  const limit = unpackLimit(options.expectedSize ?? size, fromCatalogue);
  const declared = declaredUnpackedBytes(entries);
  if (declared > limit || entries.length > MAX_ENTRIES) {
    const what = declared > limit ? `would unpack to ${sizeText(declared)}, more than the ${sizeText(limit)} allowed for a ${sizeText(size)} ${fromCatalogue ? 'catalogue' : 'hand-picked'} archive` : `holds ${entries.length.toLocaleString('en')} files, more than any model`;
    throw new ModelInstallError('too-large', `The archive for ${name} ${what}, so it was not unpacked (it is damaged or not a model). Nothing was installed.`);
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

  await mkdir(modelsDir, { recursive: true }).catch((error: unknown) => {
    throw asWriteFailure(name, modelsDir, error);
  });
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
    throw asWriteFailure(name, modelsDir, asCorrupt(name, error));
  }
  return target;
}

/** File-system errors (ENAMETOOLONG, EEXIST, ENOSPC, …) as sentences; anything else as it is. */
function asWriteFailure(name: string, modelsDir: string, error: unknown): unknown {
  const failure = error instanceof ZipWriteError ? { entry: error.entryName, cause: error.cause } : { entry: undefined, cause: error as NodeJS.ErrnoException };
  if (error instanceof ModelInstallError || typeof failure.cause?.code !== 'string') return error;
  const why = describeWriteFailure(failure.cause, modelsDir, failure.entry);
  return new ModelInstallError('write', `Could not unpack ${name}: ${why}. Nothing was installed.`);
}

function asCorrupt(name: string, error: unknown): unknown {
  if (!(error instanceof ZipError)) return error;
  return new ModelInstallError(
    'corrupt',
    `The archive for ${name} is damaged: ${error.message}. Nothing was installed; please download it again.`,
  );
}
