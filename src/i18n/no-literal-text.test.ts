import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Components whose every word comes from the catalogs. A word written into one of them (JSX text, or
 * an aria-label, title, placeholder or alt) fails here: it would not follow the browser's language.
 * The list grows as each surface moves to the catalogs (issue 15).
 */
const TRANSLATED = [
  'src/welcome/Welcome.tsx', 'src/welcome/main.tsx', 'src/ui/HostAccessNotice.tsx', 'src/ui/Confirmation.tsx', 'src/ui/CheckModeChoices.tsx',
  'src/options/Options.tsx', 'src/options/HintsSection.tsx', 'src/options/SitesSection.tsx', 'src/options/TransferSection.tsx',
  'src/options/Toggle.tsx', 'src/options/useSettings.ts', 'src/options/useHints.ts', 'src/options/main.tsx',
  'src/popup/Popup.tsx', 'src/popup/LayersSummary.tsx', 'src/popup/Checklist.tsx', 'src/popup/VerdictPanel.tsx', 'src/popup/TamperedNotice.tsx',
  'src/popup/SiteHistory.tsx', 'src/popup/PageFields.tsx', 'src/popup/CheckAnyKey.tsx', 'src/popup/OfferedCheck.tsx', 'src/popup/TabDiagnosis.tsx',
  'src/popup/StepActions.tsx', 'src/popup/SavedKeys.tsx', 'src/popup/useSavedKeys.ts', 'src/popup/main.tsx',
  'src/content/warning/view.ts', 'src/content/warning/verification.ts',
];

const ROOT = join(import.meta.dirname, '../..');

/** Words a person reads, written in the source: text between tags, and the attributes people hear or see. */
export function literalText(source: string): string[] {
  // Comments are not shown; code samples (<code>GET /v1/me</code>) are the same in every language.
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/<code>[^<{]*<\/code>/g, '');
  // Between a tag's end and the next tag: not code (TypeScript generics also sit between > and <), not a host name.
  const text = [...withoutComments.matchAll(/(?<!=)>([^<>{}]*\p{L}[^<>{}]*)</gu)]
    .map((match) => (match[1] ?? '').trim())
    .filter((segment) => !/[;=()[\]]/.test(segment) && !/^[\w-]+(?:\.[\w-]+)+$/.test(segment));
  const attributes = [...withoutComments.matchAll(/\b(?:aria-label|title|placeholder|alt)="([^"]*\p{L}[^"]*)"/gu)]
    .map((match) => match[1] ?? '')
    .filter((value) => !/^https?:\/\/\S+$/.test(value));
  // Sentences in code, e.g. setError('Try again.'): quoted text with two words or more.
  const sentences = [...withoutComments.matchAll(/(?<!class(?:Name)?[=:]\s*)(['`])(\p{L}[^'`\n]*\s\p{L}[^'`\n]*)\1/gu)].map((match) => match[2] ?? '');
  return [...text, ...attributes, ...sentences].filter(Boolean);
}

describe('words come from the catalogs', () => {
  it.each(TRANSLATED)('%s has no word of its own', (file) => {
    expect(literalText(readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });

  it('catches words in JSX text and in attributes people read', () => {
    expect(literalText('<p>Saved.</p><button aria-label="Dismiss">{t(\'x\')}</button><img alt="" />')).toEqual(['Saved.', 'Dismiss']);
    expect(literalText('<p>{t(\'welcome_title\')}</p> a => b')).toEqual([]);
    expect(literalText('useState<Mode | undefined>(); <code>api.openai.com</code> <code>GET /v1/me</code>')).toEqual([]);
    expect(literalText('change: (update: Partial<Settings>) => Promise<void>; <input placeholder="https://example.com" />')).toEqual([]);
    expect(literalText("setError('Could not save. Try again.'); <div class='a b'></div>")).toEqual(['Could not save. Try again.']);
  });
});
