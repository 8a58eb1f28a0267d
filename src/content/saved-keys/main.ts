import { offerSavedKeySearch } from '../../shared/browser-api/runtime';
import { clearSavedEntry, findSavedKeys } from './read-storage';

/**
 * "Look for a saved key on this site": injected by the service worker into every frame of the tab
 * only when the person asks the popup for it, and called there — in the isolated world, which the
 * page cannot reach — never by the page.
 */
offerSavedKeySearch({ findSavedKeys, clearSavedEntry });
