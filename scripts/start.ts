/**
 * npm start: builds the extension, serves the demo page and opens Chromium with Key Doctor loaded.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { extensionArgs, findChromium, HOW_TO_INSTALL } from './chromium';
import { serveTestPages } from './test-page-server';

const root = resolve(import.meta.dirname, '..');

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

const chromiumPath = findChromium();
if (!chromiumPath) fail(HOW_TO_INSTALL);
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!hasDisplay) {
  fail(`npm start opens a Chromium window, and this machine has no display (DISPLAY and WAYLAND_DISPLAY are unset).
  Run it from a desktop session, or under a virtual display:  xvfb-run -a npm start
  To check everything without a window, run:                 npm test`);
}

console.log('Building Key Doctor…');
await build({ root, logLevel: 'warn' });
const { server, origin } = await serveTestPages(Number(process.env.PORT ?? 4173));
const profile = mkdtempSync(join(tmpdir(), 'key-doctor-profile-'));
const demo = `${origin}/demo.html`;
console.log(`Demo page: ${demo}\nOpening Chromium (${chromiumPath}) with Key Doctor loaded. Close the window to stop.`);

const chromium = spawn(chromiumPath, [...extensionArgs(join(root, 'dist')), `--user-data-dir=${profile}`, demo], { stdio: 'ignore' });
const stop = () => {
  chromium.kill();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
chromium.on('exit', () => {
  server.close();
  rmSync(profile, { recursive: true, force: true });
  process.exit(0);
});
chromium.on('error', (error) => fail(`Could not start Chromium: ${error.message}\n${HOW_TO_INSTALL}`));
