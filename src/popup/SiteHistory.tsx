import type { HistoryEntry } from '../shared/schemas';
import { verdictTitle } from '../core/verify/verdicts';
import { say } from '../i18n/say';
import { t, uiLanguage } from '../i18n/t';

const time = (at: number) => new Date(at).toLocaleTimeString(uiLanguage(), { hour: '2-digit', minute: '2-digit' });

/** Earlier checks on this site in this browser session: masks and times only. */
export function SiteHistory({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section class="panel" aria-labelledby="history-title">
      <h2 id="history-title">{t('history_heading')}</h2>
      <ul class="history">
        {entries.map((entry) => (
          <li key={entry.at}>
            <span class="muted">{time(entry.at)}</span> <code>{entry.mask || '—'}</code>{' '}
            <span>{entry.verdict ? say(verdictTitle(entry.verdict.kind)) : entry.worst === 'error' ? t('history_had_problem') : t('history_format_fine')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
