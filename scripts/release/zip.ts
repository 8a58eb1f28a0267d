/**
 * npm run zip: the three files a release uploads, into release/:
 *   key-doctor-<version>-chrome.zip    dist/, for the Chrome Web Store
 *   key-doctor-<version>-firefox.zip   dist-firefox/, for addons.mozilla.org
 *   key-doctor-<version>-sources.zip   the tracked sources, which AMO asks for when code is bundled
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type ZipEntry, zip } from './zip-writer';

const root = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

function filesIn(dir: string): ZipEntry[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : [{ name: relative(dir, path), path }];
  });
}

function built(dir: string): ZipEntry[] {
  const manifest = join(root, dir, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`${dir}/ is not built: run npm run build first.`);
  const shipped = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  if (shipped !== version) throw new Error(`${dir}/manifest.json says ${shipped}, package.json says ${version}: build again.`);
  return filesIn(join(root, dir));
}

/** What git tracks (so nothing ignored, generated or secret-by-accident), as committed in the work tree. */
function sources(): ZipEntry[] {
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  return tracked.filter((name) => existsSync(join(root, name))).map((name) => ({ name, path: join(root, name) }));
}

mkdirSync(join(root, 'release'), { recursive: true });
for (const [kind, entries] of [['chrome', built('dist')], ['firefox', built('dist-firefox')], ['sources', sources()]] as const) {
  const bytes = zip(entries);
  const out = join(root, 'release', `key-doctor-${version}-${kind}.zip`);
  writeFileSync(out, bytes);
  const sha = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  console.log(`${relative(root, out)}: ${entries.length} files, ${bytes.length.toLocaleString('en')} bytes, sha256 ${sha}…`);
}
