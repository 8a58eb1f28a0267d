import { useEffect, useState } from 'preact/hooks';
import { t, tp, uiLanguage } from '../i18n/t';
import type { ResponseOf } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { useExtension } from '../ui/extension';

type Sites = ResponseOf<'sites/list'>['sites'];

const RETENTION = [7, 30, 90, 365];

function SilentSites({ settings, change }: { settings: Settings; change: (update: Partial<Settings>) => Promise<void> }) {
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    let origin: string;
    try {
      origin = new URL(/^https?:\/\//.test(address.trim()) ? address.trim() : `https://${address.trim()}`).origin;
    } catch {
      return setProblem(t('silent_not_an_address'));
    }
    setProblem('');
    setAddress('');
    if (!settings.silentSites.includes(origin)) void change({ silentSites: [...settings.silentSites, origin] });
  };
  return (
    <>
      <h3>{t('silent_heading')}</h3>
      <form class="hint-add" onSubmit={add}>
        <label>
          {t('silent_site')} <input value={address} placeholder="https://example.com" onInput={(e) => setAddress(e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={address.trim() === ''}>{t('silent_add')}</button>
      </form>
      {problem && <p role="alert">{problem}</p>}
      <ul class="sites">
        {settings.silentSites.map((origin) => (
          <li key={origin}>
            {origin}{' '}
            <button type="button" aria-label={t('silent_remove_named', { origin })} onClick={() => void change({ silentSites: settings.silentSites.filter((o) => o !== origin) })}>
              {t('silent_remove')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Per-site memory: the last key pasted on each site (mask and time), to say when a site gets a different one. */
export function SitesSection({ settings, change }: { settings: Settings; change: (update: Partial<Settings>) => Promise<void> }) {
  const { ask } = useExtension();
  const [sites, setSites] = useState<Sites>([]);
  useEffect(() => {
    ask('sites/list', {}).then(({ sites: loaded }) => setSites(loaded), () => setSites([]));
  }, [ask, settings.retentionDays]);
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('sites_heading')}</h2>
      <p class="muted">{t('sites_intro')}</p>
      <label>
        {t('sites_remember_for')}{' '}
        <select value={String(settings.retentionDays)} onChange={(e) => void change({ retentionDays: Number(e.currentTarget.value) })}>
          {RETENTION.map((days) => (
            <option key={days} value={String(days)}>{tp('sites_days', days)}</option>
          ))}
        </select>
      </label>
      {sites.length === 0 ? (
        <p class="muted">{t('sites_none')}</p>
      ) : (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site.origin}>
              {site.origin} — <code>{site.mask}</code> <span class="muted">{new Date(site.at).toLocaleString(uiLanguage())}</span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" disabled={sites.length === 0} onClick={() => void ask('sites/forget', {}).then(({ sites: none }) => setSites(none))}>
        {t('sites_forget_all')}
      </button>
      <SilentSites settings={settings} change={change} />
    </section>
  );
}
