import { useState } from 'preact/hooks';
import { t } from '../i18n/t';
import type { TabState } from '../shared/schemas';
import { useExtension } from '../ui/extension';
import type { PopupView } from './usePopupData';

const POLL_MS = 400;
const GIVE_UP_MS = 30_000;

/**
 * "Ask me first": the check the page's card offered, started from here — an extension page no site can
 * click for the person. The frame that offered it sends the key it holds; nothing is kept here.
 */
export function OfferedCheck({ state, tabId, refresh }: { state: TabState; tabId: number; refresh: (tabId: number) => Promise<PopupView | null> }) {
  const { ask } = useExtension();
  const [progress, setProgress] = useState<'idle' | 'checking' | 'gone' | 'slow'>('idle');
  if (!state.offer || state.verdict) return null;
  const start = async () => {
    setProgress('checking');
    const { started } = await ask('popup/check-offered', { tabId });
    if (!started) return setProgress('gone');
    for (const begun = Date.now(); Date.now() - begun < GIVE_UP_MS; ) {
      await new Promise((done) => setTimeout(done, POLL_MS));
      if ((await refresh(tabId))?.state?.verdict) return;
    }
    setProgress('slow');
  };
  return (
    <section class="panel" aria-labelledby="offered-check">
      <h2 id="offered-check">{t('offer_heading')}</h2>
      <p class="muted">{t('offer_body', { host: 'api.openai.com' })}</p>
      <div class="actions">
        <button type="button" disabled={progress === 'checking'} onClick={() => void start()}>
          {progress === 'checking' ? t('offer_checking') : t('offer_check')}
        </button>
        <span role="status" class="muted small">
          {progress === 'gone' && t('offer_gone')}
          {progress === 'slow' && t('offer_slow')}
        </span>
      </div>
    </section>
  );
}
