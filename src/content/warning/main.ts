import { offerWarningUI } from '../../shared/browser-api/runtime';
import { InlineWarning } from './inline-warning';
import type { WarningFactory } from './loader';

/**
 * The inline warning's UI: not part of the always-on content script, but injected by the service
 * worker into a frame's isolated world when a key field there is first focused or has something to show.
 */
const create: WarningFactory = (stillWanted, onDismissed) => new InlineWarning(stillWanted, onDismissed);
offerWarningUI(create);
