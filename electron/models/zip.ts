// A small zip reader for model archives: reads the central directory, then extracts stored
// and deflated entries with node:zlib, checking every entry's CRC-32 and size as it goes
// (so extracting is also the archive test). Zip64 is read because large Vosk models can
// pass 4 GiB. Anything we cannot trust (encryption, other methods, symlinks, paths that
// would land outside the target folder) is refused with a message naming the entry.
//
// Why not yauzl (considered for issue 15): its README (v3.4.0) says it does not check CRC-32
// ("No CRC-32 Checking": the field "is not used for anything in this library") and that
// zip-bomb heuristics on the size metadata "are outside the scope of this library". We would
// still write the CRC check, the total-size and ratio limits (install.ts), the symlink and
// path refusals, and a promise wrapper around its callback/event API — no less code than
// this reader, plus a dependency. It does enforce each entry's declared size while
// streaming, as EntryCheck below does.

import { open, mkdir, type FileHandle } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw, crc32 } from 'node:zlib';
import { errorMessage } from '../common/error-message.js';

export class ZipError extends Error {
  override name = 'ZipError';
}

/** The file system refused to write an entry (name too long, disk full, …): not the archive's fault. */
export class ZipWriteError extends Error {
  override name = 'ZipWriteError';
  constructor(
    readonly entryName: string,
    override readonly cause: NodeJS.ErrnoException,
  ) {
    super(`${entryName}: ${cause.message}`);
  }
}

/** The sum of the sizes the archive declares for its files (each is checked while unpacking). */
export function declaredUnpackedBytes(entries: readonly ZipEntry[]): number {
  return entries.reduce((total, entry) => total + (entry.isDirectory ? 0 : entry.uncompressedSize), 0);
}

export interface ZipEntry {
  /** Path inside the archive, always with forward slashes. */
  name: string;
  isDirectory: boolean;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const MAX_COMMENT = 0xffff;

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  if (bytesRead !== length) throw new ZipError('the archive is truncated');
  return buffer;
}

function toNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError('the archive declares an impossible size');
  return Number(value);
}

interface Directory {
  entries: number;
  size: number;
  offset: number;
}

async function findDirectory(file: FileHandle, fileSize: number): Promise<Directory> {
  const tailLength = Math.min(fileSize, 22 + MAX_COMMENT);
  if (tailLength < 22) throw new ZipError('the file is too small to be a zip archive');
  const tailStart = fileSize - tailLength;
  const tail = await readAt(file, tailStart, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new ZipError('it is not a zip archive (no end-of-directory record; the download may be incomplete)');
  let directory: Directory = {
    entries: tail.readUInt16LE(at + 10),
    size: tail.readUInt32LE(at + 12),
    offset: tail.readUInt32LE(at + 16),
  };
  const locatorAt = tailStart + at - 20;
  if (locatorAt >= 0) {
    const locator = await readAt(file, locatorAt, 20);
    if (locator.readUInt32LE(0) === ZIP64_LOCATOR_SIGNATURE) {
      const recordOffset = toNumber(locator.readBigUInt64LE(8));
      const record = await readAt(file, recordOffset, 56);
      if (record.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) throw new ZipError('the zip64 directory record is damaged');
      directory = {
        entries: toNumber(record.readBigUInt64LE(32)),
        size: toNumber(record.readBigUInt64LE(40)),
        offset: toNumber(record.readBigUInt64LE(48)),
      };
    }
  }
  if (directory.offset + directory.size > fileSize) throw new ZipError('the archive is truncated (its directory lies past the end of the file)');
  return directory;
}

/** Replaces 0xFFFFFFFF placeholders with the values from the zip64 extra field. */
function applyZip64(extra: Buffer, entry: ZipEntry): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + size) throw new ZipError(`the zip64 field of ${entry.name} is damaged`);
        const value = toNumber(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
}

