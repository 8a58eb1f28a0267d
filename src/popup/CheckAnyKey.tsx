import { kindSaid } from '../core/key/kind';
import { say, sayAll } from '../i18n/say';
import { useState } from 'preact/hooks';
import { t } from '../i18n/t';
import { MAX_ANALYSED_LENGTH } from '../core/limits';
import { evidenceText } from '../i18n/evidence-text';
import type { RequestOf, ResponseOf } from '../shared/messages';
import { useExtension } from '../ui/extension';
import { FindingList } from '../ui/FindingList';

type Checked = ResponseOf<'key/check'>;

/** Paste any key for the full diagnosis and OpenAI's answer. The key lives in this popup's memory only. */
export function CheckAnyKey() {
  const { ask } = useExtension();
  const [value, setValue] = useState('');
  const [checked, setChecked] = useState<Checked | 'checking' | 'failed' | null>(null);
  const check = async (event: Event) => {
    event.preventDefault();
    setChecked('checking');
    const request: RequestOf<'key/check'> = { value: value.slice(0, MAX_ANALYSED_LENGTH + 1), valueLength: value.length };
    setChecked(await ask('key/check', request).catch(() => 'failed' as const));
  };
  const result = typeof checked === 'object' && checked !== null ? checked.result : null;
  return (
    <section class="panel" aria-labelledby="any-key-title">
      <h2 id="any-key-title">{t('any_key_heading')}</h2>
      <form class="any-key" onSubmit={(event) => void check(event)}>
        <label for="any-key">{t('any_key_label')}</label>
        <input
          id="any-key"
          type="password"
          autocomplete="off"
          spellcheck={false}
          value={value}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
        <button type="submit" disabled={value.trim() === '' || checked === 'checking'}>
          {checked === 'checking' ? t('any_key_checking') : t('any_key_check')}
        </button>
      </form>
      <div aria-live="polite">
        {checked === 'failed' && <p role="alert">{t('any_key_failed')}</p>}
        {typeof checked === 'object' && checked !== null && (
          <div class="any-key-result">
            <p>
              {checked.report.mask && <code>{checked.report.mask}</code>} <span class="muted">{say(kindSaid(checked.report.kind, checked.report.provider))}</span>
            </p>
            <FindingList findings={checked.report.findings} />
            {result && 'verdict' in result && (
              <>
                <p class="verdict-title" data-works={result.verdict.works}>
                  {say(result.verdict.title)} <span class="muted">{sayAll(result.verdict.advice)}</span>
                </p>
                <p class="muted small">{evidenceText(result.verdict.evidence)}</p>
              </>
            )}
            {result && 'throttled' in result && <p>{t('any_key_throttled')}</p>}
            {!result && <p class="muted">{t('any_key_not_sent')}</p>}
          </div>
        )}
      </div>
      <p class="muted small">{t('any_key_memory')}</p>
    </section>
  );
}
