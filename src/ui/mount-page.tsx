import { type ComponentChild, render } from 'preact';
import type { MessageKey } from '../core/catalogs/en';
import { t, uiLanguage } from '../i18n/t';
import { ExtensionContext } from './extension';
import { realExtension } from './real-extension';

/** An extension page: in the language of its words, titled from the catalog, talking to the real extension. */
export function mountPage(page: ComponentChild, title?: MessageKey): void {
  document.documentElement.lang = uiLanguage();
  if (title) document.title = t(title);
  render(<ExtensionContext.Provider value={realExtension}>{page}</ExtensionContext.Provider>, document.getElementById('app') as HTMLElement);
}
