/**
 * Messages are written with named placeholders — `{count}`, `{host}` — in every locale. The browser's
 * i18n API takes positional substitutions, so a message's names are numbered in alphabetical order:
 * the same numbering in every locale and at every call, with no catalog needed to know it.
 */
const PLACEHOLDER = /\{([a-z][a-zA-Z0-9]*)\}/g;

/** The placeholder names in a message, each once, alphabetically: their substitution order. */
export function placeholdersOf(message: string): string[] {
  return [...new Set([...message.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))].toSorted();
}

/** Values in substitution order: what `i18n.getMessage(key, substitutions)` takes. */
export function substitutions(params: Readonly<Record<string, string>>): string[] {
  return Object.keys(params).toSorted().map((name) => params[name] ?? '');
}

export interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** One catalog entry in `_locales/<locale>/messages.json` form: `{host}` becomes `$HOST$`, a literal `$` becomes `$$`. */
export function toChromeMessage(message: string, description?: string): ChromeMessage {
  const names = placeholdersOf(message);
  const text = message.replaceAll('$', '$$$$').replace(PLACEHOLDER, (_whole, name: string) => `$${name.toUpperCase()}$`);
  const entry: ChromeMessage = { message: text };
  if (description) entry.description = description;
  if (names.length > 0) entry.placeholders = Object.fromEntries(names.map((name, index) => [name, { content: `$${index + 1}` }]));
  return entry;
}

/** A catalog message with its substitutions put in, as the browser's i18n API does it: for tests and build tools, which have no browser. */
export function fillIn(message: string, values: readonly string[]): string {
  const names = placeholdersOf(message);
  return message.replace(PLACEHOLDER, (_whole, name: string) => values[names.indexOf(name)] ?? '');
}
