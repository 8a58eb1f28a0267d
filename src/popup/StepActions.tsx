import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import type { ActionId } from '../core/checklist/checklist';
import { OPENAI_PAGES } from '../core/openai-pages';
import { Confirmation, useConfirmation } from '../ui/Confirmation';
import { type ExtensionApi, useExtension } from '../ui/extension';
import type { Site } from './usePopupData';
import type { SavedKeysSearch } from './useSavedKeys';

const LINKS: Partial<Record<ActionId, [label: string, href: string]>> = {
  open_keys_page: ['Open your API keys', OPENAI_PAGES.keys],
  open_billing: ['Open billing', OPENAI_PAGES.billing],
  open_status_page: ['Open status.openai.com', OPENAI_PAGES.status],
  open_help: ['Open OpenAI help', OPENAI_PAGES.help],
  open_projects: ['Open your projects’ settings', OPENAI_PAGES.projects],
  open_organization: ['Open your organization’s settings', OPENAI_PAGES.organization],
};

export interface ActionContext {
  site: Site;
  testNetwork: () => Promise<void>;
  testing: boolean;
  savedKeys: SavedKeysSearch;
}

interface Tools extends ActionContext {
  api: ExtensionApi;
  run: (work: () => Promise<unknown>, success: string) => Promise<void>;
  confirm: () => void;
  confirmTrigger: Ref<HTMLButtonElement>;
  confirming: boolean;
}

function actionButton(action: ActionId, { api, site: tab, testing, testNetwork, run, confirm, confirmTrigger, confirming, savedKeys }: Tools) {
  switch (action) {
    case 'find_saved_key': {
      const looking = savedKeys.scan?.status === 'loading';
      return tab && (
        <button type="button" disabled={looking} onClick={() => void savedKeys.find()}>
          {looking ? 'Looking for a saved key…' : savedKeys.scan ? 'Look again' : 'Look for a saved key on this site'}
        </button>
      );
    }
    case 'open_settings':
      return <button type="button" onClick={() => void api.openOptionsPage()}>Open settings</button>;
    case 'test_network':
      return (
        <button type="button" disabled={testing} onClick={() => void testNetwork()}>
          {testing ? 'Testing the connection…' : 'Test the connection to OpenAI'}
        </button>
      );
    case 'clear_site_cache':
      if (!tab) return null;
      return api.canClearOneSitesCache ? (
        <button type="button" onClick={() => void run(() => api.clearSiteCache(tab.origin, tab.id), `Cleared the cache of ${tab.origin}.`)}>
          Clear this site’s cache
        </button>
      ) : (
        <button
          type="button"
          onClick={() =>
            void run(
              () => api.clearSiteCache(tab.origin, tab.id),
              `Reloaded ${tab.origin} past its cache and removed its service workers. This browser cannot clear one site’s cache alone.`,
            )
          }
        >
          Reload this site without its cache
        </button>
      );
    case 'clear_site_data':
      return tab && <button type="button" ref={confirmTrigger} aria-expanded={confirming} onClick={confirm}>Clear this site’s stored data…</button>;
    case 'reload_tab':
      return tab && <button type="button" onClick={() => void run(() => api.reloadTab(tab.id), 'Reloaded the page.')}>Reload the page</button>;
    default:
      return null;
  }
}

/** One step's actions: links, and buttons that really do what they say, reporting what they did. */
export function StepActions({ actions, context }: { actions: ActionId[]; context: ActionContext }) {
  const api = useExtension();
  const [done, setDone] = useState('');
  const { confirming, trigger, open, close } = useConfirmation();
  const { site: tab } = context;
  const run = async (work: () => Promise<unknown>, success: string) => {
    try {
      await work();
      setDone(success);
    } catch {
      setDone('That did not work on this page.');
    }
  };
  return (
    <div class="actions">
      {actions.map((action) => {
        const link = LINKS[action];
        if (link) return <a key={action} href={link[1]} target="_blank" rel="noreferrer">{link[0]}</a>;
        const button = actionButton(action, { ...context, api, run, confirm: open, confirmTrigger: trigger, confirming });
        return button ? <span key={action}>{button}</span> : null;
      })}
      {confirming && tab && (
        <Confirmation
          opener={trigger}
          label={`Clear what ${tab.origin} stored?`}
          confirm="Clear stored data and sign out"
          onCancel={close}
          onConfirm={() => {
            close();
            void run(() => api.clearSiteData(tab.origin), `Cleared what ${tab.origin} stored. Reload the page and enter your key again.`);
          }}
        >
          <p>
            This deletes everything {tab.origin} saved in this browser — including a key you entered there — and its cookies
            for the whole domain, which signs you out.
          </p>
        </Confirmation>
      )}
      {done && <p class="done" role="status">{done}</p>}
    </div>
  );
}
