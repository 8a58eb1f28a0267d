import { prune, remember, type SiteMemory, siteFindings } from '../core/hints/site-memory';
import { addFindings, type Diagnosis, fingerprint } from '../core/key';
import type { LocalStore } from '../shared/storage-schema';
import { loadStore, saveStore } from './store';

/**
 * Compares a complete key with the last one pasted on the same site, then remembers this one.
 * Nothing of it is sent anywhere.
 */
export async function withSiteMemory(diagnosis: Diagnosis, origin: string, store: LocalStore): Promise<Diagnosis> {
  if (!origin || !diagnosis.report.checkable) return diagnosis;
  const { salt, sites: stored, settings } = store;
  const now = Date.now();
  const sites = prune(stored, now, settings.retentionDays);
  const id = fingerprint(diagnosis.candidate, salt);
  const found = siteFindings(sites[origin], id, now);
  sites[origin] = remember(sites[origin], id, diagnosis.report.mask, now);
  await saveStore({ sites: prune(sites, now, settings.retentionDays) });
  return addFindings(diagnosis, found);
}

export async function rememberedSites(): Promise<({ origin: string } & Pick<SiteMemory, 'mask' | 'at'>)[]> {
  const { sites, settings } = await loadStore();
  return Object.entries(prune(sites, Date.now(), settings.retentionDays)).map(([origin, { mask, at }]) => ({ origin, mask, at }));
}

export async function forgetSites(): Promise<[]> {
  await saveStore({ sites: {} });
  return [];
}
