import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import { useExtension } from './extension';

/** Shown where access to web pages was taken back: what that stops, and a button that asks the browser for it again. */
export function HostAccessNotice() {
  const api = useExtension();
  const [granted, setGranted] = useState<boolean | undefined>();
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    api.hostAccess().then(setGranted, () => setGranted(undefined));
  }, [api]);
  if (granted !== false) return null;
  const ask = async () => {
    const now = await api.requestHostAccess().catch(() => false);
    setGranted(now);
    setRefused(!now);
  };
  return (
    <section class="panel host-access" aria-labelledby="host-access-title">
      <h2 id="host-access-title">{t('host_access_title')}</h2>
      <p>{t('host_access_body')}</p>
      <button type="button" onClick={() => void ask()}>
        {t('host_access_allow')}
      </button>
      <p role="status">{refused ? t('host_access_refused') : ''}</p>
    </section>
  );
}
