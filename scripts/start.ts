/**
 * npm start: builds the extension, serves the demo page and opens a browser with Key Doctor loaded.
 *   npm start                        Chromium
 *   npm start -- --browser=firefox   Firefox (through web-ext run, as a temporary add-on)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { extensionArgs, findChromium, HOW_TO_INSTALL } from './chromium';
import { findFirefox, HOW_TO_INSTALL_FIREFOX } from './firefox';
import { serveTestPages } from './test-page-server';

const root = resolve(import.meta.dirname, '..');

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

const browserArg = process.argv.slice(2).find((arg) => arg.startsWith('--browser='))?.split('=')[1] ?? 'chromium';
const firefox = browserArg === 'firefox';
if (!firefox && browserArg !== 'chromium' && browserArg !== 'chrome') fail(`Unknown browser “${browserArg}”: use --browser=chromium or --browser=firefox.`);

const executable = firefox ? findFirefox() : findChromium();
if (!executable) fail(firefox ? HOW_TO_INSTALL_FIREFOX : HOW_TO_INSTALL);
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!hasDisplay) {
  fail(`npm start opens a browser window, and this machine has no display (DISPLAY and WAYLAND_DISPLAY are unset).
  Run it from a desktop session, or under a virtual display:  xvfb-run -a npm start
  To check everything without a window, run:                 npm test`);
}

console.log(`Building Key Doctor for ${firefox ? 'Firefox' : 'Chromium'}…`);
await build({ root, logLevel: 'warn', mode: firefox ? 'firefox' : 'production' });
const { server, origin } = await serveTestPages(Number(process.env.PORT ?? 4173));
const demo = `${origin}/demo.html`;
const profile = firefox ? undefined : mkdtempSync(join(tmpdir(), 'key-doctor-profile-'));
console.log(`Demo page: ${demo}\nOpening ${executable} with Key Doctor loaded. Close the window to stop.`);

const child: ChildProcess = firefox
  ? spawn(join(root, 'node_modules', '.bin', 'web-ext'), ['run', '--no-config-discovery', '--source-dir', join(root, 'dist-firefox'), '--firefox', executable, '--start-url', demo, '--no-reload', '--no-input'], { stdio: 'inherit' })
  : spawn(executable, [...extensionArgs(join(root, 'dist')), `--user-data-dir=${profile}`, demo], { stdio: 'ignore' });
const stop = () => {
  child.kill();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', () => {
  server.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  process.exit(0);
});
child.on('error', (error) => fail(`Could not start the browser: ${error.message}\n${firefox ? HOW_TO_INSTALL_FIREFOX : HOW_TO_INSTALL}`));
