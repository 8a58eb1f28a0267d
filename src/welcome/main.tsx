import '../ui/theme.css';
import { mountPage } from '../ui/mount-page';
import { Welcome } from './Welcome';
import './welcome.css';

mountPage(<Welcome />, 'welcome_title');
