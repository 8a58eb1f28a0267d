import { render } from 'preact';
import { uiLanguage } from '../i18n/t';
import '../ui/theme.css';
import { ExtensionContext } from '../ui/extension';
import { realExtension } from '../ui/real-extension';
import './popup.css';
import { Popup } from './Popup';

document.documentElement.lang = uiLanguage();

render(
  <ExtensionContext.Provider value={realExtension}>
    <Popup />
  </ExtensionContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
