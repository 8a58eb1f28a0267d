import { de } from './de';
import { type Catalog, en } from './en';
import { es } from './es';
import { ja } from './ja';
import { zh_CN } from './zh_CN';

/** Every locale Key Doctor ships, by the folder name the browsers expect in `_locales`. */
export const CATALOGS: Readonly<Record<string, Catalog>> = { en, de, es, ja, zh_CN };
export const DEFAULT_LOCALE = 'en';
