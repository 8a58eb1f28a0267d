import { useState } from 'preact/hooks';
import { HintsSection } from './HintsSection';
import { SitesSection } from './SitesSection';
import { TransferSection } from './TransferSection';
import { Toggle } from './Toggle';
import { t } from '../i18n/t';
import { CheckModeChoices } from '../ui/CheckModeChoices';
import { tRich } from '../ui/rich-text';
import { useSettings } from './useSettings';

export function Options() {
  const { settings, message, change, reload } = useSettings();
  // Bumped after an import, so the hint list reads the merged hints.
  const [generation, setGeneration] = useState(0);
  return (
    <>
      <header>
        <img src="/icons/icon-48.png" alt="" />
        <h1>{t('options_title')}</h1>
      </header>
      <main aria-busy={!settings}>
        {!settings && !message && <p class="muted">{t('options_loading')}</p>}
        {settings && (
          <section aria-labelledby="checks">
            <h2 id="checks">{t('options_checks_heading')}</h2>
            <fieldset aria-describedby={settings.checkModeChosen ? undefined : 'not-chosen'}>
              <legend>{t('options_check_mode_legend')}</legend>
              {!settings.checkModeChosen && (
                <p id="not-chosen" class="muted">
                  {t('check_mode_not_chosen')}
                </p>
              )}
              <CheckModeChoices picked={settings.checkModeChosen ? settings.autoCheck : undefined} onPick={(mode) => void change({ autoCheck: mode })} />
            </fieldset>
            <Toggle checked={settings.statusChecks} onChange={(on) => void change({ statusChecks: on })} label={t('options_status_label')}>
              {t('options_status_detail')}
            </Toggle>
          </section>
        )}
        {settings && (
          <section aria-labelledby="extras">
            <h2 id="extras">{t('options_extras_heading')}</h2>
            <Toggle checked={settings.creditCheck} onChange={(on) => void change({ creditCheck: on })} label={t('options_credit_label')}>
              {t('options_credit_detail')}
            </Toggle>
            <Toggle checked={settings.accountInfo} onChange={(on) => void change({ accountInfo: on })} label={t('options_account_label')}>
              {tRich('options_account_detail', { endpoint: <code>GET /v1/me</code> })}
            </Toggle>
          </section>
        )}
        <HintsSection key={generation} />
        {settings && <SitesSection settings={settings} change={change} />}
        <TransferSection
          onImported={() => {
            setGeneration((n) => n + 1);
            reload();
          }}
        />
        <p class="saved" role="status">
          {message}
        </p>
        <section aria-labelledby="privacy">
          <h2 id="privacy">{t('options_keeps_heading')}</h2>
          <p>{tRich('options_keeps_body', { host: <code>api.openai.com</code> })}</p>
        </section>
      </main>
    </>
  );
}
