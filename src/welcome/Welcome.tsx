import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { CHECK_MODES } from '../ui/check-modes';
import { useExtension } from '../ui/extension';
import { HostAccessNotice } from '../ui/HostAccessNotice';

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
      setError('Choose one of the three answers first.');
      return;
    }
    try {
      setSaved(await ask('settings/set', { autoCheck: picked }));
      setError('');
    } catch {
      setError('Could not save your choice. Try again.');
    }
  };

  return (
    <>
      <header>
        <img src="/icons/icon-48.png" alt="" />
        <h1>Welcome to Key Doctor</h1>
      </header>
      <main>
        <HostAccessNotice />
        <p>
          When you paste an OpenAI API key into a site or an app, Key Doctor checks it right there: text around the key, a
          cut-off or masked copy, another provider’s key, or settings (base URL, organization, project, model) that will not
          work with it. It tells you what is wrong and how to fix it.
        </p>
        <h2>What it sends, and where</h2>
        <ul>
          <li>
            To know whether OpenAI accepts a key, Key Doctor sends that key to OpenAI (<code>api.openai.com</code>, or the
            regional host the app uses), in the request’s Authorization header, as the app would. Nowhere else.
          </li>
          <li>It reads OpenAI’s public status page (<code>status.openai.com</code>) to tell an outage from a bad key. This can be switched off.</li>
          <li>It never stores your key. It keeps only its settings, the key hints you add, and per site a masked copy and a fingerprint.</li>
        </ul>
        {saved ? (
          <section class="answer panel" aria-labelledby="answered">
            <h2 id="answered" tabIndex={-1} ref={done}>
              Saved. {CHECK_MODES.find((mode) => mode.value === saved.autoCheck)?.chosen}
            </h2>
            <p>You can change this any time in Key Doctor’s settings. You can close this tab.</p>
            <button type="button" onClick={() => void openOptionsPage()}>
              Open the settings
            </button>
          </section>
        ) : (
          <form onSubmit={(event) => void save(event)}>
            <fieldset aria-describedby="until">
              <legend>When you paste a key, should Key Doctor check it with OpenAI?</legend>
              {CHECK_MODES.map((mode) => (
                <label key={mode.value}>
                  <input type="radio" name="autoCheck" value={mode.value} checked={picked === mode.value} onChange={() => setPicked(mode.value)} />
                  <span>
                    {mode.label}
                    <span class="muted">{mode.detail}</span>
                  </span>
                </label>
              ))}
              <p id="until" class="muted">
                Until you answer, Key Doctor asks before each check.
              </p>
            </fieldset>
            <button type="submit" class="primary">
              Save my choice
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
