import { render } from 'preact';
import '../ui/theme.css';
import './options.css';
import { Options } from './Options';

render(<Options />, document.getElementById('app') as HTMLElement);
