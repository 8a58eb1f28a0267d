import { t } from '../i18n/t';
import { hasHostAccess, setBadge } from '../shared/browser-api';

const NO_ACCESS = { text: '!', color: '#c5221f', title: 'badge_no_access' } as const;
const PLAIN = { text: '', color: '#5f6368', title: 'extensionName' } as const;
const lookNow = async () => ((await hasHostAccess()) ? PLAIN : NO_ACCESS);

/**
 * Without access to web pages Key Doctor sees no key field at all. The toolbar says so on every tab
 * (the global badge), and the popup offers to ask the browser for it again.
 */
export async function showHostAccess(): Promise<void> {
  const look = await lookNow();
  await setBadge(undefined, look.text, look.color, t(look.title));
}

/**
 * The tab went to another page: what its badge said was about the page before. A tab's own badge
 * hides the global one, so it goes back to the plain look — or to the missing-access warning.
 */
export async function clearBadge(tabId: number): Promise<void> {
  const look = await lookNow();
  await setBadge(tabId, look.text, look.color, t(look.title));
}
