/** npm run zip: packs dist/ into release/key-doctor-<version>.zip for the store upload. */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const { version } = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { version: string };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function signature(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value, 0);
  return b;
}

const locals: Buffer[] = [];
const centrals: Buffer[] = [];
let offset = 0;
for (const path of files(dist).toSorted()) {
  const name = Buffer.from(relative(dist, path).split('\\').join('/'));
  const data = readFileSync(path);
  const packed = deflateRawSync(data, { level: 9 });
  const crc = crc32(data);
  // The 26 bytes both headers share: version, flags, method, time, date, crc, sizes, name length.
  // Fixed time (1980-01-01) so the same build gives the same zip.
  const shared = Buffer.alloc(26);
  shared.writeUInt16LE(20, 0);
  shared.writeUInt16LE(8, 4);
  shared.writeUInt16LE(0x21, 8);
  shared.writeUInt32LE(crc, 10);
  shared.writeUInt32LE(packed.length, 14);
  shared.writeUInt32LE(data.length, 18);
  shared.writeUInt16LE(name.length, 22);
  const local = Buffer.concat([signature(0x04034b50), shared]);
  const central = Buffer.concat([signature(0x02014b50), Buffer.from([20, 0]), shared, Buffer.alloc(14)]);
  central.writeUInt32LE(offset, 42);
  locals.push(local, name, packed);
  centrals.push(central, name);
  offset += local.length + name.length + packed.length;
}
const directory = Buffer.concat(centrals);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0);
end.writeUInt16LE(centrals.length / 2, 8);
end.writeUInt16LE(centrals.length / 2, 10);
end.writeUInt32LE(directory.length, 12);
end.writeUInt32LE(offset, 16);
mkdirSync(join(root, 'release'), { recursive: true });
const out = join(root, 'release', `key-doctor-${version}.zip`);
writeFileSync(out, Buffer.concat([...locals, directory, end]));
console.log(`${relative(root, out)}: ${centrals.length / 2} files, ${statSync(out).size} bytes`);
