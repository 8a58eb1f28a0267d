import { useState } from 'preact/hooks';
import { HintsSection } from './HintsSection';
import { SitesSection } from './SitesSection';
import { TransferSection } from './TransferSection';
import { Toggle } from './Toggle';
import { t } from '../i18n/t';
import { CheckModeChoices } from '../ui/CheckModeChoices';
import { useSettings } from './useSettings';

export function Options() {
  const { settings, message, change, reload } = useSettings();
  // Bumped after an import, so the hint list reads the merged hints.
  const [generation, setGeneration] = useState(0);
  return (
    <>
      <header>
        <img src="/icons/icon-48.png" alt="" />
        <h1>Key Doctor settings</h1>
      </header>
      <main aria-busy={!settings}>
        {!settings && !message && <p class="muted">Loading settings…</p>}
        {settings && (
          <section aria-labelledby="checks">
            <h2 id="checks">Checks</h2>
            <fieldset aria-describedby={settings.checkModeChosen ? undefined : 'not-chosen'}>
              <legend>Check pasted keys with OpenAI</legend>
              {!settings.checkModeChosen && (
                <p id="not-chosen" class="muted">
                  {t('check_mode_not_chosen')}
                </p>
              )}
              <CheckModeChoices picked={settings.checkModeChosen ? settings.autoCheck : undefined} onPick={(mode) => void change({ autoCheck: mode })} />
            </fieldset>
            <Toggle checked={settings.statusChecks} onChange={(on) => void change({ statusChecks: on })} label="Read OpenAI’s status page">
              So Key Doctor can tell an outage from a bad key.
            </Toggle>
          </section>
        )}
        {settings && (
          <section aria-labelledby="extras">
            <h2 id="extras">Extra checks — off unless you switch them on</h2>
            <Toggle checked={settings.creditCheck} onChange={(on) => void change({ creditCheck: on })} label="Check for credit">
              After OpenAI accepts a key, Key Doctor asks the cheapest model your key lists (a dated version when there is
              one) for a one-token answer. It is the only way to see “no credit”; a success means the key can make
              requests now, not that paid credit is left (new accounts get a small free allowance). Each check costs a
              fraction of a cent, billed to the key’s project, and runs at most once per key every ten minutes.
            </Toggle>
            <Toggle checked={settings.accountInfo} onChange={(on) => void change({ accountInfo: on })} label="Show whose key it is">
              After OpenAI accepts a key, Key Doctor asks OpenAI for the account behind it (GET /v1/me). OpenAI answers with
              the owner’s name, email and organizations; Key Doctor shows only the organizations’ names, next to the field,
              and keeps none of it.
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
          <h2 id="privacy">What Key Doctor keeps</h2>
          <p>
            Never your key. A key exists only in the field you pasted it into, in memory while it is checked, and in the
            request to <code>api.openai.com</code>. Key Doctor stores these settings, your key hints, the per-site memory
            (masks, fingerprints and times) and a random value used to recognise a key again without keeping it.
          </p>
        </section>
      </main>
    </>
  );
}
