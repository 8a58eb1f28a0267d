import { prune, remember, type SiteMemory, siteFindings } from '../core/hints/site-memory';
import { addFindings, type Diagnosis, fingerprint } from '../core/key';
import { changeStore, loadStore } from './store';

/**
 * Compares a complete key with the last one pasted on the same site, then remembers this one.
 * Nothing of it is sent anywhere.
 */
export async function withSiteMemory(diagnosis: Diagnosis, origin: string): Promise<Diagnosis> {
  if (!origin || !diagnosis.report.checkable) return diagnosis;
  const found = await changeStore(({ salt, sites: stored, settings }) => {
    const now = Date.now();
    const sites = prune(stored, now, settings.retentionDays);
    const id = fingerprint(diagnosis.candidate, salt);
    const answer = siteFindings(sites[origin], id, now);
    sites[origin] = remember(sites[origin], id, diagnosis.report.mask, now);
    return { change: { sites: prune(sites, now, settings.retentionDays) }, answer };
  });
  return addFindings(diagnosis, found);
}

export async function rememberedSites(): Promise<({ origin: string } & Pick<SiteMemory, 'mask' | 'at'>)[]> {
  const { sites, settings } = await loadStore();
  return Object.entries(prune(sites, Date.now(), settings.retentionDays)).map(([origin, { mask, at }]) => ({ origin, mask, at }));
}

export const forgetSites = (): Promise<[]> => changeStore(() => ({ change: { sites: {} }, answer: [] }));
