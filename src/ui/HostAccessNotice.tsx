import { useEffect, useState } from 'preact/hooks';
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
      <h2 id="host-access-title">Key Doctor cannot see websites</h2>
      <p>
        Its access to websites was switched off, so it cannot look at the key fields you paste into. It needs that access
        only to read those fields beside you; nothing from the pages is sent anywhere.
      </p>
      <button type="button" onClick={() => void ask()}>
        Allow access to websites
      </button>
      <p role="status">{refused ? 'Access was not granted. You can allow it later from here or in the browser’s extension settings.' : ''}</p>
    </section>
  );
}
