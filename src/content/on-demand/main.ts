import { offerOnDemand } from '../../shared/browser-api/runtime';
import { InlineWarning } from '../warning/inline-warning';
import { readAppSettings } from './app-settings';
import { followUp } from './follow-up';
import type { OnDemand } from './loader';
import { scanPage } from './page-scan';

/**
 * What the content script needs only once a key field is touched — the inline warning's UI, the
 * reading of the app's settings, the watch for the page's own error messages and save clicks — and
 * the popup's scan of the page's key fields. Not part of the always-on script: the service worker
 * injects this into a frame's isolated world when a key field there is first focused or has
 * something to show, or into every frame when the popup opens.
 */
const onDemand: OnDemand = {
  createWarning: (stillWanted, onDismissed) => new InlineWarning(stillWanted, onDismissed),
  readAppSettings,
  followUp,
  scanPage: () => ({ fields: scanPage() }),
};
offerOnDemand(onDemand);
