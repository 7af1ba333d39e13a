#!/usr/bin/env node
'use strict';
/**
 * Draws the add-in's icons (assets/icon-<size>.png): three rising white bars, a plan being met, on
 * Fluent's brand blue. Drawn in code so every size is crisp and the icons can be made again exactly.
 */
const { writeFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');
const zlib = require('node:zlib');

const BLUE = [0x0f, 0x6c, 0xbd, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

function pixel(size, x, y) {
  const radius = size * 0.18;
  const cx = Math.min(Math.max(x + 0.5, radius), size - radius);
  const cy = Math.min(Math.max(y + 0.5, radius), size - radius);
  if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > radius ** 2) return CLEAR;
  const bars = [0.35, 0.55, 0.75];
  const barWidth = size * 0.16;
  const gap = size * 0.08;
  const left = (size - 3 * barWidth - 2 * gap) / 2;
  const base = size * 0.8;
  for (const [i, height] of bars.entries()) {
    const x0 = left + i * (barWidth + gap);
    if (x >= Math.floor(x0) && x < Math.floor(x0 + barWidth) && y < base && y >= base - height * size * 0.8) return WHITE;
  }
  return BLUE;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    rows.push(Buffer.from([0]));
    for (let x = 0; x < size; x += 1) rows.push(Buffer.from(pixel(size, x, y)));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = join(__dirname, '..', 'assets');
mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) writeFileSync(join(out, `icon-${size}.png`), png(size));
console.log(`Icons written to ${out}`);
