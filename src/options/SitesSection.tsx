import { useEffect, useState } from 'preact/hooks';
import type { ResponseOf } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { ask } from '../ui/client';

type Sites = ResponseOf<'sites/list'>['sites'];

const RETENTION = [7, 30, 90, 365];

/** Per-site memory: the last key pasted on each site (mask and time), to say when a site gets a different one. */
export function SitesSection({ settings, change }: { settings: Settings; change: (update: Partial<Settings>) => Promise<void> }) {
  const [sites, setSites] = useState<Sites>([]);
  useEffect(() => {
    ask('sites/list', {}).then(({ sites: loaded }) => setSites(loaded), () => setSites([]));
  }, [settings.retentionDays]);
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">Sites</h2>
      <p class="muted">
        For each site where you paste a complete key, Key Doctor remembers its mask, fingerprint and when — to tell you when a
        site gets a different key than last time. Nothing of it is sent anywhere.
      </p>
      <label>
        Remember for{' '}
        <select value={String(settings.retentionDays)} onChange={(e) => void change({ retentionDays: Number(e.currentTarget.value) })}>
          {RETENTION.map((days) => (
            <option key={days} value={String(days)}>{days} days</option>
          ))}
        </select>
      </label>
      {sites.length === 0 ? (
        <p class="muted">No site remembered.</p>
      ) : (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site.origin}>
              {site.origin} — <code>{site.mask}</code> <span class="muted">{new Date(site.at).toLocaleString()}</span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" disabled={sites.length === 0} onClick={() => void ask('sites/forget', {}).then(({ sites: none }) => setSites(none))}>
        Forget all sites
      </button>
    </section>
  );
}
