import { render } from 'preact';
import '../ui/theme.css';
import { t, uiLanguage } from '../i18n/t';
import { ExtensionContext } from '../ui/extension';
import { realExtension } from '../ui/real-extension';
import './options.css';
import { Options } from './Options';

document.documentElement.lang = uiLanguage();
document.title = t('options_title');

render(
  <ExtensionContext.Provider value={realExtension}>
    <Options />
  </ExtensionContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
