import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeOverlay, type Rect } from '../../electron/shell/placement.js';

const overlay = { width: 400, height: 80 };
// A 1920×1080 screen with a 40 px panel along the bottom: work area above it.
const bottomPanel: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const margin = 10;

function within(rect: Rect, area: Rect) {
  assert.ok(rect.x >= area.x && rect.y >= area.y, `${JSON.stringify(rect)} starts inside`);
  assert.ok(rect.x + rect.width <= area.x + area.width && rect.y + rect.height <= area.y + area.height, `${JSON.stringify(rect)} ends inside`);
}

test('corners of the work area, kept a margin away from the edges', () => {
  assert.deepEqual(placeOverlay({ overlay, workArea: bottomPanel, position: 'top-left', margin }), { x: 10, y: 10, ...overlay });
  assert.deepEqual(placeOverlay({ overlay, workArea: bottomPanel, position: 'top-right', margin }), { x: 1510, y: 10, ...overlay });
  assert.deepEqual(placeOverlay({ overlay, workArea: bottomPanel, position: 'bottom-left', margin }), { x: 10, y: 950, ...overlay });
  assert.deepEqual(placeOverlay({ overlay, workArea: bottomPanel, position: 'bottom-right', margin }), { x: 1510, y: 950, ...overlay });
});

test('a second monitor to the right uses its own coordinates', () => {
  const right: Rect = { x: 1920, y: 0, width: 1280, height: 1024 };
  assert.deepEqual(placeOverlay({ overlay, workArea: right, position: 'top-left', margin }), { x: 1930, y: 10, ...overlay });
});

test('tray on a bottom panel: overlay sits above it, centred on the icon', () => {
  const tray: Rect = { x: 1500, y: 1044, width: 32, height: 32 };
  const r = placeOverlay({ overlay, workArea: bottomPanel, position: 'tray', trayBounds: tray, margin });
  assert.deepEqual(r, { x: 1316, y: 950, ...overlay });
  assert.ok(r.y + r.height <= tray.y, 'does not cover the tray');
});

test('tray at the far right of a top panel: overlay below it, pushed back on screen', () => {
  const workArea: Rect = { x: 0, y: 28, width: 1920, height: 1052 };
  const tray: Rect = { x: 1890, y: 0, width: 28, height: 28 };
  const r = placeOverlay({ overlay, workArea, position: 'tray', trayBounds: tray, margin });
  assert.deepEqual(r, { x: 1510, y: 38, ...overlay });
});

test('tray on a left vertical panel: overlay beside it, level with the icon', () => {
  const workArea: Rect = { x: 64, y: 0, width: 1856, height: 1080 };
  const tray: Rect = { x: 16, y: 500, width: 32, height: 32 };
  const r = placeOverlay({ overlay, workArea, position: 'tray', trayBounds: tray, margin });
  assert.deepEqual(r, { x: 74, y: 476, ...overlay });
});

test('tray reported inside the work area: overlay goes beside the icon, never over it', () => {
  const tray: Rect = { x: 900, y: 5, width: 24, height: 24 };
  const r = placeOverlay({ overlay, workArea: { x: 0, y: 0, width: 1920, height: 1080 }, position: 'tray', trayBounds: tray, margin });
  assert.equal(r.y, 5 + 24 + margin);
  const low: Rect = { x: 900, y: 1050, width: 24, height: 24 };
  const r2 = placeOverlay({ overlay, workArea: { x: 0, y: 0, width: 1920, height: 1080 }, position: 'tray', trayBounds: low, margin });
  assert.equal(r2.y + r2.height, 1050 - margin);
});

test('unknown tray bounds (Linux reports zeros) fall back to the bottom-right corner', () => {
  const expected = placeOverlay({ overlay, workArea: bottomPanel, position: 'bottom-right', margin });
  assert.deepEqual(placeOverlay({ overlay, workArea: bottomPanel, position: 'tray', trayBounds: { x: 0, y: 0, width: 0, height: 0 }, margin }), expected);
  assert.deepEqual(placeOverlay({ overlay, workArea: bottomPanel, position: 'tray', trayBounds: null, margin }), expected);
});

test('results are whole pixels and stay on screen for odd sizes', () => {
  const odd = { width: 333, height: 77 };
  const area: Rect = { x: 0, y: 0, width: 1366, height: 738 };
  const r = placeOverlay({ overlay: odd, workArea: area, position: 'tray', trayBounds: { x: 1301.5, y: 741, width: 21, height: 21 }, margin });
  assert.ok(Number.isInteger(r.x) && Number.isInteger(r.y));
  within(r, area);
});

test('an overlay wider than the screen keeps its top-left corner visible', () => {
  const area: Rect = { x: 0, y: 0, width: 300, height: 200 };
  const r = placeOverlay({ overlay, workArea: area, position: 'bottom-right', margin });
  assert.deepEqual([r.x, r.y], [10, 110]);
});
