import type { Ref } from 'preact';
import { t } from '../i18n/t';
import { useState } from 'preact/hooks';
import type { ActionId } from '../core/checklist/checklist';
import { OPENAI_PAGES } from '../core/openai-pages';
import { Confirmation, useConfirmation } from '../ui/Confirmation';
import { type ExtensionApi, useExtension } from '../ui/extension';
import type { Site } from './usePopupData';
import type { SavedKeysSearch } from './useSavedKeys';

const LINKS: Partial<Record<ActionId, [label: () => string, href: string]>> = {
  open_keys_page: [() => t('action_open_keys'), OPENAI_PAGES.keys],
  open_billing: [() => t('action_open_billing'), OPENAI_PAGES.billing],
  open_status_page: [() => t('action_open_status', { host: 'status.openai.com' }), OPENAI_PAGES.status],
  open_help: [() => t('action_open_help'), OPENAI_PAGES.help],
  open_projects: [() => t('action_open_projects'), OPENAI_PAGES.projects],
  open_organization: [() => t('action_open_organization'), OPENAI_PAGES.organization],
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
          {looking ? t('action_finding_saved') : savedKeys.scan ? t('action_find_saved_again') : t('action_find_saved')}
        </button>
      );
    }
    case 'open_settings':
      return <button type="button" onClick={() => void api.openOptionsPage()}>{t('action_open_settings')}</button>;
    case 'test_network':
      return (
        <button type="button" disabled={testing} onClick={() => void testNetwork()}>
          {testing ? t('action_testing_network') : t('action_test_network')}
        </button>
      );
    case 'clear_site_cache':
      if (!tab) return null;
      return api.canClearOneSitesCache ? (
        <button type="button" onClick={() => void run(() => api.clearSiteCache(tab.origin, tab.id), t('action_cleared_cache', { origin: tab.origin }))}>
          {t('action_clear_cache')}
        </button>
      ) : (
        <button
          type="button"
          onClick={() =>
            void run(
              () => api.clearSiteCache(tab.origin, tab.id),
              t('action_reloaded_without_cache', { origin: tab.origin }),
            )
          }
        >
          {t('action_reload_without_cache')}
        </button>
      );
    case 'clear_site_data':
      return tab && <button type="button" ref={confirmTrigger} aria-expanded={confirming} onClick={confirm}>{t('action_clear_data')}</button>;
    case 'reload_tab':
      return tab && <button type="button" onClick={() => void run(() => api.reloadTab(tab.id), t('action_reloaded'))}>{t('action_reload')}</button>;
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
      setDone(t('action_failed'));
    }
  };
  return (
    <div class="actions">
      {actions.map((action) => {
        const link = LINKS[action];
        if (link) return <a key={action} href={link[1]} target="_blank" rel="noreferrer">{link[0]()}</a>;
        const button = actionButton(action, { ...context, api, run, confirm: open, confirmTrigger: trigger, confirming });
        return button ? <span key={action}>{button}</span> : null;
      })}
      {confirming && tab && (
        <Confirmation
          opener={trigger}
          label={t('action_clear_data_question', { origin: tab.origin })}
          confirm={t('action_clear_data_confirm')}
          onCancel={close}
          onConfirm={() => {
            close();
            void run(() => api.clearSiteData(tab.origin), t('action_cleared_data', { origin: tab.origin }));
          }}
        >
          <p>{t('action_clear_data_explained', { origin: tab.origin })}</p>
        </Confirmation>
      )}
      {done && <p class="done" role="status">{done}</p>}
    </div>
  );
}
