import type { TabState } from '../shared/schemas';

const TONE = { yes: 'ok', no: 'error', unknown: 'unknown' } as const;

/** What OpenAI said about the key pasted on this tab, with the evidence. */
export function VerdictPanel({ state }: { state: TabState }) {
  const { verdict, notes = [] } = state;
  if (!verdict) return null;
  const { status, code, requestId, message, note } = verdict.evidence;
  const facts = [status === null ? null : `HTTP ${status}`, code, note, requestId].filter(Boolean).join(' · ');
  return (
    <section class="panel verdict-panel" data-tone={verdict.kind === 'live' ? 'ok' : TONE[verdict.works]} aria-labelledby="verdict-title">
      <h2 id="verdict-title">What OpenAI said</h2>
      <p class="verdict-title">{verdict.title}</p>
      <p>{verdict.advice}</p>
      {message && <p class="muted">“{message}”</p>}
      {facts && <p class="muted small">{facts}</p>}
      {notes.map((line) => (
        <p class="status-note" key={line}>
          {line}
        </p>
      ))}
    </section>
  );
}
