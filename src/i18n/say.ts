import type { MessageKey, PluralKey } from '../core/catalogs/en';
import type { Ago, Said, SaidValue, Sentences } from '../core/said';
import { hasMessage, listOf, t, tp, uiLanguage } from './t';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "3 hours ago", "yesterday", in the page's language. */
function ago({ ago: ms }: Ago): string {
  if (ms < 2 * MINUTE) return t('time_just_now');
  const format = new Intl.RelativeTimeFormat(uiLanguage(), { numeric: 'auto' });
  if (ms < HOUR) return format.format(-Math.round(ms / MINUTE), 'minute');
  if (ms < DAY) return format.format(-Math.round(ms / HOUR), 'hour');
  return format.format(-Math.round(ms / DAY), 'day');
}

const isAgo = (value: object): value is Ago => 'ago' in value;

function valueOf(value: SaidValue): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (Array.isArray(value)) return listOf(value.map((item: string | Said) => (typeof item === 'string' ? item : say(item))));
  return isAgo(value as object) ? ago(value as Ago) : say(value as Said);
}

/** What the core said, in the person's language: values first (numbers, times, lists, words inside words), then the message. */
export function say(words: Said): string {
  const values = Object.fromEntries(Object.entries(words.values ?? {}).map(([name, value]) => [name, valueOf(value)]));
  const { count, ...rest } = values;
  // Plural keys are named by their base: `f_extra` stands for `f_extra_one`, `f_extra_other`…
  if (typeof count === 'number' && !hasMessage(words.key)) return tp(words.key as PluralKey, count, rest);
  return t(words.key as MessageKey, values);
}

/** A value as the page shows it: data as it is, numbers and times as the language writes them, words said. */
export const sayValue = (value: SaidValue): string => String(valueOf(value));

/** Sentences one after another: with a space, or none in Chinese and Japanese. */
export function sayAll(sentences: Sentences): string {
  const gap = /^(?:zh|ja)\b/.test(uiLanguage()) ? '' : ' ';
  return sentences.map(say).filter(Boolean).join(gap).trim();
}
