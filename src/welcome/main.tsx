import { render } from 'preact';
import '../ui/theme.css';
import { t, uiLanguage } from '../i18n/t';
import { ExtensionContext } from '../ui/extension';
import { realExtension } from '../ui/real-extension';
import { Welcome } from './Welcome';
import './welcome.css';

document.documentElement.lang = uiLanguage();
document.title = t('welcome_title');

render(
  <ExtensionContext.Provider value={realExtension}>
    <Welcome />
  </ExtensionContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
