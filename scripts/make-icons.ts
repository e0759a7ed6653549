#!/usr/bin/env -S node --import tsx
// Draws Voskey's icons (a microphone) and writes them as PNG with node:zlib, so no image
// tool is needed. Shapes are signed distance fields, which gives smooth edges at every
// size from 16 px tray icons to the 512 px app icon electron-builder turns into .icns/.ico.
// Usage: node --import tsx scripts/make-icons.ts [outDir]   (default: build/)

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];
type Distance = (x: number, y: number) => number; // in icon units (0..1), negative inside

export const APP_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
export const TRAY_STATES = ['idle', 'listening', 'error'] as const;
export const TRAY_SIZES = [16, 22, 32];

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** RGBA pixels (row-major, 4 bytes each) → PNG file bytes. */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const segment = (ax: number, ay: number, bx: number, by: number, r: number): Distance => (x, y) => {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(px - dx * t, py - dy * t) - r;
};
const roundedBox = (cx: number, cy: number, hw: number, hh: number, r: number): Distance => (x, y) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
/** The lower half of a ring: the microphone's holder. */
const lowerArc = (cx: number, cy: number, radius: number, half: number): Distance => (x, y) =>
  y >= cy
    ? Math.abs(Math.hypot(x - cx, y - cy) - radius) - half
    : Math.min(Math.hypot(x - cx + radius, y - cy), Math.hypot(x - cx - radius, y - cy)) - half; // round ends
const union = (...shapes: Distance[]): Distance => (x, y) => Math.min(...shapes.map((s) => s(x, y)));

/** The microphone glyph, centred in a unit square; `weight` thickens lines for tiny sizes. */
function microphone(weight: number): Distance {
  const w = 0.045 * weight;
  return union(
    segment(0.5, 0.3, 0.5, 0.5, 0.12), // capsule
    lowerArc(0.5, 0.47, 0.2, w), // holder
    segment(0.5, 0.67, 0.5, 0.8, w), // stem
    segment(0.36, 0.8, 0.64, 0.8, w), // base
  );
}

const slash: Distance = segment(0.22, 0.2, 0.78, 0.86, 0.045);

function over(dst: RGBA, src: RGBA, coverage: number): RGBA {
  const a = (src[3] / 255) * coverage;
  const outA = a + (dst[3] / 255) * (1 - a);
  if (outA === 0) return [0, 0, 0, 0];
  const mix = (s: number, d: number) => (s * a + d * (dst[3] / 255) * (1 - a)) / outA;
  return [mix(src[0], dst[0]), mix(src[1], dst[1]), mix(src[2], dst[2]), outA * 255];
}

/** Renders layers (distance field + colour, painted in order) at `size` pixels. */
function render(size: number, layers: [Distance, RGBA][]): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let colour: RGBA = [0, 0, 0, 0];
      for (const [shape, fill] of layers) {
        // Distance in pixels at the pixel centre; half a pixel either side is the edge.
        const d = shape((px + 0.5) / size, (py + 0.5) / size) * size;
        const coverage = Math.max(0, Math.min(1, 0.5 - d));
        if (coverage > 0) colour = over(colour, fill, coverage);
      }
      pixels.set(colour.map((c) => Math.round(c)), (py * size + px) * 4);
    }
  }
  return pixels;
}

const BRAND: RGBA = [37, 99, 235, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const TRAY_COLOURS: Record<(typeof TRAY_STATES)[number], RGBA> = {
  idle: [128, 128, 128, 255], // mid grey reads on light and dark panels
  listening: [229, 57, 53, 255],
  error: [245, 158, 11, 255],
};

export function appIcon(size: number): Buffer {
  const background = roundedBox(0.5, 0.5, 0.46, 0.46, 0.2);
  return encodePng(size, size, render(size, [[background, BRAND], [microphone(size < 32 ? 1.6 : 1), WHITE]]));
}

export function trayIcon(state: (typeof TRAY_STATES)[number], size: number): Buffer {
  const weight = size < 24 ? 1.7 : size < 40 ? 1.35 : 1;
  const layers: [Distance, RGBA][] = [[microphone(weight), TRAY_COLOURS[state]]];
  if (state === 'error') layers.push([slash, TRAY_COLOURS.error]);
  return encodePng(size, size, render(size, layers));
}

/**
 * A macOS template image: black plus alpha only, so the menu bar tints it for light and
 * dark appearance (Electron docs/api/native-image.md, "Template Image"). The error state
 * keeps its slash, so it stays recognisable without colour.
 */
export function trayTemplateIcon(state: 'idle' | 'error', size: number): Buffer {
  const weight = size < 24 ? 1.7 : size < 40 ? 1.35 : 1;
  const black: RGBA = [0, 0, 0, 255];
  const layers: [Distance, RGBA][] = [[microphone(weight), black]];
  if (state === 'error') layers.push([slash, black]);
  return encodePng(size, size, render(size, layers));
}

/** Windows tray icon sizes: 16 px at 100 %, 20/24/32 at 125/150/200 % (native-image.md, "Supported Formats"). */
export const TRAY_ICO_SIZES = [16, 20, 24, 32];

/** An .ico holding PNG images (Windows Vista and later read PNG-compressed entries). */
export function encodeIco(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size; // width (0 means 256)
    entry[1] = size >= 256 ? 0 : size; // height
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

/** Every icon file, by path relative to the build folder. */
export function allIcons(): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  files.set('icon.png', appIcon(512));
  for (const size of APP_ICON_SIZES) files.set(`icons/${size}x${size}.png`, appIcon(size));
  for (const state of TRAY_STATES) {
    for (const size of TRAY_SIZES) {
      const base = size === 16 ? `icons/tray-${state}` : `icons/tray-${state}-${size}`;
      files.set(`${base}.png`, trayIcon(state, size));
      files.set(`${base}@2x.png`, trayIcon(state, size * 2));
    }
    files.set(`icons/tray-${state}.ico`, encodeIco(TRAY_ICO_SIZES.map((size) => ({ size, png: trayIcon(state, size) }))));
  }
  for (const state of ['idle', 'error'] as const) {
    const name = `icons/tray${state[0]!.toUpperCase()}${state.slice(1)}Template`;
    files.set(`${name}.png`, trayTemplateIcon(state, 16));
    files.set(`${name}@2x.png`, trayTemplateIcon(state, 32));
  }
  return files;
}

export function writeIcons(outDir: string): string[] {
  const written: string[] = [];
  for (const [relative, png] of allIcons()) {
    const path = join(outDir, relative);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, png);
    written.push(relative);
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = process.argv[2] ?? fileURLToPath(new URL('../build', import.meta.url));
  const written = writeIcons(outDir);
  console.log(`wrote ${written.length} icons to ${outDir}`);
}
