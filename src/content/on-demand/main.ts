import { extensionAlive, offerOnDemand } from '../../shared/browser-api/runtime';
import { FieldChecks } from './field-checks';
import type { OnDemand } from './loader';
import { scanPage } from './page-scan';

/**
 * What the content script needs only once a key field is touched — the inline warning's UI, the
 * reading of the app's settings, the watch for the page's own error messages and save clicks — and
 * the popup's scan of the page's key fields. Not part of the always-on script: the service worker
 * injects this into a frame's isolated world when a key field there is first focused or has
 * something to show, or into every frame when the popup opens.
 */
let checks: FieldChecks | undefined;

const onDemand: OnDemand = {
  createChecks: (stillWanted) => (checks ??= new FieldChecks(stillWanted)),
  checkOffered: () => checks?.checkOffered() ?? false,
  alive: extensionAlive,
  scanPage: () => ({ fields: scanPage() }),
};
offerOnDemand(onDemand);
