/**
 * Draws Key Doctor's icon (a white key over a medical-cross badge on a teal tile) at 16/32/48/128 px
 * into public/icons, and the stores' 128 px icon (96 px of artwork, 16 px transparent around it, as
 * the Chrome Web Store and AMO ask) into docs/store. Pure Node: shapes as distance functions, 4×4 supersampling, PNG via zlib.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const TEAL: Rgba = [13, 110, 118, 255];
const TEAL_LIGHT: Rgba = [30, 150, 150, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const RED: Rgba = [226, 64, 54, 255];

const roundedBox = (x: number, y: number, cx: number, cy: number, hw: number, hh: number, r: number) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (x: number, y: number, cx: number, cy: number, r: number) => Math.hypot(x - cx, y - cy) - r;

/** Colour of the unit-square point (x, y), or undefined for transparent. */
function paint(x: number, y: number): Rgba | undefined {
  if (roundedBox(x, y, 0.5, 0.5, 0.48, 0.48, 0.2) > 0) return undefined;
  const ring = Math.abs(circle(x, y, 0.33, 0.42, 0.14)) - 0.055;
  const shaft = roundedBox(x, y, 0.6, 0.42, 0.2, 0.05, 0.02);
  const tooth1 = roundedBox(x, y, 0.72, 0.5, 0.035, 0.07, 0.01);
  const tooth2 = roundedBox(x, y, 0.61, 0.49, 0.03, 0.05, 0.01);
  if (Math.min(ring, shaft, tooth1, tooth2) < 0) return WHITE;
  const badge = circle(x, y, 0.72, 0.74, 0.19);
  if (badge < 0) {
    const cross = Math.min(roundedBox(x, y, 0.72, 0.74, 0.11, 0.035, 0.01), roundedBox(x, y, 0.72, 0.74, 0.035, 0.11, 0.01));
    return cross < 0 ? RED : WHITE;
  }
  return y < 0.5 ? TEAL_LIGHT : TEAL;
}

/** `inset`: transparent pixels on each side, the artwork drawn in what is left. */
function render(size: number, inset = 0): Buffer {
  const art = size - 2 * inset;
  const rows: Buffer[] = [];
  const samples = 4;
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const c = paint((px - inset + (sx + 0.5) / samples) / art, (py - inset + (sy + 0.5) / samples) / art);
          if (!c) continue;
          for (let i = 0; i < 3; i++) sum[i] = (sum[i] ?? 0) + (c[i] ?? 0) * (c[3] / 255);
          sum[3] = (sum[3] ?? 0) + c[3];
        }
      const alpha = (sum[3] ?? 0) / (samples * samples);
      const weight = (sum[3] ?? 0) / 255 || 1;
      for (let i = 0; i < 3; i++) row[1 + px * 4 + i] = Math.round((sum[i] ?? 0) / weight);
      row[1 + px * 4 + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
function png(size: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, render(size));
mkdirSync('docs/store', { recursive: true });
writeFileSync('docs/store/icon-128.png', render(128, 16));
console.log('icons written to public/icons and docs/store');
