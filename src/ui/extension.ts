import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PageMessageType, RequestOf, ResponseOf } from '../shared/messages';

/**
 * What the popup and the options page ask of the extension, as one interface: the real one talks
 * to the browser (`real-extension.ts`); tests render the pages in a plain DOM with a fake.
 */
export interface ExtensionApi {
  /** Asks the service worker; the answer is validated against the route's response schema. */
  ask<T extends PageMessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>>;
  activeTab(): Promise<{ id: number; url: string } | undefined>;
  /** False where the browser can clear only every site's cache at once (Firefox): the page is reloaded past its cache instead. */
  canClearOneSitesCache: boolean;
  clearSiteCache(origin: string, tabId: number): Promise<void>;
  clearSiteData(origin: string): Promise<void>;
  reloadTab(tabId: number): Promise<void>;
  openOptionsPage(): Promise<void>;
  /** Whether Key Doctor may see web pages; asking again needs a person's click. */
  hostAccess(): Promise<boolean>;
  requestHostAccess(): Promise<boolean>;
  copyText(text: string): Promise<void>;
}

export const ExtensionContext = createContext<ExtensionApi | null>(null);

export function useExtension(): ExtensionApi {
  const api = useContext(ExtensionContext);
  if (!api) throw new Error('no ExtensionContext provider');
  return api;
}
