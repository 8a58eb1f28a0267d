import { hasHostAccess, setBadge } from '../shared/browser-api';

/**
 * Without access to web pages Key Doctor sees no key field at all. The toolbar says so on every tab,
 * and the popup offers to ask the browser for it again.
 */
export async function showHostAccess(): Promise<void> {
  const granted = await hasHostAccess();
  await setBadge(undefined, granted ? '' : '!', '#c5221f', granted ? 'Key Doctor' : 'Key Doctor cannot see websites — click to allow it');
}
