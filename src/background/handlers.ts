import { checkAnyKey } from './check-any-key';
import { exportData, importData } from './data-transfer';
import { handleFieldCheck } from './field-check';
import { addHint, deleteHint, listHints, reorderHint, updateHint } from './hints';
import { networkCheck } from './network-check';
import { handlePageEvidence } from './page-evidence';
import { scanTab } from './page-scan';
import { perTabLimited } from './per-tab-limit';
import { checkOffered } from './offers';
import { popupView } from './popup-view';
import { warningTampered } from './tampering';
import { clearSavedKey, findSavedKeys } from './saved-keys';
import type { Handlers } from './router';
import { forgetSites, rememberedSites } from './site-memory';
import { currentStatus } from './status';
import { loadStore, updateSettings } from './store';
import { verifyPastedKey } from './verify-pasted-key';
import { loadWarningUI } from './warning-ui';

/** Which function answers which message. The router has already checked the sender and the payload. */
export const handlers: Handlers = {
  'field/check': perTabLimited('field/check', handleFieldCheck),
  'key/verify': verifyPastedKey,
  'page/evidence': perTabLimited('page/evidence', handlePageEvidence),
  'site/saved-keys': findSavedKeys,
  'site/clear-saved-key': clearSavedKey,
  'key/check': checkAnyKey,
  'hints/list': async () => ({ hints: await listHints() }),
  'hints/add': ({ value, label }) => addHint(value, label),
  'hints/update': async ({ id, label, note }) => ({ hints: await updateHint(id, { label, note }) }),
  'hints/delete': async ({ id }) => ({ hints: await deleteHint(id) }),
  'hints/move': async ({ id, by }) => ({ hints: await reorderHint(id, by) }),
  'sites/list': async () => ({ sites: await rememberedSites() }),
  'sites/forget': async () => ({ sites: await forgetSites() }),
  'data/export': exportData,
  'data/import': importData,
  'status/get': currentStatus,
  'popup/view': popupView,
  'page/scan': scanTab,
  'network/check': networkCheck,
  // Nothing to do: receiving it starts the worker, so the paste that follows is answered at once.
  'worker/wake': perTabLimited('worker/wake', async () => ({ ok: true as const })),
  'warning/load': perTabLimited('warning/load', loadWarningUI),
  'warning/tampered': perTabLimited('warning/tampered', warningTampered),
  'popup/check-offered': checkOffered,
  'settings/get': async () => (await loadStore()).settings,
  'settings/set': updateSettings,
};
