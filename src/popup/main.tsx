import '../ui/theme.css';
import { mountPage } from '../ui/mount-page';
import './popup.css';
import { Popup } from './Popup';

mountPage(<Popup />);
