import { CATALOGS } from '../src/core/catalogs';
import { fillIn, placeholdersOf } from '../src/i18n/placeholders';
import { useCatalogLookup } from '../src/i18n/t';

/**
 * Tests have no browser i18n API: messages come from the English catalog, as a browser in English gives
 * them. A message given other values than its placeholders fails the test: the browser numbers them,
 * so one value too many or too few would put every other value in the wrong place.
 */
const en = CATALOGS.en ?? {};
export const useEnglish = () => useCatalogLookup((key, values, names) => {
  const message = (en as Record<string, string>)[key];
  if (message === undefined) return '';
  const wanted = placeholdersOf(message);
  // A plural form may leave its count unsaid ("your saved key hint"), when it says nothing else (catalogs.test.ts).
  const countUnsaid = /_(?:zero|one|two|few|many|other)$/.test(key) && wanted.length === 0 && names?.join() === 'count';
  if (names && !countUnsaid && wanted.join() !== names.join()) throw new Error(`${key} takes {${wanted.join('}, {')}}, not {${names.join('}, {')}}`);
  return fillIn(message, values);
});

useEnglish();
