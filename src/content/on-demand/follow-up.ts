import type { DiagnosisReport } from '../../core/key';
import { ask } from '../ask-worker';
import type { Verification } from '../warning/verification';
import { watchEvidence } from './evidence-watcher';
import { onSaveClicks } from './save-clicks';

/** What the always-on script lends the follow-up of one check: the field, what its card shows, and how to show more. */
export interface FollowUpHooks {
  field: HTMLElement;
  valueOf: () => string;
  /** The value the check was about; the site may have changed the field while the worker answered. */
  checked: string;
  /** False once a newer event or a dismissal superseded the check. */
  stillCurrent: () => boolean;
  shown: () => { report: DiagnosisReport; verification?: Verification } | undefined;
  render: (report: DiagnosisReport, verification?: Verification) => void;
  /** The site changed the field by itself after the check. */
  onFieldChanged: () => void;
  /** A person clicked save or test; `changed`: the field holds something else than was checked (a mask the app put back). */
  onSave: (changed: boolean) => void;
}

/** A mask-like signature of a value (its length, start and end): enough to notice a change, no secret. */
const signatureOf = (value: string) => `${value.length}:${value.slice(0, 12)}:${value.slice(-4)}`;

let followed: { hooks: FollowUpHooks; signature: string } | undefined;

function watch(hooks: FollowUpHooks): void {
  watchEvidence(hooks.field, {
    valueOf: hooks.valueOf,
    checked: hooks.checked,
    onFieldChanged: hooks.onFieldChanged,
    onEvidence: (evidence) => void (async () => {
      const answer = await ask('page/evidence', { evidence });
      if (!answer || !('report' in answer) || !hooks.stillCurrent()) return;
      const verification = hooks.shown()?.verification;
      const judged = verification?.state === 'done' && 'verdict' in verification.result && answer.layers;
      hooks.render(answer.report, judged ? { ...verification, result: { ...verification.result, layers: answer.layers } } : verification);
    })(),
  });
}

/** A save or test click on the page: the always-on script checks the field again if it changed, and follows up again. */
function onSave(): void {
  const last = followed;
  if (!last?.hooks.field.isConnected) return;
  const value = last.hooks.valueOf();
  last.hooks.onSave(value.trim() !== '' && signatureOf(value) !== last.signature);
}

/**
 * After a key-field event: the page's own messages for a few seconds, and from then on the settings'
 * save and test clicks. An error the page shows goes to the worker, which weighs it into the tab's
 * report and layered verdict; the card then says it first.
 */
export function followUp(hooks: FollowUpHooks): void {
  followed = { hooks, signature: signatureOf(hooks.checked) };
  onSaveClicks(onSave);
  watch(hooks);
}
