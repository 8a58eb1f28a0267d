import type { MessageKey, PluralKey } from './catalogs/en';
import { substitutions } from './placeholders';

/**
 * Every word a person reads comes from here: the browser's i18n API (`_locales`, in the browser's
 * language), with named parameters. Numbers, lists and plurals are formatted for that language.
 */
type Lookup = (key: string, substitutions: string[]) => string;
type Params = Readonly<Record<string, string | number>>;

interface I18nApi {
  getMessage(key: string, substitutions?: string[]): string;
  getUILanguage(): string;
}

function browserI18n(): I18nApi | undefined {
  for (const name of ['browser', 'chrome'] as const) {
    try {
      if (!Object.prototype.hasOwnProperty.call(globalThis, name)) continue;
      const i18n = (globalThis as unknown as Record<string, { i18n?: I18nApi } | undefined>)[name]?.i18n;
      if (typeof i18n?.getMessage === 'function') return i18n;
    } catch {
      // A page's element by that name (cross-origin frame): not the API.
    }
  }
  return undefined;
}

let lookup: Lookup = (key, subs) => browserI18n()?.getMessage(key, subs) ?? '';
/**
 * The language of the words shown: the catalog the browser chose (its `ui_language`), which is not always
 * what `getUILanguage()` says (a browser in French shows the English catalog; a popup may report another
 * language than its messages). Pages declare it and numbers and plurals follow it.
 */
let language: () => string = () => browserI18n()?.getMessage('ui_language') || 'en';

/** Tests, which have no browser, read the catalogs directly. */
export function useCatalogLookup(next: Lookup, uiLanguage = 'en'): void {
  lookup = next;
  language = () => uiLanguage;
}

export const uiLanguage = () => language();

const formatted = (value: string | number) => (typeof value === 'number' ? new Intl.NumberFormat(uiLanguage()).format(value) : value);

export function t(key: MessageKey, params: Params = {}): string {
  const values = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, formatted(value)]));
  return lookup(key, substitutions(values)) || key;
}

/** A message with a count, in the plural form the language uses for it (`key_one`, `key_other`, …); `{count}` is the count. */
export function tp(key: PluralKey, count: number, params: Params = {}): string {
  const form = new Intl.PluralRules(uiLanguage()).select(count);
  const values = { ...params, count };
  const chosen = `${key}_${form}` as MessageKey;
  const text = t(chosen, values);
  return text === chosen ? t(`${key}_other` as MessageKey, values) : text;
}

/** "a, b and c" as the language says it. */
export const listOf = (items: readonly string[]) => new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(items);