/** Lists the archive's entries, refusing archives we would not extract. */
export async function readZipEntries(path: string): Promise<ZipEntry[]> {
  const file = await open(path, 'r');
  try {
    const { size: fileSize } = await file.stat();
    const directory = await findDirectory(file, fileSize);
    const data = await readAt(file, directory.offset, directory.size);
    const entries: ZipEntry[] = [];
    let at = 0;
    for (let i = 0; i < directory.entries; i++) {
      if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
        throw new ZipError('the archive directory is damaged');
      }
      const flags = data.readUInt16LE(at + 8);
      const nameLength = data.readUInt16LE(at + 28);
      const extraLength = data.readUInt16LE(at + 30);
      const commentLength = data.readUInt16LE(at + 32);
      const externalAttributes = data.readUInt32LE(at + 38);
      const name = data.toString('utf8', at + 46, at + 46 + nameLength);
      const entry: ZipEntry = {
        name,
        isDirectory: name.endsWith('/'),
        method: data.readUInt16LE(at + 10),
        crc32: data.readUInt32LE(at + 16),
        compressedSize: data.readUInt32LE(at + 20),
        uncompressedSize: data.readUInt32LE(at + 24),
        localHeaderOffset: data.readUInt32LE(at + 42),
      };
      applyZip64(data.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
      if (flags & 0x1) throw new ZipError(`${name} is encrypted`);
      if ((externalAttributes >>> 16 & 0o170000) === 0o120000) throw new ZipError(`${name} is a symbolic link`);
      if (!entry.isDirectory && entry.method !== STORED && entry.method !== DEFLATED) {
        throw new ZipError(`${name} uses compression method ${entry.method}, which Voskey cannot unpack`);
      }
      checkEntryName(name);
      entries.push(entry);
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    await file.close();
  }
}

/** Refuses names that would write outside the target folder ("zip slip"). */
function checkEntryName(name: string): void {
  const parts = name.split('/');
  const unsafe =
    name.length === 0 ||
    name.includes('\\') ||
    name.includes('\0') ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    parts.some((p) => p === '..');
  if (unsafe) throw new ZipError(`the entry "${name}" has an unsafe path`);
}

/** Counts bytes and CRC-32 of what passes through, and stops at the declared size. */
class EntryCheck extends Transform {
  private crc = 0;
  private bytes = 0;
  constructor(private readonly entry: ZipEntry) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.entry.uncompressedSize) {
      callback(new ZipError(`${this.entry.name} is larger than the archive says`));
      return;
    }
    this.crc = crc32(chunk, this.crc);
    callback(null, chunk);
  }
  override _flush(callback: TransformCallback): void {
    if (this.bytes !== this.entry.uncompressedSize) {
      callback(new ZipError(`${this.entry.name} is ${this.bytes} bytes, the archive says ${this.entry.uncompressedSize}`));
    } else if (this.crc >>> 0 !== this.entry.crc32 >>> 0) {
      callback(new ZipError(`${this.entry.name} is damaged (checksum mismatch)`));
    } else {
      callback();
    }
  }
}

async function dataStart(file: FileHandle, entry: ZipEntry): Promise<number> {
  const header = await readAt(file, entry.localHeaderOffset, 30);
  if (header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new ZipError(`the header of ${entry.name} is damaged`);
  return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
}

/**
 * Extracts entries into `targetDir`. `rename` maps an entry name to its relative output
 * path (or null to skip it), e.g. to strip the archive's top-level folder.
 */
export async function extractZip(
  archivePath: string,
  entries: ZipEntry[],
  targetDir: string,
  rename: (name: string) => string | null,
): Promise<void> {
  const root = resolve(targetDir);
  const file = await open(archivePath, 'r');
  try {
    const { size: fileSize } = await file.stat();
    for (const entry of entries) {
      try {
        await extractEntry(file, fileSize, entry, root, rename);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (!(error instanceof ZipError) && code !== undefined && !code.startsWith('Z_')) throw new ZipWriteError(entry.name, error as NodeJS.ErrnoException);
        throw error;
      }
    }
  } catch (error) {
    if (error instanceof ZipError || error instanceof ZipWriteError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code?.startsWith('Z_')) throw new ZipError(`the archive is damaged (${errorMessage(error)})`);
    throw error;
  } finally {
    await file.close();
  }
}

/** Bytes read from the archive for one entry. */
const READ_CHUNK = 1 << 20;

/**
 * The bytes [start, start + length) of the archive, read by position. Not an fs.ReadStream on
 * the archive's descriptor: when a pipeline fails (the output cannot be created: a name too
 * long, a full disk) it destroys its source, and destroying a ReadStream closes its fd even
 * with autoClose: false. The archive's own close then failed with EBADF, hiding the real
 * error (seen under Windows Node, where the failed open wins the race) — or, had the number
 * been reused meanwhile, closed someone else's file. Ending a generator closes nothing.
 */
async function* readRange(file: FileHandle, start: number, length: number): AsyncGenerator<Buffer> {
  for (let done = 0; done < length; ) {
    const want = Math.min(READ_CHUNK, length - done);
    const { bytesRead, buffer } = await file.read(Buffer.alloc(want), 0, want, start + done);
    if (bytesRead === 0) throw new ZipError('the archive is truncated');
    done += bytesRead;
    yield buffer.subarray(0, bytesRead);
  }
}

/** Writes one entry under `root`, checking its size and CRC-32 as it streams. */
async function extractEntry(
  file: FileHandle,
  fileSize: number,
  entry: ZipEntry,
  root: string,
  rename: (name: string) => string | null,
): Promise<void> {
  const relative = rename(entry.name);
  if (relative === null || relative === '') return;
  const out = resolve(root, relative);
  if (out !== root && !out.startsWith(root + sep)) throw new ZipError(`the entry "${entry.name}" has an unsafe path`);
  if (entry.isDirectory) {
    await mkdir(out, { recursive: true });
    return;
  }
  const start = await dataStart(file, entry);
  if (start + entry.compressedSize > fileSize) throw new ZipError(`the archive is truncated inside ${entry.name}`);
  await mkdir(dirname(out), { recursive: true });
  const source = readRange(file, start, entry.compressedSize);
  // raw write: entries are streamed (a model file can be hundreds of MiB) into a staging
  // folder that replaces the model only once every entry passed EntryCheck (size, CRC-32).
  if (entry.method === DEFLATED) {
    await pipeline(source, createInflateRaw(), new EntryCheck(entry), createWriteStream(out));
  } else {
    await pipeline(source, new EntryCheck(entry), createWriteStream(out));
  }
}
