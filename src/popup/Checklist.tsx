import type { StepState } from '../core/checklist/checklist';
import { SavedKeys } from './SavedKeys';
import { StepActions } from './StepActions';
import { useChecklist } from './useChecklist';
import type { PopupView, Site } from './usePopupData';

const ICON: Record<StepState, string> = { passed: '✓', failed: '✕', unknown: '?', not_checked: '○' };
const SPOKEN: Record<StepState, string> = { passed: 'Passed', failed: 'Failed', unknown: 'Unknown', not_checked: 'Not checked' };

export function Checklist({ view, site }: { view: PopupView | null; site: Site }) {
  const { steps, testNetwork, testing, savedKeys } = useChecklist(view, site);
  return (
    <section class="panel" aria-labelledby="checklist-title">
      <h2 id="checklist-title">Troubleshooting checklist</h2>
      <ol class="checklist">
        {steps.map((step) => (
          <li key={step.id} data-step={step.id} data-state={step.state}>
            <span class="icon" aria-hidden="true">{ICON[step.state]}</span>
            <div>
              <strong>{step.title}</strong> <span class="state">{SPOKEN[step.state]}</span>
              <p class="reason">{step.reason}</p>
              {step.actions.length > 0 && <StepActions actions={step.actions} context={{ site, testNetwork, testing, savedKeys }} />}
              {step.id === 'stale_cache' && <SavedKeys search={savedKeys} site={site} />}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
