import { describe, expect, it } from 'vitest';
import { english } from '../../../test/words';
import { prune, siteFindings } from './site-memory';

const DAY = 86_400_000;
const memory = (fingerprint: string, at: number) => ({ fingerprint, mask: 'sk-proj-AbCd…wxyz', at });

describe('per-site memory', () => {
  it('says when the key differs from the one used on the site last time', () => {
    const now = 10 * DAY;
    expect(english(siteFindings(memory('a'.repeat(64), now - 3 * DAY), 'b'.repeat(64), now)[0]?.message)).toBe(
      'This is not the key you used on this site last time (sk-proj-AbCd…wxyz, 3 days ago).',
    );
    expect(siteFindings(memory('a'.repeat(64), now), 'a'.repeat(64), now)).toEqual([]);
    expect(siteFindings(undefined, 'a'.repeat(64), now)).toEqual([]);
  });

  it('forgets sites older than the retention', () => {
    const now = 100 * DAY;
    const sites = { 'https://old.example': memory('a', now - 40 * DAY), 'https://new.example': memory('b', now - DAY) };
    expect(Object.keys(prune(sites, now, 30))).toEqual(['https://new.example']);
    expect(Object.keys(prune(sites, now, 90))).toHaveLength(2);
  });
});
