import { type SavedKey, whereFound, whoseFound } from '../core/page-evidence/saved-keys';
import { Confirmation, useConfirmation } from '../ui/Confirmation';
import type { SavedKeysSearch } from './useSavedKeys';
import type { Site } from './usePopupData';

/** One found key: its mask, whose it is, where; and "Clear only this entry" behind a confirmation that names the entry. */
function FoundKey({ found, site, search }: { found: SavedKey; site: Site; search: SavedKeysSearch }) {
  const { confirming, trigger, open, close } = useConfirmation();
  const where = whereFound(found);
  const frame = site && found.frame !== site.origin ? ` in a frame from ${found.frame}` : '';
  return (
    <li data-match={found.match.kind}>
      <code>{found.mask}</code> — {whoseFound(found.match)}, in {where}{frame}.{' '}
      <button type="button" ref={trigger} aria-expanded={confirming} onClick={open}>Clear only this entry…</button>
      {confirming && (
        <Confirmation opener={trigger} label={`Delete ${where}?`} confirm="Delete this entry" onCancel={close} onConfirm={() => { close(); void search.clear(found.token, where); }}>
          <p>
            This deletes {where}{frame}. The site forgets everything it kept in that entry — for some apps all their
            settings — and asks for the key again after a reload.
          </p>
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
  if (scan.status === 'loading') return <>{done}<p class="muted" role="status">Looking through what this site stored…</p></>;
  if (scan.status === 'failed') return <p role="alert">Key Doctor could not look at this site’s storage: {scan.reason}</p>;
  const { found, partial } = scan.value;
  return (
    <div class="saved-keys">
      {done}
      {found.length === 0 ? <p role="status">No OpenAI key or masked key found in this site’s storage.</p> : <ul>{found.map((key) => <FoundKey key={key.token} found={key} site={site} search={search} />)}</ul>}
      {partial && <p class="muted">Some of the site’s storage could not be read (too large, too slow, or blocked), so this list may be incomplete.</p>}
    </div>
  );
}
