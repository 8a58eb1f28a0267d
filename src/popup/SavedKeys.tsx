import { type SavedKey, whereFound, whoseFound } from '../core/page-evidence/saved-keys';
import { say } from '../i18n/say';
import { t } from '../i18n/t';
import { tRich } from '../ui/rich-text';
import { Confirmation, useConfirmation } from '../ui/Confirmation';
import type { SavedKeysSearch } from './useSavedKeys';
import type { Site } from './usePopupData';

/** One found key: its mask, whose it is, where; and "Clear only this entry" behind a confirmation that names the entry. */
function FoundKey({ found, site, search }: { found: SavedKey; site: Site; search: SavedKeysSearch }) {
  const { confirming, trigger, open, close } = useConfirmation();
  const where = say(whereFound(found));
  const whose = say(whoseFound(found.match));
  const frame = site && found.frame !== site.origin ? found.frame : undefined;
  return (
    <li data-match={found.match.kind}>
      {frame ? tRich('saved_found_frame', { mask: <code>{found.mask}</code>, whose, where, frame }) : tRich('saved_found', { mask: <code>{found.mask}</code>, whose, where })}{' '}
      <button type="button" ref={trigger} aria-expanded={confirming} onClick={open}>{t('saved_clear_entry')}</button>
      {confirming && (
        <Confirmation opener={trigger} label={t('saved_delete_question', { where })} confirm={t('saved_delete_entry')} onCancel={close} onConfirm={() => { close(); void search.clear(found.token, where); }}>
          <p>{frame ? t('saved_delete_explained_frame', { where, frame }) : t('saved_delete_explained', { where })}</p>
        </Confirmation>
      )}
    </li>
  );
}

/** What "Look for a saved key on this site" found: masks, whose, where. Never the key. */
export function SavedKeys({ search, site }: { search: SavedKeysSearch; site: Site }) {
  const { scan } = search;
  const done = search.done && <p class="done" role="status">{search.done}</p>;
  if (!scan) return null;
  if (scan.status === 'loading') return <>{done}<p class="muted" role="status">{t('saved_looking')}</p></>;
  if (scan.status === 'failed') return <p role="alert">{t('saved_failed', { reason: scan.reason })}</p>;
  const { found, partial } = scan.value;
  return (
    <div class="saved-keys">
      {done}
      {found.length === 0 ? <p role="status">{t('saved_none')}</p> : <ul>{found.map((key) => <FoundKey key={key.token} found={key} site={site} search={search} />)}</ul>}
      {partial && <p class="muted">{t('saved_partial')}</p>}
    </div>
  );
}
