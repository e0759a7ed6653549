// Builds small zip archives for the model tests: a fake "model" with the layout of a real
// Vosk small model (wrapped in a top-level folder, as alphacephei ships them), and helpers
// to break one. Written by hand with node:zlib so the tests need no zip tool.

import { crc32, deflateRawSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';

export interface ZipFile {
  name: string;
  data: Buffer;
  /** Store instead of deflate. */
  stored?: boolean;
}

export function buildZip(files: ZipFile[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const isDir = file.name.endsWith('/');
    const method = isDir || file.stored ? 0 : 8;
    const body = method === 8 ? deflateRawSync(file.data) : file.data;
    const crc = crc32(file.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(file.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4); // made by Unix
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(file.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((isDir ? 0o40755 : 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The files of a Vosk small model (content is filler, big enough to compress). */
export function fakeModelFiles(top: string, filler = 20_000): ZipFile[] {
  const text = (label: string, n: number) => Buffer.from(`${label} `.repeat(Math.ceil(n / (label.length + 1))).slice(0, n));
  return [
    { name: `${top}/`, data: Buffer.alloc(0) },
    { name: `${top}/am/final.mdl`, data: text('acoustic-model', filler) },
    { name: `${top}/conf/model.conf`, data: Buffer.from('--min-active=200\n--max-active=3000\n') },
    { name: `${top}/conf/mfcc.conf`, data: Buffer.from('--sample-frequency=16000\n--use-energy=false\n'), stored: true },
    { name: `${top}/graph/HCLr.fst`, data: text('hclr', filler) },
    { name: `${top}/graph/Gr.fst`, data: text('gr', filler) },
    { name: `${top}/graph/phones/word_boundary.int`, data: Buffer.from('1 nonword\n2 begin\n') },
    { name: `${top}/README`, data: Buffer.from('US English model for mobile Vosk applications\n') },
  ];
}

export function fakeModelZip(top: string, filler?: number): Buffer {
  return buildZip(fakeModelFiles(top, filler));
}

/** Same archive with bytes flipped inside the first deflated entry's data: CRC or inflate fails. */
export function corruptZip(zip: Buffer): Buffer {
  const copy = Buffer.from(zip);
  const marker = copy.indexOf('am/final.mdl');
  // Data starts right after the local header's name; damage a stretch in the middle of it.
  const at = marker + 'am/final.mdl'.length + 40;
  for (let i = at; i < at + 16; i++) copy[i] = (copy[i] ?? 0) ^ 0x5a;
  return copy;
}

/**
 * A model archive big enough to pause or cancel part-way: the fake files compress to a few
 * KiB, so a random (incompressible) stored entry of `bytes` is added.
 */
export function largeModelZip(top: string, bytes = 300_000): Buffer {
  return buildZip([...fakeModelFiles(top), { name: `${top}/ivector/final.ie`, data: randomBytes(bytes), stored: true }]);
}
