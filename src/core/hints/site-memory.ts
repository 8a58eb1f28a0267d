import { type Finding, finding } from '../key';

/** The last key pasted on a site: its fingerprint and mask, and when; and the different one pasted there before it. */
export interface SiteMemory {
  fingerprint: string;
  mask: string;
  at: number;
  previous?: { mask: string; at: number };
}

export type SiteMemories = Record<string, SiteMemory>;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
export const MAX_SITES = 500;

/** "Not the key you used here last time", when there was a different one. */
export function siteFindings(previous: SiteMemory | undefined, fingerprint: string, now: number): Finding[] {
  if (!previous || previous.fingerprint === fingerprint) return [];
  return [finding.siteKeyChanged(previous.mask, now - previous.at)];
}

/** What to remember after a key was pasted on a site: a different key pushes the last one into `previous`. */
export function remember(last: SiteMemory | undefined, fingerprint: string, mask: string, now: number): SiteMemory {
  const previous = last && last.fingerprint !== fingerprint ? { mask: last.mask, at: last.at } : last?.previous;
  return previous ? { fingerprint, mask, at: now, previous } : { fingerprint, mask, at: now };
}

/** Forgets what is older than the retention, and the oldest sites beyond the cap. */
export function prune(sites: SiteMemories, now: number, retentionDays: number): SiteMemories {
  const fresh = Object.entries(sites)
    .filter(([, memory]) => now - memory.at < retentionDays * DAY)
    .toSorted(([, a], [, b]) => b.at - a.at)
    .slice(0, MAX_SITES);
  return Object.fromEntries(fresh);
}
