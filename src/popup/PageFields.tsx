import { say } from '../i18n/say';
import type { PageScan } from '../shared/messages';
import { t } from '../i18n/t';

export function PageFields({ scan }: { scan: PageScan | null }) {
  if (!scan) {
    return (
      <section class="panel" aria-labelledby="fields-title">
        <h2 id="fields-title">{t('fields_heading')}</h2>
        <p class="muted">{t('fields_off_limits')}</p>
      </section>
    );
  }
  const count = scan.fields.length;
  return (
    <section class="panel" aria-labelledby="fields-title">
      <h2 id="fields-title">{count === 0 ? t('fields_heading_none') : t('fields_heading_count', { count })}</h2>
      {count > 0 && (
        <ul class="fields">
          {scan.fields.map((field, index) => (
            <li key={`${field.label}-${index}`}>
              <strong>{field.label || t('field_unnamed')}</strong>
              {field.provider && <span class="muted"> · {field.provider}</span>}
              <span class="muted reasons">{t('fields_why', { reasons: field.reasons.map(say).join(' · ') })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
