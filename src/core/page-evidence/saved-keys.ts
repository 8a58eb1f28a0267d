import { type Hint, hintName } from '../hints/hint';
import { said, type Said } from '../said';
import type { SiteMemory } from '../hints/site-memory';
import { diagnose, fingerprint, mask, maskTokens } from '../key';
import { type KeyKind, OPENAI_STYLE_KINDS } from '../key/classify-key';

/**
 * Finding the key a site saved in the browser: which strings in its storage are OpenAI keys or masks
 * of one, where in the stored value they sit, and whose key each is. Only masks and salted
 * fingerprints leave the frame that read the storage.
 */

export const STORAGE_AREAS = ['localStorage', 'sessionStorage', 'indexedDB'] as const;
export type StorageArea = (typeof STORAGE_AREAS)[number];

/** Bounds on one scan of one frame, whatever the site stored. */
export const SCAN_LIMITS = {
  entriesPerArea: 10_000,
  /** Characters of one stored value looked at; past that the value is not a settings record. */
  charsPerValue: 6_000_000,
  /** Characters looked at in all, per frame. */
  charsInAll: 60_000_000,
  keysPerValue: 5,
  found: 50,
  databases: 20,
  storesPerDatabase: 20,
  recordsPerStore: 2_000,
  /** Nodes of one parsed value walked to name where a key sits. */
  jsonNodes: 20_000,
  /** A scan stops here and says it is partial. */
  ms: 3_000,
} as const;

const CANDIDATE = /sk-[A-Za-z0-9_-]{20,300}|sk-[A-Za-z0-9_-]{0,12}(?:\*{2,}|…|\.{3}|[•●]+)[A-Za-z0-9_-]{0,4}/g;

export interface KeyInText {
  /** The key itself (secret: fingerprinted and masked where it was read, then dropped) or the mask as stored. */
  text: string;
  masked: boolean;
  kind: KeyKind;
}

/** OpenAI keys and masks of keys in a stored value, at most a few. Linear in the (bounded) text. */
export function keysInText(text: string): KeyInText[] {
  const found: KeyInText[] = [];
  for (const match of text.slice(0, SCAN_LIMITS.charsPerValue).matchAll(CANDIDATE)) {
    const { candidate, report } = diagnose(match[0]);
    if (report.kind === 'masked') found.push({ text: match[0], masked: true, kind: report.kind });
    else if (OPENAI_STYLE_KINDS.has(report.kind) && report.checkable) found.push({ text: candidate, masked: false, kind: report.kind });
    if (found.length >= SCAN_LIMITS.keysPerValue) break;
  }
  return found;
}

