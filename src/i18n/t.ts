import type { MessageKey, PluralKey } from '../core/catalogs/en';
import { i18nApi } from '../shared/browser-api/runtime';
import { substitutions } from './placeholders';

/**
 * Every word a person reads comes from here: the browser's i18n API (`_locales`, in the browser's
 * language), with named parameters. Numbers, lists and plurals are formatted for that language.
 */
/** `names`: the parameters' names, in substitution order (tests check them against the message's placeholders). */
type Lookup = (key: string, substitutions: string[], names?: string[]) => string;
type Params = Readonly<Record<string, string | number>>;

let lookup: Lookup = (key, subs) => i18nApi()?.getMessage(key, subs) ?? '';
/**
 * The language of the words shown: the catalog the browser chose (its `ui_language`), which is not always
 * what `getUILanguage()` says (a browser in French shows the English catalog; a popup may report another
 * language than its messages). Pages declare it and numbers and plurals follow it.
 */
let language: () => string = () => i18nApi()?.getMessage('ui_language') || 'en';

/** Tests, which have no browser, read the catalogs directly. */
export function useCatalogLookup(next: Lookup, uiLanguage = 'en'): void {
  lookup = next;
  language = () => uiLanguage;
}

export const uiLanguage = () => language();

const formatted = (value: string | number) => (typeof value === 'number' ? new Intl.NumberFormat(uiLanguage()).format(value) : value);

export function t(key: MessageKey, params: Params = {}): string {
  const values = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, formatted(value)]));
  return lookup(key, substitutions(values), Object.keys(values).toSorted()) || key;
}

/** Whether the catalog has this message (a plural message is only there as `key_one`, `key_other`, …). */
export const hasMessage = (key: string) => lookup(key, []) !== '';

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
