import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { zip } from './zip-writer';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function files(contents: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'kd-zip-'));
  return Object.entries(contents).map(([name, text]) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
    return { name, path: join(dir, name) };
  });
}

/** A reader that trusts nothing it did not check: signatures, sizes and CRCs. */
function unzip(archive: Buffer): Record<string, string> {
  const end = archive.length - 22;
  expect(archive.readUInt32LE(end)).toBe(0x06054b50);
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const out: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const [crc, packedSize, size, nameLength, local] = [archive.readUInt32LE(at + 16), archive.readUInt32LE(at + 20), archive.readUInt32LE(at + 24), archive.readUInt16LE(at + 28), archive.readUInt32LE(at + 42)];
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString();
    expect(archive.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = inflateRawSync(archive.subarray(start, start + packedSize));
    expect([data.length, crc32(data)]).toEqual([size, crc]);
    out[name] = data.toString();
    at += 46 + nameLength;
  }
  return out;
}

describe('the release zip', () => {
  it('gives the same bytes for the same files, whatever order they are listed in', () => {
    const entries = files({ 'manifest.json': '{"version":"1.0.0"}', 'src/a.js': 'a'.repeat(5000), 'icons/i.png': 'png' });
    expect(zip(entries).equals(zip(entries.toReversed()))).toBe(true);
  });

  it('reads back, file for file, through its central directory as any unzip does', () => {
    const contents = { 'manifest.json': '{"version":"1.0.0"}', 'src/deep/b.js': 'console.log(1)\n'.repeat(100) };
    expect(unzip(zip(files(contents)))).toEqual(contents);
  });
});
