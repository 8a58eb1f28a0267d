import { kindSaid } from '../core/key/kind';
import { hintName } from '../core/hints/hint';
import { say, sayValue } from '../i18n/say';
import { useState } from 'preact/hooks';
import { t, tp } from '../i18n/t';
import { MAX_ANALYSED_LENGTH } from '../core/limits';
import { useHints } from './useHints';

/** Key hints: recognise a key at paste time without ever keeping it. */
export function HintsSection() {
  const { hints, problem, add, update, remove, move } = useHints();
  const [key, setKey] = useState('');
  const [label, setLabel] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    if (await add(key.slice(0, MAX_ANALYSED_LENGTH + 1), label)) {
      setKey('');
      setLabel('');
    } else {
      setKey('');
    }
  };
  return (
    <section aria-labelledby="hints-title">
      <h2 id="hints-title">{t('hints_heading')}</h2>
      <p class="muted">{t('hints_intro')}</p>
      <form class="hint-add" onSubmit={(event) => void submit(event)}>
        <label>
          {t('hints_label')} <input value={label} maxLength={80} placeholder={t('hints_label_placeholder')} onInput={(e) => setLabel(e.currentTarget.value)} />
        </label>
        <label>
          {t('hints_key')} <input type="password" autocomplete="off" value={key} onInput={(e) => setKey(e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={key.trim() === ''}>{t('hints_add')}</button>
      </form>
      {problem && <p role="alert">{problem}</p>}
      {hints.length === 0 ? (
        <p class="muted">{t('hints_none')}</p>
      ) : (
        <ol class="hints">
          {hints.map((hint, index) => (
            <li key={hint.id} data-hint={hint.id}>
              <div class="hint-main">
                <input
                  aria-label={t('hints_label_of', { label: sayValue(hintName(hint)) })}
                  value={hint.label}
                  maxLength={80}
                  onChange={(e) => void update(hint.id, { label: e.currentTarget.value })}
                />
                <code>
                  {hint.prefix}…{hint.last4}
                </code>
                <span class="muted">{tp('hints_kind_length', hint.length, { kind: say(kindSaid(hint.kind)) })}</span>
              </div>
              <input
                class="hint-note"
                aria-label={t('hints_note_of', { label: sayValue(hintName(hint)) })}
                placeholder={t('hints_note_placeholder')}
                value={hint.note}
                maxLength={200}
                onChange={(e) => void update(hint.id, { note: e.currentTarget.value })}
              />
              <div class="hint-actions">
                <button type="button" disabled={index === 0} aria-label={t('hints_move_up', { label: sayValue(hintName(hint)) })} onClick={() => void move(hint.id, -1)}>↑</button>
                <button type="button" disabled={index === hints.length - 1} aria-label={t('hints_move_down', { label: sayValue(hintName(hint)) })} onClick={() => void move(hint.id, 1)}>↓</button>
                <button type="button" aria-label={t('hints_delete_named', { label: sayValue(hintName(hint)) })} onClick={() => void remove(hint.id)}>{t('hints_delete')}</button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
