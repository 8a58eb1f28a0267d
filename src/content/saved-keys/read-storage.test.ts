// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { keys } from '../../../test/keys';
import { clearSavedEntry, findSavedKeys } from './read-storage';

const SALT = '0123456789abcdef0123456789abcdef';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('findSavedKeys, in a frame', () => {
  it('finds keys and masks in local and session storage, sends masks and fingerprints, and clears one entry by its token', async () => {
    const [old, other] = [keys.project164(), keys.legacy()];
    localStorage.setItem('free-chat-gpt', JSON.stringify({ state: { apiKey: old }, version: 8 }));
    localStorage.setItem('theme', 'dark');
    sessionStorage.setItem('draft', `{"key":"sk-…${other.slice(-4)}"}`);
    const scan = await findSavedKeys([SALT]);
    expect(JSON.stringify(scan)).not.toContain(old.slice(12, 40));
    expect(scan.found.map((f) => [f.area, f.entry, f.path, f.masked])).toEqual([
      ['localStorage', 'free-chat-gpt', 'state.apiKey', false],
      ['sessionStorage', 'draft', 'key', true],
    ]);
    expect(await clearSavedEntry('0'.repeat(24))).toBe(false);
    expect(await clearSavedEntry(scan.found[0]?.token ?? '')).toBe(true);
    expect(localStorage.getItem('free-chat-gpt')).toBeNull();
    expect(localStorage.getItem('theme')).toBe('dark');
  });

  // Its time in a real page is measured end to end (e2e/site-behaviour.spec.ts, "hostile pages"); a wall clock here
  // would measure how busy the machine is (filling happy-dom's storage with 5,000 entries alone takes seconds on a loaded one).
  it('5,000 entries and a value with keys everywhere: bounded, and says so when it stopped early', async () => {
    const key = keys.project164();
    for (let i = 0; i < 5000; i++) localStorage.setItem(`entry-${i}`, i % 50 === 0 ? key : 'x'.repeat(100));
    const scan = await findSavedKeys([SALT]);
    expect(scan.found.length).toBeLessThanOrEqual(50);
    expect(scan.partial).toBe(true);
  }, 30_000);
});
