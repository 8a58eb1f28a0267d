import type { ComponentChild } from 'preact';
import type { MessageKey } from '../core/catalogs/en';
import { t } from '../i18n/t';

/**
 * A message whose placeholders are elements (a `<code>`, a link): the words and their order stay in
 * the catalog, the markup in the component.
 */
export function tRich(key: MessageKey, parts: Readonly<Record<string, ComponentChild>>): ComponentChild[] {
  const names = Object.keys(parts);
  const marked = t(key, Object.fromEntries(names.map((name, index) => [name, `\uE000${index}\uE001`])));
  return marked.split(/\uE000(\d+)\uE001/).map((piece, index) => (index % 2 === 1 ? parts[names[Number(piece)] ?? ''] : piece));
}
