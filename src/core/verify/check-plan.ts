import type { DiagnosisReport } from '../key';

/** Whether to ask OpenAI about what landed in a key field, decided once for both the field check and the verification. */
export type CheckPlan = 'silent' | 'no' | 'offer' | 'now';

export interface PlanFacts {
  /** The person asked Key Doctor to stay silent on this site. */
  silentSite: boolean;
  report: Pick<DiagnosisReport, 'checkable'>;
  autoCheck: 'auto' | 'ask' | 'never';
  /** The person has answered the first-run question (or chosen a mode in the settings). */
  modeChosen: boolean;
}

export function checkPlan({ silentSite, report, autoCheck, modeChosen }: PlanFacts): CheckPlan {
  if (silentSite) return 'silent';
  // Until the person has chosen, nothing goes to OpenAI without a click: "ask me first" — or "never",
  // where that is what is stored (chosen before the question existed, or from an imported file).
  const mode = modeChosen || autoCheck === 'never' ? autoCheck : 'ask';
  if (!report.checkable || mode === 'never') return 'no';
  return mode === 'ask' ? 'offer' : 'now';
}

/** A verification may run only where the plan asks now or offers it to the person. */
export const mayVerify = (plan: CheckPlan) => plan === 'now' || plan === 'offer';

/** A site the person silenced stays silent in all its frames, and so do its own frames inside other sites' pages. */
export const silentHere = (silentSites: readonly string[], { origin, topOrigin }: { origin: string; topOrigin: string }) =>
  [origin, topOrigin].some((site) => site !== '' && silentSites.includes(site));
