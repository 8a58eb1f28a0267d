import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { t } from '../i18n/t';
import { CHECK_MODES } from '../ui/check-modes';
import { CheckModeChoices } from '../ui/CheckModeChoices';
import { useExtension } from '../ui/extension';
import { HostAccessNotice } from '../ui/HostAccessNotice';
import { tRich } from '../ui/rich-text';

type Mode = Settings['autoCheck'];

/** Opened once at install: what Key Doctor does, what it sends where, and the one question before any key goes to OpenAI. */
export function Welcome() {
  const { ask, openOptionsPage } = useExtension();
  const [picked, setPicked] = useState<Mode | undefined>();
  const [saved, setSaved] = useState<Settings | undefined>();
  const [error, setError] = useState('');
  const done = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    ask('settings/get', {}).then((settings) => {
      if (settings.checkModeChosen) setPicked(settings.autoCheck);
    }, () => undefined);
  }, [ask]);
  // After saving, focus goes to the answer, so a screen reader says it and Tab continues from there.
  useEffect(() => done.current?.focus(), [saved]);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!picked) {
      setError(t('welcome_choose_first'));
      return;
    }
    try {
      setSaved(await ask('settings/set', { autoCheck: picked }));
      setError('');
    } catch {
      setError(t('welcome_save_failed'));
    }
  };

  const chosen = CHECK_MODES.find((mode) => mode.value === saved?.autoCheck)?.chosen;
  return (
    <>
      <header>
        <img src="/icons/icon-48.png" alt="" />
        <h1>{t('welcome_title')}</h1>
      </header>
      <main>
        <HostAccessNotice />
        <p>{t('welcome_intro')}</p>
        <h2>{t('welcome_sends_heading')}</h2>
        <ul>
          <li>{tRich('welcome_sends_key', { host: <code>api.openai.com</code> })}</li>
          <li>{tRich('welcome_sends_status', { host: <code>status.openai.com</code> })}</li>
          <li>{t('welcome_keeps')}</li>
        </ul>
        {saved && chosen ? (
          <section class="answer panel" aria-labelledby="answered">
            <h2 id="answered" tabIndex={-1} ref={done}>
              {t('welcome_saved', { choice: t(chosen) })}
            </h2>
            <p>{t('welcome_change_later')}</p>
            <button type="button" onClick={() => void openOptionsPage()}>
              {t('welcome_open_settings')}
            </button>
          </section>
        ) : (
          <form onSubmit={(event) => void save(event)}>
            <fieldset aria-describedby="until">
              <legend>{t('welcome_question')}</legend>
              <CheckModeChoices picked={picked} onPick={setPicked} />
              <p id="until" class="muted">
                {t('welcome_until_answered')}
              </p>
            </fieldset>
            <button type="submit" class="primary">
              {t('welcome_save')}
            </button>
            <p role="alert" class="error">
              {error}
            </p>
          </form>
        )}
      </main>
    </>
  );
}
