import '../ui/theme.css';
import { mountPage } from '../ui/mount-page';
import './options.css';
import { Options } from './Options';

mountPage(<Options />, 'options_title');
