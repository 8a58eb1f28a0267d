import { OPENAI_PAGES } from '../core/openai-pages';
import { openOptionsPage } from '../shared/browser-api';
import { CheckAnyKey } from './CheckAnyKey';
import { Checklist } from './Checklist';
import { PageFields } from './PageFields';
import { SiteHistory } from './SiteHistory';
import { TabDiagnosis } from './TabDiagnosis';
import { VerdictPanel } from './VerdictPanel';
import { useActiveTab, usePageScan, useTabState } from './useTab';

export function Popup() {
  const tab = useTabState();
  const scan = usePageScan();
  const active = useActiveTab();
  return (
    <>
      <header>
        <img src="/icons/icon-32.png" alt="" />
        <h1>Key Doctor</h1>
      </header>
      <main aria-busy={tab.status === 'loading' || scan.status === 'loading'}>
        {tab.status === 'loading' && <p class="muted">Looking at this tab…</p>}
        {tab.status === 'failed' && <p role="alert">Key Doctor could not read this tab’s state: {tab.reason}</p>}
        {tab.status === 'ready' && tab.value && <VerdictPanel state={tab.value} />}
        {tab.status === 'ready' && tab.value && <TabDiagnosis state={tab.value} />}
        {tab.status === 'ready' && !tab.value && (
          <section class="panel" aria-labelledby="nothing-yet">
            <h2 id="nothing-yet">No key pasted on this page yet</h2>
            <p class="muted">
              Paste your OpenAI API key into this site’s key field. Key Doctor checks it as you paste and shows what it
              finds here.
            </p>
          </section>
        )}
        {tab.status === 'ready' && active.status === 'ready' && <Checklist state={tab.value} tab={active.value} />}
        {active.status === 'ready' && active.value && <SiteHistory origin={active.value.origin} />}
        {scan.status === 'ready' && <PageFields scan={scan.value} />}
        <CheckAnyKey />
      </main>
      <footer>
        <button type="button" class="link" onClick={() => void openOptionsPage()}>
          Settings
        </button>
        <a href={OPENAI_PAGES.keys} target="_blank" rel="noreferrer">
          Your API keys
        </a>
      </footer>
    </>
  );
}
