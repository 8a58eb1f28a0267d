import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every word a person reads comes from the catalogs: the core says codes and values, and the pages
 * and the card render them. A word written into the code (JSX text, an aria-label, title,
 * placeholder or alt, or a quoted sentence) fails here: it would not follow the browser's language.
 */
const SOURCES = ['src'];
/** Files of names and data, not words: the catalogs; providers' and apps' names with their sources; the English names hints were stored with before storage version 8; the card's CSS. */
const DATA_FILES = new Set([
  'src/core/key/providers.ts', 'src/core/setup/apps.ts', 'src/shared/hint-before-8.ts', 'src/content/warning/styles.ts',
]);
/** Quoted text that is not for people: OpenAI's own words matched in its answers and pages, a provider's name, CSS selectors, and code the matcher misreads. */
const NOT_WORDS = new Set([
  'Incorrect API key provided', 'No such organization', 'Chat Completions', 'Azure OpenAI',
  'thead th', ', Pick',
]);

const ROOT = join(import.meta.dirname, '../..');

/** Words a person reads, written in the source: text between tags, and the attributes people hear or see. */
export function literalText(source: string): string[] {
  // Comments are not shown; code samples (<code>GET /v1/me</code>) are the same in every language.
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/<code>[^<{]*<\/code>/g, '');
  // Between a tag's end and the next tag: not code (TypeScript generics also sit between > and <), not a host name.
  const text = [...withoutComments.matchAll(/(?<!=)>([^<>{}]*\p{L}[^<>{}]*)</gu)]
    .map((match) => (match[1] ?? '').trim())
    .filter((segment) => !/[;=()[\]&]/.test(segment) && !/^[\w-]+(?:\.[\w-]+)+$/.test(segment));
  const attributes = [...withoutComments.matchAll(/\b(?:aria-label|title|placeholder|alt)="([^"]*\p{L}[^"]*)"/gu)]
    .map((match) => match[1] ?? '')
    .filter((value) => !/^https?:\/\/\S+$/.test(value));
  // Sentences in code, e.g. setError('Try again.'): quoted text with two words or more. Errors thrown for developers are not shown.
  const sentences = [...withoutComments.matchAll(/(?<!class(?:Name)?[=:]\s*|new (?:Type)?Error\()(['`])(\p{L}[^'`\n]*\s\p{L}[^'`\n]*)\1/gu)]
    .map((match) => match[2] ?? '')
    // Selectors and code between two quotes on one line are not sentences.
    .filter((quoted) => !/[[\]&=]/.test(quoted));
  return [...text, ...attributes, ...sentences].filter(Boolean);
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return path === 'src/core/catalogs' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !DATA_FILES.has(path) ? [path] : [];
  });

describe('words come from the catalogs', () => {
  const files = SOURCES.flatMap(sourceFiles);

  it('looks at every source file: the core, the worker, the content script, the pages', () => {
    expect(files.length).toBeGreaterThan(120);
    expect(files).toEqual(expect.arrayContaining(['src/core/key/findings.ts', 'src/core/verify/layers.ts', 'src/popup/Checklist.tsx', 'src/content/warning/view.ts', 'src/background/badge.ts']));
  });

  it.each(files)('%s has no word of its own', (file) => {
    expect(literalText(readFileSync(join(ROOT, file), 'utf8')).filter((text) => !NOT_WORDS.has(text))).toEqual([]);
  });

  it('catches words in JSX text and in attributes people read', () => {
    expect(literalText('<p>Saved.</p><button aria-label="Dismiss">{t(\'x\')}</button><img alt="" />')).toEqual(['Saved.', 'Dismiss']);
    expect(literalText('<p>{t(\'welcome_title\')}</p> a => b')).toEqual([]);
    expect(literalText('useState<Mode | undefined>(); <code>api.openai.com</code> <code>GET /v1/me</code>')).toEqual([]);
    expect(literalText('change: (update: Partial<Settings>) => Promise<void>; <input placeholder="https://example.com" />')).toEqual([]);
    expect(literalText("setError('Could not save. Try again.'); <div class='a b'></div>")).toEqual(['Could not save. Try again.']);
    expect(literalText("throw new Error('no tab for this message'); make('empty', said('f_empty'))")).toEqual([]);
  });
});
