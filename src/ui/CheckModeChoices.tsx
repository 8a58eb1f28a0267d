import { t } from '../i18n/t';
import type { Settings } from '../shared/settings';
import { CHECK_MODES } from './check-modes';

type Mode = Settings['autoCheck'];

/** The three answers to "should Key Doctor check a pasted key with OpenAI?", as radio buttons: none picked until the person picks. */
export function CheckModeChoices({ picked, onPick }: { picked: Mode | undefined; onPick: (mode: Mode) => void }) {
  return (
    <>
      {CHECK_MODES.map((mode) => (
        <label key={mode.value}>
          <input type="radio" name="autoCheck" value={mode.value} checked={picked === mode.value} onChange={() => onPick(mode.value)} />
          <span>
            {t(mode.label)}
            <span class="muted">{t(mode.detail)}</span>
          </span>
        </label>
      ))}
    </>
  );
}
