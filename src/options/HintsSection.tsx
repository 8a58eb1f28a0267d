import { useState } from 'preact/hooks';
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
      <h2 id="hints-title">Key hints</h2>
      <p class="muted">
        Paste a key to remember it as a hint: Key Doctor keeps its label, kind, first characters, last four, length and a
        salted fingerprint — never the key — and then tells you, at the moment you paste, which of your keys it is. Hints stay
        in this browser’s local storage, not in sync storage, so even these details never leave this machine.
      </p>
      <form class="hint-add" onSubmit={(event) => void submit(event)}>
        <label>
          Label <input value={label} maxLength={80} placeholder="e.g. Work – Marketing" onInput={(e) => setLabel(e.currentTarget.value)} />
        </label>
        <label>
          Key <input type="password" autocomplete="off" value={key} onInput={(e) => setKey(e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={key.trim() === ''}>Add hint</button>
      </form>
      {problem && <p role="alert">{problem}</p>}
      {hints.length === 0 ? (
        <p class="muted">No hints yet.</p>
      ) : (
        <ol class="hints">
          {hints.map((hint, index) => (
            <li key={hint.id} data-hint={hint.id}>
              <div class="hint-main">
                <input
                  aria-label={`Label of ${hint.label}`}
                  value={hint.label}
                  maxLength={80}
                  onChange={(e) => void update(hint.id, { label: e.currentTarget.value })}
                />
                <code>
                  {hint.prefix}…{hint.last4}
                </code>
                <span class="muted">
                  {hint.kindLabel}, {hint.length} characters
                </span>
              </div>
              <input
                class="hint-note"
                aria-label={`Note on ${hint.label}`}
                placeholder="Note (e.g. org Work, project Marketing)"
                value={hint.note}
                maxLength={200}
                onChange={(e) => void update(hint.id, { note: e.currentTarget.value })}
              />
              <div class="hint-actions">
                <button type="button" disabled={index === 0} aria-label={`Move ${hint.label} up`} onClick={() => void move(hint.id, -1)}>↑</button>
                <button type="button" disabled={index === hints.length - 1} aria-label={`Move ${hint.label} down`} onClick={() => void move(hint.id, 1)}>↓</button>
                <button type="button" aria-label={`Delete ${hint.label}`} onClick={() => void remove(hint.id)}>Delete</button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
