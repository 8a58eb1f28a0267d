/**
 * npm run lint:firefox: Mozilla's add-on linter (web-ext lint) on the Firefox build. Fails on any error,
 * and on any warning that is not one of those explained to reviewers in STORE.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isPreactChunk } from './preact-chunk';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist-firefox');

/** Warnings that stay, each with why (STORE.md, "Reviewer notes" says the same), and where they may be. */
const EXPLAINED_WARNINGS: Record<string, (file: string) => boolean> = {
  // Preact's DOM renderer can set innerHTML for `dangerouslySetInnerHTML`, which Key Doctor never uses (the bundle audit checks our sources).
  UNSAFE_VAR_ASSIGNMENT: (file) => file.endsWith('.js') && existsSync(join(dist, file)) && isPreactChunk(readFileSync(join(dist, file), 'utf8')),
  // data_collection_permissions came to Firefox for Android in 142; Key Doctor targets desktop Firefox 140 ESR and later.
  KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION: (file) => file === 'manifest.json',
};

interface Finding { code: string; message: string; file?: string }

if (!existsSync(join(dist, 'manifest.json'))) {
  console.error('dist-firefox/ is not built: run `npm run build:firefox` first.');
  process.exit(1);
}
const bin = join(root, 'node_modules', '.bin', 'web-ext');
let output: string;
try {
  output = execFileSync(bin, ['lint', '--source-dir', dist, '--no-config-discovery', '--output', 'json'], { encoding: 'utf8' });
} catch (error) {
  // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
  output = String((error as { stdout?: string }).stdout ?? '');
}
const report = JSON.parse(output) as { errors: Finding[]; warnings: Finding[]; notices: Finding[] };
const unexplained = report.warnings.filter((warning) => !EXPLAINED_WARNINGS[warning.code]?.(warning.file ?? ''));
const show = (finding: Finding) => `  ${finding.code} ${finding.file ?? ''}: ${finding.message}`;
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unexplained.length} explained in STORE.md), ${report.notices.length} notices`);
for (const finding of [...report.errors, ...unexplained]) console.log(show(finding));
if (report.errors.length > 0 || unexplained.length > 0) process.exit(1);
