import { useState } from 'preact/hooks';
import { say, sayAll } from '../i18n/say';
import { t } from '../i18n/t';
import { supportText } from '../core/verify/evidence';
import { evidenceText } from '../i18n/evidence-text';
import type { TabState } from '../shared/schemas';
import { useExtension } from '../ui/extension';

const TONE = { yes: 'ok', no: 'error', unknown: 'unknown' } as const;

/** What OpenAI said about the key pasted on this tab, with the evidence and a way to copy it for support. */
export function VerdictPanel({ state }: { state: TabState }) {
  const { copyText } = useExtension();
  const [copied, setCopied] = useState<string>('');
  const { verdict, notes = [] } = state;
  if (!verdict) return null;
  const facts = evidenceText(verdict.evidence);
  const copy = () =>
    copyText(supportText(verdict, state.report.mask, new Date(state.at)).map(say).join('\n')).then(
      () => setCopied(t('verdict_copied')),
      () => setCopied(t('verdict_copy_failed')),
    );
  return (
    <section class="panel verdict-panel" data-tone={verdict.kind === 'live' ? 'ok' : TONE[verdict.works]} aria-labelledby="verdict-title">
      <h2 id="verdict-title">{t('verdict_heading')}</h2>
      <p class="verdict-title">{say(verdict.title)}</p>
      <p>{sayAll(verdict.advice)}</p>
      {verdict.evidence.message && <p class="muted">“{verdict.evidence.message}”</p>}
      {facts && <p class="muted small">{facts}</p>}
      {notes.map((line, index) => (
        <p class="status-note" key={index}>
          {sayAll(line)}
        </p>
      ))}
      <div class="actions">
        <button type="button" onClick={() => void copy()}>
          {t('verdict_copy')}
        </button>
        <span role="status" class="muted small">
          {copied}
        </span>
      </div>
    </section>
  );
}
