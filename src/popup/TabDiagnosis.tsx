import { kindSaid } from '../core/key/kind';
import { say } from '../i18n/say';
import type { TabState } from '../shared/schemas';
import { t, uiLanguage } from '../i18n/t';
import { FindingList } from '../ui/FindingList';

const HEADLINES = {
  error: 'diagnosis_error',
  warning: 'diagnosis_warning',
  info: 'diagnosis_fine',
  none: 'diagnosis_fine',
} as const;

export function TabDiagnosis({ state }: { state: TabState }) {
  const { report, field, origin } = state;
  const time = new Date(state.at).toLocaleTimeString(uiLanguage(), { hour: '2-digit', minute: '2-digit' });
  return (
    <section aria-labelledby="last-paste" class="panel">
      <h2 id="last-paste">{t('diagnosis_heading')}</h2>
      <div class="summary">
        <span class="verdict" data-worst={report.worst} role="status">
          {t(HEADLINES[report.worst])}
        </span>
        <span class="muted">
          {t('diagnosis_into', { field: field.label || t('field_unnamed'), site: origin || t('diagnosis_this_page'), time })}
        </span>
        <span>
          {report.mask ? <code>{report.mask}</code> : null} <span class="muted">{say(kindSaid(report.kind, report.provider))}</span>
        </span>
      </div>
      <FindingList findings={report.findings} />
      {report.worst !== 'error' && !state.verdict && (
        <p class="muted">{t('diagnosis_format_only')}</p>
      )}
    </section>
  );
}
