import { english } from '../../../test/words';
import { describe, expect, it } from 'vitest';
import { keys } from '../../../test/keys';
import { diagnose, fingerprint } from '../key';
import { hintFindings, makeHint, moveHint, hintName } from './hint';

const salt = 'ab'.repeat(16);
const hintFor = (key: string, label: string, id = label, withSalt = salt) => makeHint(key, diagnose(key).report, withSalt, label, id, 1);

describe('key hints', () => {
  it('keep the prefix and 4 more, the last 4, the length and the fingerprint — never the key', () => {
    const key = keys.project164();
    const hint = hintFor(key, ' Work – Marketing ');
    expect(hint).toMatchObject({ label: 'Work – Marketing', prefix: key.slice(0, 12), last4: key.slice(-4), length: 164, kind: 'project' });
    expect(JSON.stringify(hint)).not.toContain(key.slice(12, 20));
    // No name is stored as none, and said in the person's language.
    expect(hintFor(keys.legacy(), '').label).toBe('');
    expect(english(hintName(hintFor(keys.legacy(), '')))).toBe('Unnamed key');
  });

  it('name the hint a key matches, or say it matches none', () => {
    const [work, home, other] = [keys.project164(), keys.project56(), keys.serviceAccount()];
    const hints = [hintFor(work, 'Work'), hintFor(home, 'Home')];
    expect(hintFindings(home, hints).map((f) => english(f.message))).toEqual(['This is your key “Home”.']);
    expect(hintFindings(other, hints)[0]).toMatchObject({ code: 'hint_none', severity: 'warning' });
    expect(hintFindings(other, [])).toEqual([]);
  });

  it('match with their own salt, so hints made on another install still match', () => {
    const key = keys.project164();
    const elsewhere = hintFor(key, 'From the laptop', 'x', 'cd'.repeat(16));
    expect(elsewhere.fingerprint).toBe(fingerprint(key, 'cd'.repeat(16)));
    expect(english(hintFindings(key, [elsewhere])[0]?.message)).toBe('This is your key “From the laptop”.');
  });

  it('reorder', () => {
    const hints = ['a', 'b', 'c'].map((id) => hintFor(keys.legacy(), id, id));
    expect(moveHint(hints, 'b', -1).map((h) => h.id)).toEqual(['b', 'a', 'c']);
    expect(moveHint(hints, 'c', 1).map((h) => h.id)).toEqual(['a', 'b', 'c']);
  });
});
