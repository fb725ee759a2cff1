#!/usr/bin/env node
// Draws the two icons of the Teams app package: color.png (192×192, a white speech bubble with an
// exclamation mark on the accent colour) and outline.png (32×32, the same glyph in white on a
// transparent background, as Teams requires). No dependency: the shapes are distance tests,
// anti-aliased by sampling each pixel 8×8 times; the PNGs are written with node:zlib.
//
//   node deploy/teams/make-icons.mjs [out-dir]     (default: this folder)
//
// The output is deterministic; test/adapters/teams/teams-package.test.ts checks that the committed
// PNGs have the pixels this script draws. Change ACCENT together with "accentColor" in manifest.json.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

export const ACCENT = '#C2410C';
const SAMPLES = 8;

/** Is the point (x, y), in glyph units (0..1 on both axes), inside the glyph? */
function inGlyph(x, y) {
  return inBubble(x, y) && !inExclamation(x, y);
}

function inBubble(x, y) {
  return inRoundedRect(x, y, 0.06, 0.1, 0.94, 0.72, 0.16) || inTriangle(x, y, [0.22, 0.68], [0.46, 0.68], [0.2, 0.92]);
}

function inExclamation(x, y) {
  const bar = inRoundedRect(x, y, 0.45, 0.2, 0.55, 0.5, 0.05);
  const dot = (x - 0.5) ** 2 + (y - 0.605) ** 2 <= 0.055 ** 2;
  return bar || dot;
}

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inTriangle(x, y, a, b, c) {
  const side = (p, q) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const d1 = side(a, b);
  const d2 = side(b, c);
  const d3 = side(c, a);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

/** Share (0..1) of the pixel (px, py) covered by the glyph drawn in the square box at `offset`, `box` pixels wide. */
function coverage(px, py, offset, box) {
  let hits = 0;
  for (let i = 0; i < SAMPLES; i++) {
    for (let j = 0; j < SAMPLES; j++) {
      const x = (px + (i + 0.5) / SAMPLES - offset) / box;
      const y = (py + (j + 0.5) / SAMPLES - offset) / box;
      if (x >= 0 && x <= 1 && y >= 0 && y <= 1 && inGlyph(x, y)) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

/** RGBA pixels of a `size`×`size` icon; `paint(cover)` gives [r, g, b, a] for a pixel's coverage. */
function draw(size, offset, box, paint) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) rgba.set(paint(coverage(x, y, offset, box)), (y * size + x) * 4);
  }
  return rgba;
}

/** An 8-bit RGBA, non-interlaced PNG (filter 0 on every row). */
export function encodePng(width, height, rgba) {
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, filter method 0, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The two icons as PNG bytes. */
export function makeIcons() {
  const accent = [1, 3, 5].map((i) => parseInt(ACCENT.slice(i, i + 2), 16));
  const mix = (cover) => accent.map((c) => Math.round(c + (255 - c) * cover));
  // color.png: the glyph fills the middle 120 px of 192, on the accent colour edge to edge.
  const color = encodePng(192, 192, draw(192, 36, 120, (cover) => [...mix(cover), 255]));
  // outline.png: white only, the background transparent; the glyph uses the whole 32 px.
  const outline = encodePng(32, 32, draw(32, 0, 32, (cover) => [255, 255, 255, Math.round(cover * 255)]));
  return { color, outline };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outDir = process.argv[2] ?? fileURLToPath(new URL('.', import.meta.url));
  const { color, outline } = makeIcons();
  writeFileSync(join(outDir, 'color.png'), color);
  writeFileSync(join(outDir, 'outline.png'), outline);
  process.stdout.write(`wrote ${join(outDir, 'color.png')} and ${join(outDir, 'outline.png')}\n`);
}
