import { diagnoseField } from '../core/fields/diagnose-field';
import { callShapeFor } from '../core/setup/call-shape';
import { checkPlan } from '../core/verify/check-plan';
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

/** Something landed in a key field: diagnose it with the field, hints and site memory, and plan whether to ask OpenAI. */
export async function handleFieldCheck({ field, settings: app, ...event }: RequestOf<'field/check'>, { tabId, url, origin }: Context): Promise<ResponseOf<'field/check'>> {
  if (tabId === undefined) throw new Error('content message without a tab');
  const store = await loadStore();
  const { settings } = store;
  const diagnosis = withAppSetup(withHints(diagnoseField({ ...event, provider: field.provider, pageUrl: url }), store.hints), field.provider, app);
  const check = checkPlan({ silentSite: settings.silentSites.includes(origin), report: diagnosis.report, autoCheck: settings.autoCheck });
  // Silent: nothing shown, nothing remembered.
  if (check === 'silent') return { silent: true };
  const { report } = await withSiteMemory(diagnosis, origin, store);
  // Answer first: the person is waiting for the inline warning, not for the popup's copy.
  const layers = buildLayers({ report, verdict: null, settings: app, call: callShapeFor(app), modelFindings: null, credit: null, creditConsent: settings.creditCheck });
  void Promise.all([
    saveTabState(tabId, { origin, field, report, at: Date.now(), settings: app, layers }),
    showReportOnBadge(tabId, report),
    recordCheck(origin, report),
  ]).catch(() => undefined);
  return { report, check };
}
