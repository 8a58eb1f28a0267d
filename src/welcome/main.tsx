import { render } from 'preact';
import '../ui/theme.css';
import { ExtensionContext } from '../ui/extension';
import { realExtension } from '../ui/real-extension';
import { Welcome } from './Welcome';
import './welcome.css';

render(
  <ExtensionContext.Provider value={realExtension}>
    <Welcome />
  </ExtensionContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
