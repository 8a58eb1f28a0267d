import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findExecutable } from './find-executable';

/** Where Firefox usually lives; Debian's ESR first. */
const USUAL_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

export const FIREFOX_ENV = 'FIREFOX_PATH';

export const findFirefox = () => findExecutable(FIREFOX_ENV, USUAL_PATHS);

export const HOW_TO_INSTALL_FIREFOX = `Key Doctor's Firefox build needs Firefox 140 or later.
  Debian/Ubuntu:  sudo apt-get install -y firefox-esr
  Fedora:         sudo dnf install firefox
  macOS:          brew install --cask firefox
Or point ${FIREFOX_ENV} at your Firefox binary: ${FIREFOX_ENV}=/path/to/firefox npm start -- --browser=firefox`;

/** A quiet profile: no first-run pages, telemetry, updates or default-browser question. */
const QUIET_PREFS: Record<string, string | number | boolean> = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.auto': false,
  'extensions.update.enabled': false,
  'app.normandy.enabled': false,
  'browser.newtabpage.enabled': false,
};

/** For tests: every request that is not to this machine goes to a dead proxy, so nothing leaves it. */
export const OFFLINE_PREFS: Record<string, string | number | boolean> = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.no_proxies_on': '127.0.0.1, localhost',
};

/** A throwaway profile directory with these preferences. */
export function firefoxProfile(prefs: Record<string, string | number | boolean> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'key-doctor-firefox-'));
  const lines = Object.entries({ ...QUIET_PREFS, ...prefs }).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`);
  writeFileSync(join(dir, 'user.js'), `${lines.join('\n')}\n`);
  return dir;
}
