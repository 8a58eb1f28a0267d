import type { HistoryEntry } from '../shared/schemas';

const time = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** Earlier checks on this site in this browser session: masks and times only. */
export function SiteHistory({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section class="panel" aria-labelledby="history-title">
      <h2 id="history-title">Checks on this site</h2>
      <ul class="history">
        {entries.map((entry) => (
          <li key={entry.at}>
            <span class="muted">{time(entry.at)}</span> <code>{entry.mask || '—'}</code>{' '}
            <span>{entry.verdict ? entry.verdict.title : entry.worst === 'error' ? 'had a problem' : 'format looked fine'}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
