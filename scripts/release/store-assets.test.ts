import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/** docs/store holds what the stores ask for, at their sizes (made by `npm run screenshots` and `npm run icons`). */
const STORE = join(import.meta.dirname, '../../docs/store');

function png(file: string) {
  const data = readFileSync(join(STORE, file));
  expect(data.subarray(1, 4).toString()).toBe('PNG');
  return { data, width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe('the store pictures', () => {
  it('has 1280×800 screenshots (both stores accept that size)', () => {
    const shots = readdirSync(STORE).filter((file) => file.startsWith('screenshot-'));
    expect(shots.length).toBeGreaterThanOrEqual(3);
    for (const file of shots) expect([file, png(file).width, png(file).height]).toEqual([file, 1280, 800]);
  });

  it('has the 440×280 promo tile', () => {
    expect([png('tile-440x280.png').width, png('tile-440x280.png').height]).toEqual([440, 280]);
  });

  it('has a 128 px icon whose artwork leaves the 16 px transparent border the Chrome Web Store asks for', () => {
    const { data, width, height } = png('icon-128.png');
    expect([width, height]).toEqual([128, 128]);
    // The one IDAT chunk of our own encoder (scripts/make-icons.ts): RGBA rows, each after a filter byte.
    const start = data.indexOf('IDAT') + 4;
    const pixels = inflateSync(data.subarray(start, start + data.readUInt32BE(start - 8)));
    const alpha = (x: number, y: number) => pixels[y * (1 + width * 4) + 1 + x * 4 + 3] ?? 255;
    const border = [];
    for (let i = 0; i < 128; i++) for (const edge of [0, 15, 112, 127]) border.push(alpha(i, edge), alpha(edge, i));
    expect(Math.max(...border)).toBe(0);
    expect(alpha(64, 64)).toBe(255);
  });
});
