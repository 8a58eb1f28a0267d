import { render } from 'preact';
import '../ui/theme.css';
import { ExtensionContext } from '../ui/extension';
import { realExtension } from '../ui/real-extension';
import './options.css';
import { Options } from './Options';

render(
  <ExtensionContext.Provider value={realExtension}>
    <Options />
  </ExtensionContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
