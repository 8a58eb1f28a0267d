import { diagnoseField } from '../core/fields';
import { diagnose } from '../core/key';
import { statusLine } from '../core/status/describe';
import { classify } from '../core/verify/classify';
import type { Handlers } from './router';
import { showReportOnBadge, showVerdictOnBadge } from './badge';
import { probeWithoutKey } from './openai-fetch';
import { currentStatus } from './status';
import { accountNote, creditCheck, creditNote } from './extras';
import { addHint, deleteHint, listHints, reorderHint, updateHint, withHints } from './hints';
import { recordCheck, recordVerdict, siteHistory } from './site-history';
import { forgetSites, rememberedSites, withSiteMemory } from './site-memory';
import { keyId, verify } from './verifier';
import { local } from '../shared/browser-api';
import { buildExport, readImport } from '../shared/transfer';
import { loadStore, updateSettings } from './store';
import { loadTabState, saveTabState, saveVerdict } from './tab-state';

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

const STATUS_WAIT_MS = 1500;

export const handlers: Handlers = {
  'field/check': async ({ field, ...event }, { tabId, url }) => {
    if (tabId === undefined) throw new Error('content message without a tab');
    const origin = originOf(url);
    if ((await loadStore()).settings.silentSites.includes(origin)) {
      return { report: diagnose('').report, check: 'no' as const, silent: true };
    }
    const { report } = await withSiteMemory(await withHints(diagnoseField({ ...event, provider: field.provider, pageUrl: url })), origin);
    const { autoCheck } = (await loadStore()).settings;
    const check = !report.checkable ? 'no' : autoCheck === 'auto' ? 'now' : autoCheck === 'ask' ? 'offer' : 'no';
    // Answer first: the person is waiting for the inline warning, not for the popup's copy.
    void Promise.all([saveTabState(tabId, { origin, field, report, at: Date.now() }), showReportOnBadge(tabId, report), recordCheck(origin, report)]).catch(
      () => undefined,
    );
    return { report, check, silent: false };
  },
  'key/verify': async ({ value, valueLength }, { tabId, url }) => {
    if (tabId === undefined) throw new Error('content message without a tab');
    const { candidate, report } = diagnose(value, valueLength);
    const { autoCheck, silentSites } = (await loadStore()).settings;
    if (!report.checkable || autoCheck === 'never' || silentSites.includes(originOf(url))) return { notCheckable: true as const };
    const { statusChecks, creditCheck: creditConsent, accountInfo } = (await loadStore()).settings;
    const status = statusChecks ? currentStatus().catch(() => undefined) : Promise.resolve(undefined);
    const result = await verify(candidate, `tab:${tabId}`);
    if (!('verdict' in result)) return result;
    const accepted = result.verdict.kind === 'live';
    const id = await keyId(candidate);
    const [credit, account] = await Promise.all([
      accepted && creditConsent ? creditCheck(candidate, id, result.model) : null,
      accepted && accountInfo ? accountNote(candidate) : null,
    ]);
    // The status page is read alongside, but never holds up the verdict for long.
    const summary = await Promise.race([status, new Promise<undefined>((done) => setTimeout(done, STATUS_WAIT_MS))]);
    const statusNote = summary ? statusLine(summary) : null;
    const kept = [statusNote, credit && creditNote(credit)].filter((note): note is string => Boolean(note));
    const found = { verdict: result.verdict, notes: kept, credit: credit?.state ?? null };
    void Promise.all([
      saveVerdict(tabId, found),
      showVerdictOnBadge(tabId, result.verdict),
      recordVerdict(originOf(url), report.mask, result.verdict),
    ]).catch(() => undefined);
    // Whose key it is goes back to the page's warning only: it is personal data and is not kept.
    return { verdict: result.verdict, cached: result.cached, notes: account ? [...kept, account] : kept };
  },
  // The popup's "check any key": asked for by a click, so it runs whatever the automatic-check setting says.
  'key/check': async ({ value, valueLength }) => {
    const { candidate, report } = await withHints(diagnose(value, valueLength));
    if (!report.checkable) return { report, result: null };
    const result = await verify(candidate, 'popup');
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
