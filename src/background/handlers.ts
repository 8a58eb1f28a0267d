import { diagnose, fingerprint } from '../core/key';
import { classify } from '../core/verify/classify';
import { local } from '../shared/browser-api';
import { buildExport, readImport } from '../shared/transfer';
import { checkField } from './check-field';
import { addHint, deleteHint, listHints, reorderHint, updateHint, withHints } from './hints';
import { probeWithoutKey } from './openai-fetch';
import type { Handlers } from './router';
import { siteHistory } from './site-history';
import { forgetSites, rememberedSites } from './site-memory';
import { currentStatus } from './status';
import { loadStore, updateSettings } from './store';
import { loadTabState } from './tab-state';
import { verify } from './verifier';
import { verifyPastedKey } from './verify-pasted-key';

/** Which function answers which message. The router has already checked the sender and the payload. */
export const handlers: Handlers = {
  'field/check': checkField,
  'key/verify': verifyPastedKey,
  // The popup's "check any key": asked for by a click, so it runs whatever the automatic-check setting says.
  'key/check': async ({ value, valueLength }) => {
    const { hints, salt } = await loadStore();
    const { candidate, report } = withHints(diagnose(value, valueLength), hints);
    if (!report.checkable) return { report, result: null };
    const result = await verify(candidate, fingerprint(candidate, salt), 'popup');
    return { report, result: 'verdict' in result ? { verdict: result.verdict, cached: result.cached, notes: [] } : result };
  },
  'hints/list': async () => ({ hints: await listHints() }),
  'hints/add': async ({ value, label }) => addHint(value, label),
  'hints/update': async ({ id, label, note }) => ({ hints: await updateHint(id, { label, note }) }),
  'hints/delete': async ({ id }) => ({ hints: await deleteHint(id) }),
  'hints/move': async ({ id, by }) => ({ hints: await reorderHint(id, by) }),
  'sites/list': async () => ({ sites: await rememberedSites() }),
  'sites/forget': async () => {
    await forgetSites();
    return { sites: [] };
  },
  'data/export': async () => {
    const { settings, hints } = await loadStore();
    return buildExport(settings, hints, new Date());
  },
  'data/import': async ({ text }) => {
    const result = readImport(text, (await loadStore()).hints);
    if (!result.ok) return result;
    await local.set({ settings: result.settings, hints: result.hints });
    return { ok: true as const, added: result.added, skipped: result.skipped.slice(0, 100), hints: result.hints };
  },
  'status/get': async () => currentStatus(),
  'site/history': async ({ origin }) => ({ entries: await siteHistory(origin) }),
  'network/check': async () => {
    const outcome = await probeWithoutKey();
    if (outcome.kind === 'no-response') return { reachable: false, detail: classify(outcome).evidence.note ?? 'no answer' };
    const verdict = classify(outcome);
    // Without a key, OpenAI itself answers 401 with its JSON error: that proves the way there is open.
    const fromOpenAI = outcome.status === 401 && verdict.evidence.message !== null;
    return { reachable: fromOpenAI, detail: fromOpenAI ? 'OpenAI answered' : `HTTP ${outcome.status}: ${verdict.evidence.note ?? 'not OpenAI’s answer'}` };
  },
  // Nothing to do: receiving it starts the worker, so the paste that follows is answered at once.
  'worker/wake': async () => ({ ok: true as const }),
  'tab/state': async ({ tabId }) => ({ state: await loadTabState(tabId) }),
  'settings/get': async () => (await loadStore()).settings,
  'settings/set': async (change) => updateSettings(change),
};
