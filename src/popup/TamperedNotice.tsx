import type { TabState } from '../shared/schemas';
import { t } from '../i18n/t';

/** The page kept hiding Key Doctor's card: what it would have said is here. */
export function TamperedNotice({ state }: { state: TabState }) {
  if (!state.tampered) return null;
  return (
    <p class="panel notice" role="alert">
      {t('tampered_notice')}
    </p>
  );
}