/** A stored value read as JSON when it is an object or array (a persisted store), else undefined. */
export function jsonOf(value: string): unknown {
  const start = value.trimStart()[0];
  if ((start !== '{' && start !== '[') || value.length > SCAN_LIMITS.charsPerValue) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** Where in a parsed value a string holding `needle` sits ("state.openaiApiKey"), or null. Bounded walk. */
export function pathIn(parsed: unknown, needle: string): string | null {
  const stack: [unknown, string][] = [[parsed, '']];
  for (let visited = 0; stack.length > 0 && visited < SCAN_LIMITS.jsonNodes; visited++) {
    const [node, path] = stack.pop() as [unknown, string];
    if (typeof node === 'string') {
      if (!node.includes(needle)) continue;
      // A store may keep its state as a JSON string inside its record.
      const inner = jsonOf(node);
      return [path, inner === undefined ? null : pathIn(inner, needle)].filter(Boolean).join('.') || null;
    }
    if (node && typeof node === 'object') {
      for (const [name, child] of Object.entries(node).slice(0, 1000)) stack.push([child, path ? `${path}.${name}` : name]);
    }
  }
  return null;
}

/** A storage entry's name, safe to show: anything key-like in it masked, and short. */
export function safeName(name: string): string {
  return maskTokens(name).slice(0, 100);
}

/** One key found in a frame's storage, as it leaves the frame: never the key. */
export interface FoundKey {
  /** Names the entry to the frame that found it, for "Clear only this entry"; random, per scan. */
  token: string;
  area: StorageArea;
  /** The entry's name: a storage key, or "database › store › record" for IndexedDB. */
  entry: string;
  /** Where in the stored value, when it is JSON. */
  path: string | null;
  mask: string;
  masked: boolean;
  kind: KeyKind;
  /** Salted SHA-256 of the key with each salt asked for, in order; empty for a mask. */
  fingerprints: string[];
}

export function describeFound(found: KeyInText, where: Pick<FoundKey, 'token' | 'area' | 'entry' | 'path'>, salts: readonly string[]): FoundKey {
  return {
    ...where,
    entry: safeName(where.entry),
    mask: found.masked ? found.text.slice(0, 40) : mask(found.text),
    masked: found.masked,
    kind: found.kind,
    fingerprints: found.masked ? [] : salts.map((salt) => fingerprint(found.text, salt)),
  };
}

/** Whose key a found one is: the key pasted on this tab, the last one pasted on the site, a hint, none known, or a mask. */
export type SavedKeyMatch =
  | { kind: 'pasted' }
  | { kind: 'site'; mask: string }
  | { kind: 'hint'; label: string }
  | { kind: 'unknown' }
  | { kind: 'mask' };

export interface MatchFacts {
  /** The salts the frames fingerprinted with: the install's first, then the hints' own. */
  salts: readonly string[];
  hints: readonly Hint[];
  site: SiteMemory | undefined;
  /** The mask of the key checked on this tab, if any. */
  pastedMask: string | null;
}

export function matchFound(found: Pick<FoundKey, 'fingerprints' | 'masked'>, { salts, hints, site, pastedMask }: MatchFacts): SavedKeyMatch {
  if (found.masked) return { kind: 'mask' };
  if (site && found.fingerprints[0] === site.fingerprint) return site.mask === pastedMask ? { kind: 'pasted' } : { kind: 'site', mask: site.mask };
  const hint = hints.find((h) => found.fingerprints[salts.indexOf(h.salt)] === h.fingerprint);
  return hint ? { kind: 'hint', label: hint.label } : { kind: 'unknown' };
}

/** The salts to fingerprint with: the install's, then each hint's own when different. */
export const saltsFor = (installSalt: string, hints: readonly Hint[]) => [...new Set([installSalt, ...hints.map((h) => h.salt)])];

/** A found key as the popup gets it: where, its mask, and whose it is. */
export type SavedKey = Omit<FoundKey, 'fingerprints'> & { match: SavedKeyMatch; frame: string };

/** What "Look for a saved key on this site" found in all the tab's frames. */
export interface SavedKeyScan {
  found: SavedKey[];
  /** A frame stopped at a bound (time, size) or could not read an area: what it found is not all there is. */
  partial: boolean;
}

/** Where a key was found: the storage area, the entry's name, and where in its value. */
export const whereFound = (key: Pick<SavedKey, 'area' | 'entry' | 'path'>): Said =>
  key.path ? said('saved_where_path', { area: key.area, entry: key.entry, path: key.path }) : said('saved_where', { area: key.area, entry: key.entry });

export function whoseFound(match: SavedKeyMatch): Said {
  switch (match.kind) {
    case 'pasted': return said('saved_whose_pasted');
    case 'site': return said('saved_whose_site', { mask: match.mask });
    case 'hint': return said('saved_whose_hint', { label: hintName(match) });
    case 'unknown': return said('saved_whose_unknown');
    case 'mask': return said('saved_whose_mask');
  }
}

/** "the key you pasted (sk-proj-…abcd) in localStorage “settings”". */
export const savedKeySaid = (key: SavedKey): Said => said('saved_key_in', { mask: key.mask, where: whereFound(key), whose: whoseFound(key.match) });
