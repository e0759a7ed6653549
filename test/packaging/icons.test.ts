// The committed icons are valid PNGs of the right sizes, look like icons (a transparent
// tray background with a visible glyph), and are exactly what scripts/make-icons.ts draws.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, inflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { allIcons, APP_ICON_SIZES, TRAY_SIZES, TRAY_STATES } from '../../scripts/make-icons.js';

const buildDir = fileURLToPath(new URL('../../build', import.meta.url));

interface Decoded {
  width: number;
  height: number;
  alpha: (x: number, y: number) => number;
}

/** Minimal PNG reader for 8-bit RGBA with filter 0 (what make-icons writes); checks CRCs. */
function decodePng(png: Buffer): Decoded {
  assert.ok(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'PNG signature');
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    assert.equal(png.readUInt32BE(at + 8 + length), crc32(png.subarray(at + 4, at + 8 + length)) >>> 0, `${type} CRC`);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      assert.equal(data[8], 8);
      assert.equal(data[9], 6);
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  assert.equal(raw.length, (width * 4 + 1) * height);
  return { width, height, alpha: (x, y) => raw[y * (width * 4 + 1) + 1 + x * 4 + 3] ?? 0 };
}

function read(relative: string): Decoded {
  return decodePng(readFileSync(join(buildDir, relative)));
}

test('app icons exist at every size electron-builder uses', () => {
  for (const size of APP_ICON_SIZES) {
    const icon = read(`icons/${size}x${size}.png`);
    assert.deepEqual([icon.width, icon.height], [size, size]);
  }
  assert.equal(read('icon.png').width, 512);
});

test('tray icons exist for each state at 16/22/32 px and @2x, with a transparent background', () => {
  for (const state of TRAY_STATES) {
    for (const size of TRAY_SIZES) {
      const base = size === 16 ? `icons/tray-${state}` : `icons/tray-${state}-${size}`;
      for (const [file, px] of [[`${base}.png`, size], [`${base}@2x.png`, size * 2]] as const) {
        const icon = read(file);
        assert.equal(icon.width, px, file);
        assert.equal(icon.alpha(0, 0), 0, `${file} corner is transparent`);
        let opaque = 0;
        for (let y = 0; y < px; y++) for (let x = 0; x < px; x++) if (icon.alpha(x, y) > 200) opaque++;
        const share = opaque / (px * px);
        assert.ok(share > 0.08 && share < 0.6, `${file}: glyph covers ${(share * 100).toFixed(0)} %`);
      }
    }
  }
});

test('committed icons are exactly what scripts/make-icons.ts draws (run it after changing the glyph)', () => {
  for (const [relative, png] of allIcons()) {
    assert.ok(readFileSync(join(buildDir, relative)).equals(png), `${relative} is stale`);
  }
});

test('each platform\'s tray icons: Windows .ico 16-32 px, macOS 16 pt templates (black + alpha), Linux 22 px, all with high-DPI sizes', async () => {
  const { trayIconFile } = await import('../../electron/shell/tray-icon-file.js');
  for (const state of TRAY_STATES) {
    // Windows: one .ico with a PNG per DPI scale (100, 125, 150, 200 %).
    const ico = readFileSync(join(buildDir, 'icons', trayIconFile(state, 'win32').file));
    assert.deepEqual([ico.readUInt16LE(0), ico.readUInt16LE(2)], [0, 1], 'ICO header');
    const sizes: number[] = [];
    for (let i = 0; i < ico.readUInt16LE(4); i++) {
      const entry = 6 + 16 * i;
      const png = decodePng(ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8)));
      assert.equal(png.width, ico[entry], 'directory entry and image agree');
      sizes.push(png.width);
    }
    assert.deepEqual(sizes, [16, 20, 24, 32]);

    // macOS: 16 px and 32 px @2x; idle and error are template images.
    const mac = trayIconFile(state, 'darwin');
    assert.equal(read(`icons/${mac.file}`).width, 16);
    assert.equal(read(`icons/${mac.file.replace('.png', '@2x.png')}`).width, 32);
    assert.equal(mac.template, mac.file.endsWith('Template.png'), 'the Template suffix is what macOS goes by');
    if (mac.template) {
      const raw = readFileSync(join(buildDir, 'icons', mac.file));
      const rgba = inflateSync(raw.subarray(raw.indexOf('IDAT') + 4, raw.length - 16));
      for (let at = 1; at < rgba.length; at += 4) {
        if (at % (16 * 4 + 1) === 0) at++; // skip the filter byte at each row start
        assert.equal(rgba[at]! + rgba[at + 1]! + rgba[at + 2]!, 0, `${mac.file}: template images are black, shaped by alpha`);
      }
    }
    // Linux: 22 px and 44 px.
    const linux = trayIconFile(state, 'linux').file;
    assert.equal(read(`icons/${linux}`).width, 22);
    assert.equal(read(`icons/${linux.replace('.png', '@2x.png')}`).width, 44);
  }
  assert.notEqual(trayIconFile('listening', 'darwin').template, true, 'listening stays red, visible as recording');
});
