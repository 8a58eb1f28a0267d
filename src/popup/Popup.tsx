import { OPENAI_PAGES } from '../core/openai-pages';
import { t } from '../i18n/t';
import { useExtension } from '../ui/extension';
import { HostAccessNotice } from '../ui/HostAccessNotice';
import { CheckAnyKey } from './CheckAnyKey';
import { Checklist } from './Checklist';
import { LayersSummary } from './LayersSummary';
import { OfferedCheck } from './OfferedCheck';
import { PageFields } from './PageFields';
import { SiteHistory } from './SiteHistory';
import { TabDiagnosis } from './TabDiagnosis';
import { TamperedNotice } from './TamperedNotice';
import { usePopupData } from './usePopupData';
import { VerdictPanel } from './VerdictPanel';

export function Popup() {
  const api = useExtension();
  const { site, view, scan, refreshView } = usePopupData();
  const tabId = site.status === 'ready' ? site.value?.id : undefined;
  const state = view.status === 'ready' ? (view.value?.state ?? null) : null;
  return (
    <>
      <header>
        <img src="/icons/icon-32.png" alt="" />
        <h1>{t('extensionName')}</h1>
      </header>
      <main aria-busy={view.status === 'loading' || scan.status === 'loading'}>
        <HostAccessNotice />
        {view.status === 'loading' && <p class="muted">{t('popup_looking')}</p>}
        {view.status === 'failed' && <p role="alert">{t('popup_view_failed', { reason: view.reason })}</p>}
        {state && <TamperedNotice state={state} />}
        {state && tabId !== undefined && <OfferedCheck state={state} tabId={tabId} refresh={refreshView} />}
        {state?.layers && <LayersSummary layers={state.layers} />}
        {state && <VerdictPanel state={state} />}
        {state && <TabDiagnosis state={state} />}
        {view.status === 'ready' && !state && (
          <section class="panel" aria-labelledby="nothing-yet">
            <h2 id="nothing-yet">{t('popup_nothing_heading')}</h2>
            <p class="muted">{t('popup_nothing_body')}</p>
          </section>
        )}
        {view.status === 'ready' && site.status === 'ready' && <Checklist view={view.value} site={site.value} />}
        {view.status === 'ready' && view.value && <SiteHistory entries={view.value.history} />}
        {scan.status === 'ready' && <PageFields scan={scan.value} />}
        <CheckAnyKey />
      </main>
      <footer>
        <button type="button" class="link" onClick={() => void api.openOptionsPage()}>
          {t('popup_settings')}
        </button>
        <a href={OPENAI_PAGES.keys} target="_blank" rel="noreferrer">
          {t('popup_your_keys')}
        </a>
      </footer>
    </>
  );
}
