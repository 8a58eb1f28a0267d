import { diagnoseField } from '../core/fields/diagnose-field';
import { callShapeFor } from '../core/setup/call-shape';
import { checkPlan, silentHere } from '../core/verify/check-plan';
import { buildLayers } from '../core/verify/layers';
import type { RequestOf, ResponseOf } from '../shared/messages';
import { withAppSetup } from './app-setup';
import { showReportOnBadge } from './badge';
import { withHints } from './hints';
import type { Context } from './router';
import { recordCheck } from './site-history';
import { withSiteMemory } from './site-memory';
import { loadStore } from './store';
import { saveTabState } from './tab-state';
import { pageView } from '../core/key/page-view';
import { fingerprint } from '../core/key';
import { newOffer } from './offers';

/** Something landed in a key field: diagnose it with the field, hints and site memory, and plan whether to ask OpenAI. */
export async function handleFieldCheck({ field, settings: app, ...event }: RequestOf<'field/check'>, context: Context): Promise<ResponseOf<'field/check'>> {
  const { tabId, url, origin } = context;
  if (tabId === undefined) throw new Error('content message without a tab');
  const store = await loadStore();
  const { settings, salt } = store;
  const diagnosis = withAppSetup(withHints(diagnoseField({ ...event, provider: field.provider, pageUrl: url }), store.hints), field.provider, app);
  const check = checkPlan({ silentSite: silentHere(settings.silentSites, context), report: diagnosis.report, autoCheck: settings.autoCheck, modeChosen: settings.checkModeChosen });
  // Silent: nothing shown, nothing remembered.
  if (check === 'silent') return { silent: true };
  const { report } = await withSiteMemory(diagnosis, origin);
  // Answer first: the person is waiting for the inline warning, not for the popup's copy.
  const layers = buildLayers({ report, verdict: null, settings: app, call: callShapeFor(app), modelFindings: null, credit: null, creditConsent: settings.creditCheck });
  // Bound to the key OpenAI would be asked about: the one the diagnosis judged (the field's, or the paste the site removed).
  const offer = check === 'offer' ? newOffer(fingerprint(diagnosis.candidate, salt)) : undefined;
  void Promise.all([
    saveTabState(tabId, { origin, field, report, at: Date.now(), settings: app, layers, ...(offer ? { offer } : {}) }),
    showReportOnBadge(tabId, report),
    recordCheck(origin, report),
  ]).catch(() => undefined);
  return { report: pageView(report), check, ...(offer ? { offer: offer.token } : {}) };
}
