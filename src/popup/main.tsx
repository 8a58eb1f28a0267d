import { render } from 'preact';
import '../ui/theme.css';
import { ExtensionContext } from '../ui/extension';
import { realExtension } from '../ui/real-extension';
import './popup.css';
import { Popup } from './Popup';

render(
  <ExtensionContext.Provider value={realExtension}>
    <Popup />
  </ExtensionContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
