import { diagnose, fingerprint } from '../core/key';
import { callShapeFor } from '../core/setup/call-shape';
import { judgeModel } from '../core/setup/models';
import type { Sentences } from '../core/said';
import { statusLine } from '../core/status/describe';
import { checkPlan, mayVerify, silentHere } from '../core/verify/check-plan';
import { buildLayers } from '../core/verify/layers';
import { acceptedByOpenAI } from '../core/verify/verdicts';
import type { RequestOf, ResponseOf } from '../shared/messages';
import { withAppSetup } from './app-setup';
import { showVerdictOnBadge } from './badge';
import { accountNote, creditCheck, creditNote } from './extras';
import { reportWithEvidence } from './page-evidence';
import type { Context } from './router';
import { redeemOffer } from './offers';
import { recordVerdict } from './site-history';
import { currentStatus } from './status';
import { loadStore } from './store';
import { loadTabState, saveVerdict } from './tab-state';
import { verify } from './verifier';
import { pageView } from '../core/key/page-view';

const STATUS_WAIT_MS = 1500;

/**
 * Asks OpenAI about what a key field holds — only where the check plan allows — as the app beside it
 * will call, and weighs the answer with the app's settings into a layered verdict; with the status
 * page and the consented extras alongside.
 */
export async function verifyPastedKey({ value, valueLength, settings: app, offer }: RequestOf<'key/verify'>, context: Context): Promise<ResponseOf<'key/verify'>> {
  const { tabId, origin } = context;
  if (tabId === undefined) throw new Error('content message without a tab');
  const { candidate, report } = diagnose(value, valueLength);
  const store = await loadStore();
  const { settings, salt } = store;
  const plan = checkPlan({ silentSite: silentHere(settings.silentSites, context), report, autoCheck: settings.autoCheck, modeChosen: settings.checkModeChosen });
  if (!mayVerify(plan)) return { notCheckable: true };
  const id = fingerprint(candidate, salt);
  // "Ask me first": only the check this worker offered for this key on this tab, once.
  if (plan === 'offer' && !(await redeemOffer(tabId, offer, id))) return { notCheckable: true };
  const status = settings.statusChecks ? currentStatus().catch(() => undefined) : Promise.resolve(undefined);
  const call = callShapeFor(app);
  const result = await verify(candidate, id, `tab:${tabId}`, call);
  if (!('verdict' in result)) return result;
  const accepted = acceptedByOpenAI(result.verdict);
  const [credit, account, tab] = await Promise.all([
    accepted && settings.creditCheck ? creditCheck(candidate, id, result) : null,
    accepted && settings.accountInfo ? accountNote(candidate, result) : null,
    loadTabState(tabId),
  ]);
  const field = tab?.field.provider ?? null;
  // The tab's report is this key's when the masks agree: it holds what the site did with the paste and what the page showed.
  const tabReport = tab && tab.report.mask === report.mask ? reportWithEvidence(tab, store, result.verdict) : undefined;
  const layers = buildLayers({
    report: tabReport ?? withAppSetup({ candidate, report }, field, app).report,
    verdict: result.verdict,
    settings: app,
    call: result.call,
    modelFindings: accepted ? judgeModel(app?.model, result.models) : null,
    credit,
    creditConsent: settings.creditCheck,
  });
  // The status page is read alongside, but never holds up the verdict for long.
  const summary = await Promise.race([status, new Promise<undefined>((done) => setTimeout(done, STATUS_WAIT_MS))]);
  const statusNote = summary ? statusLine(summary) : null;
  const kept = [statusNote, credit && creditNote(credit)].filter((note): note is Sentences => Boolean(note));
  void Promise.all([
    // Whose key it is (organization names) is for the popup only: the page's card never says it.
    saveVerdict(tabId, { verdict: result.verdict, notes: account ? [...kept, account] : kept, credit: credit?.state ?? null, layers, ...(tabReport ? { report: tabReport } : {}) }),
    showVerdictOnBadge(tabId, result.verdict, layers.works),
    recordVerdict(origin, report.mask, result.verdict),
  ]).catch(() => undefined);
  return { verdict: result.verdict, cached: result.cached, notes: kept, layers, ...(tabReport ? { report: pageView(tabReport) } : {}) };
}
