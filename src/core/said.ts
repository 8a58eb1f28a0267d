import type { MessageKey, PluralKey } from './catalogs/en';

/** How long ago something was, in milliseconds: said as "3 hours ago" in the person's language. */
export interface Ago {
  ago: number;
}

/** A value put into a message: data as it is (a host, a mask, a model), a number, a time ago, words, or a list (of data or words). */
export type SaidValue = string | number | Ago | Said | readonly (string | Said)[];

/**
 * Words as the core says them: a catalog key and its values, never a sentence. The pages render them
 * in the person's language (src/i18n/say.ts). A plural key takes its count from `values.count`.
 */
export interface Said {
  key: MessageKey | PluralKey;
  values?: Readonly<Record<string, SaidValue>>;
}

export const said = (key: MessageKey | PluralKey, values?: Readonly<Record<string, SaidValue>>): Said => (values ? { key, values } : { key });

/** Sentences said one after the other. */
export type Sentences = Said[];
