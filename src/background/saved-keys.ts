import { matchFound, saltsFor, type SavedKey } from '../core/page-evidence/saved-keys';
import { callInAllFrames } from '../shared/browser-api';
import { SAVED_KEYS } from '../shared/browser-api/runtime';
import type { RequestOf, ResponseOf } from '../shared/messages';
import { FrameScanSchema } from '../shared/schemas';
import { loadStore } from './store';
import { loadTabState } from './tab-state';
// Built as a self-contained script of its own (crxjs); the import gives its file name in the extension.
// oxlint-disable-next-line import/default -- the default export is made by the build, not by the module.
import SAVED_KEYS_FILE from '../content/saved-keys/main.ts?script&iife';

/**
 * "Look for a saved key on this site": each frame of the tab reads its own storage and answers with
 * masks and fingerprints only; here each is matched with the key pasted on the tab, the site's memory
 * and the hints. Nothing of it is stored.
 */
export async function findSavedKeys({ tabId, origin }: RequestOf<'site/saved-keys'>): Promise<ResponseOf<'site/saved-keys'>> {
  const store = await loadStore();
  const salts = saltsFor(store.salt, store.hints);
  const [answers, tab] = await Promise.all([callInAllFrames(tabId, SAVED_KEYS_FILE, SAVED_KEYS, 'findSavedKeys', [salts]), loadTabState(tabId)]);
  const facts = { salts, hints: store.hints, site: store.sites[origin], pastedMask: tab?.report.mask ?? null };
  let partial = false;
  const found: SavedKey[] = [];
  for (const answer of answers) {
    const scan = FrameScanSchema.safeParse(answer);
    // A frame that could not answer, or answered something malformed, leaves the search incomplete.
    if (!scan.success) {
      partial = true;
      continue;
    }
    partial ||= scan.data.partial;
    for (const { fingerprints, ...where } of scan.data.found) found.push({ ...where, frame: scan.data.origin, match: matchFound({ fingerprints, masked: where.masked }, facts) });
  }
  return { found: found.slice(0, 200), partial };
}

/** "Clear only this entry": the frame that found it, and only that one, removes the entry its token names. */
export async function clearSavedKey({ tabId, token }: RequestOf<'site/clear-saved-key'>): Promise<ResponseOf<'site/clear-saved-key'>> {
  const answers = await callInAllFrames(tabId, SAVED_KEYS_FILE, SAVED_KEYS, 'clearSavedEntry', [token]);
  return { cleared: answers.some((answer) => answer === true) };
}
