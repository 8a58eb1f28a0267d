import { CATALOGS } from '../src/i18n/catalogs';
import { fillIn } from '../src/i18n/placeholders';
import { useCatalogLookup } from '../src/i18n/t';

/** Tests have no browser i18n API: messages come from the English catalog, as a browser in English gives them. */
const en = CATALOGS.en ?? {};
useCatalogLookup((key, values) => {
  const message = (en as Record<string, string>)[key];
  return message === undefined ? '' : fillIn(message, values);
});
