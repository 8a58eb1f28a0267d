import type { TabState } from '../shared/schemas';
import { FindingList } from '../ui/FindingList';

const HEADLINES = {
  error: 'This key won’t work as pasted',
  warning: 'This key may not work',
  info: 'The key looks complete',
  none: 'The key looks complete',
};

export function TabDiagnosis({ state }: { state: TabState }) {
  const { report, field, origin } = state;
  const time = new Date(state.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return (
    <section aria-labelledby="last-paste" class="panel">
      <h2 id="last-paste">Last paste on this page</h2>
      <div class="summary">
        <span class="verdict" data-worst={report.worst} role="status">
          {HEADLINES[report.worst]}
        </span>
        <span class="muted">
          Into “{field.label}” on {origin || 'this page'} at {time}
        </span>
        <span>
          {report.mask ? <code>{report.mask}</code> : null} <span class="muted">{report.kindLabel}</span>
        </span>
      </div>
      <FindingList findings={report.findings} />
      {report.worst !== 'error' && !state.verdict && (
        <p class="muted">Key Doctor has only looked at the key’s format. Only OpenAI can say whether it works.</p>
      )}
    </section>
  );
}
