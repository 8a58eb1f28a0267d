import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS, DEFAULT_LOCALE } from '../core/catalogs';
import { en } from '../core/catalogs/en';
import { fillIn, placeholdersOf, toChromeMessage } from './placeholders';

const LOCALES = Object.keys(CATALOGS);
/** Names and patterns of punctuation, which some languages share. */
const SAME_IN_EVERY_LANGUAGE = new Set(['extensionName', 'card_brand', 'card_list_separator', 'card_layer_line', 'setup_field_base_url']);
/** Words to translate: two or more, once placeholders and names are set aside ("HTTP {status}" has none). */
const hasWords = (message: string) => (message.replace(/\{\w+\}|Key Doctor|OpenAI/g, '').match(/\p{L}{2,}/gu) ?? []).length >= 2;

describe('the message catalogs', () => {
  it('ship the five locales, English by default', () => {
    expect(LOCALES.toSorted()).toEqual(['de', 'en', 'es', 'ja', 'zh_CN']);
    expect(CATALOGS[DEFAULT_LOCALE]).toBe(en);
  });

  describe.each(LOCALES)('%s', (locale) => {
    const catalog = CATALOGS[locale] as Record<string, string>;

    it('has every key English has, and no other', () => {
      expect(Object.keys(catalog).toSorted()).toEqual(Object.keys(en).toSorted());
    });

    it('has, in each message, the same placeholders as English, and no empty message', () => {
      const differing = Object.entries(en).flatMap(([key, english]) => {
        const here = catalog[key] ?? '';
        return here.trim() === '' || placeholdersOf(here).join() !== placeholdersOf(english).join() ? [`${key}: ${placeholdersOf(here).join()} ≠ ${placeholdersOf(english).join()}`] : [];
      });
      expect(differing).toEqual([]);
    });

    it('says which language it is in, as its folder does', () => {
      expect(catalog.ui_language).toBe(locale.replace('_', '-'));
    });

    it('uses only key names both browsers accept', () => {
      expect(Object.keys(catalog).filter((key) => !/^[A-Za-z0-9_]+$/.test(key))).toEqual([]);
    });

    it('leaves no English sentence untranslated (names and product terms aside)', () => {
      if (locale === 'en') return;
      const same = Object.entries(en).filter(([key, english]) => catalog[key] === english && hasWords(english) && !SAME_IN_EVERY_LANGUAGE.has(key));
      expect(same.map(([key]) => key)).toEqual([]);
    });
  });

  it('give the stores the same summary as STORE.md’s listing in each language', () => {
    const store = readFileSync(join(import.meta.dirname, '../../STORE.md'), 'utf8');
    for (const [locale, catalog] of Object.entries(CATALOGS)) {
      const section = locale === 'en' ? store.split('## Listing in each language')[0] : store.split(`(${locale})`)[1]?.split('\n### ')[0];
      expect(section, locale).toContain(`**Summary${locale === 'en' ? ' (132 characters max)' : ''}:** ${catalog.extensionDescription}`);
    }
  });

  it('let a plural form leave its count unsaid only when it has no other placeholder: the browser numbers placeholders within a message', () => {
    for (const catalog of Object.values(CATALOGS)) {
      const unsafe = Object.entries(catalog).filter(([key, message]) => /_(?:zero|one|two|few|many|other)$/.test(key) && !message.includes('{count}') && placeholdersOf(message).length > 0);
      expect(unsafe.map(([key]) => key)).toEqual([]);
    }
  });

  it('turn named placeholders into the browser’s numbered ones, the same numbering in every locale', () => {
    expect(toChromeMessage('{host} costs $5 for {count}')).toEqual({
      message: '$HOST$ costs $$5 for $COUNT$',
      placeholders: { count: { content: '$1' }, host: { content: '$2' } },
    });
    expect(fillIn('{host} for {count}', ['3', 'api.openai.com'])).toBe('api.openai.com for 3');
  });

  it('keep the store description within the stores’ 132 characters', () => {
    for (const locale of LOCALES) expect((CATALOGS[locale] as Record<string, string>).extensionDescription?.length, locale).toBeLessThanOrEqual(132);
  });
});
