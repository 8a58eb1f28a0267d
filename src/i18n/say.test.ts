import { describe, expect, it } from 'vitest';
import { said } from '../core/said';
import { useEnglish } from '../../test/i18n-setup';
import { english } from '../../test/words';
import { say, sayAll } from './say';
import { useCatalogLookup } from './t';

const DAY = 86_400_000;
const when = (ago: number) => say(said('f_site_key_changed', { mask: 'sk-…abcd', when: { ago } }));

describe('say: what the core said, in the person’s language', () => {
  it('says how long ago in words, as the language does', () => {
    expect([30_000, 5 * 60_000, 3 * 3_600_000, 30 * 3_600_000, 3 * DAY].map(when).map((line) => /\(sk-…abcd, (.*)\)/.exec(line)?.[1])).toEqual([
      'just now', '5 minutes ago', '3 hours ago', 'yesterday', '3 days ago',
    ]);
  });

  it('picks the plural form by the count, and writes numbers as the language does', () => {
    expect(say(said('f_extra', { count: 1 }))).toBe('The key has 1 extra character at the end.');
    expect(say(said('f_too_long', { length: 10_000 }))).toContain('10,000 characters');
    expect(say(said('f_hint_none', { count: 3 }))).toBe('This key matches none of your 3 saved key hints.');
  });

  it('says words inside words, and lists as the language joins them', () => {
    const where = [said('ws_space_start'), said('ws_line_break_end')];
    expect(say(said('f_whitespace', { where }))).toBe('The paste has a space at the start and a line break at the end. Unless this site trims it, OpenAI will reject the key.');
  });

  it('puts sentences one after another, without a space in Chinese and Japanese', () => {
    const sentences = [said('v_no_credit'), said('v_plus_not_api')];
    expect(sayAll(sentences)).toBe('The key is valid, but there is no usable credit. A ChatGPT Plus subscription does not pay for the API.');
    useCatalogLookup((key) => ({ v_no_credit: '密钥有效。', v_plus_not_api: '订阅不支付 API。' })[key] ?? '', 'zh-CN');
    try {
      expect(sayAll(sentences)).toBe('密钥有效。订阅不支付 API。');
    } finally {
      useEnglish();
    }
  });

  it('fails a test when a message is given other values than its placeholders', () => {
    expect(() => english(said('f_extra', { count: 2, extra: 1 }))).toThrow(/takes \{count\}/);
  });
});
