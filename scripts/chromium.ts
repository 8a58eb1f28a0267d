import { findExecutable } from './find-executable';

/** Where Chromium usually lives. Branded Google Chrome ignores --load-extension, so it is not listed. */
const USUAL_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/Applications/Chromium.app/Contents/MacOS/Chromium'];

export const CHROMIUM_ENV = 'CHROMIUM_PATH';

export const findChromium = () => findExecutable(CHROMIUM_ENV, USUAL_PATHS);

export const HOW_TO_INSTALL = `Key Doctor needs Chromium (Google Chrome ignores --load-extension).
  Debian/Ubuntu:  sudo apt-get install -y chromium
  Fedora:         sudo dnf install chromium
  macOS:          brew install --cask chromium
Or point ${CHROMIUM_ENV} at your Chromium binary: ${CHROMIUM_ENV}=/path/to/chromium npm start`;

/** Flags for a quiet, isolated Chromium that loads the built extension. */
export function extensionArgs(dist: string): string[] {
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
}
