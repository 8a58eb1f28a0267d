import type { StepState } from '../core/checklist/checklist';
import type { MessageKey } from '../core/catalogs/en';
import { sayAll } from '../i18n/say';
import { t } from '../i18n/t';
import { SavedKeys } from './SavedKeys';
import { StepActions } from './StepActions';
import { useChecklist } from './useChecklist';
import type { PopupView, Site } from './usePopupData';

const ICON: Record<StepState, string> = { passed: '✓', failed: '✕', unknown: '?', not_checked: '○' };
const SPOKEN: Record<StepState, MessageKey> = { passed: 'state_passed', failed: 'state_failed', unknown: 'state_unknown', not_checked: 'state_not_checked' };

export function Checklist({ view, site }: { view: PopupView | null; site: Site }) {
  const { steps, testNetwork, testing, savedKeys } = useChecklist(view, site);
  return (
    <section class="panel" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('checklist_heading')}</h2>
      <ol class="checklist">
        {steps.map((step) => (
          <li key={step.id} data-step={step.id} data-state={step.state}>
            <span class="icon" aria-hidden="true">{ICON[step.state]}</span>
            <div>
              <strong>{t(`step_${step.id}`)}</strong> <span class="state">{t(SPOKEN[step.state])}</span>
              <p class="reason">{sayAll(step.reason)}</p>
              {step.actions.length > 0 && <StepActions actions={step.actions} context={{ site, testNetwork, testing, savedKeys }} />}
              {step.id === 'stale_cache' && <SavedKeys search={savedKeys} site={site} />}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
