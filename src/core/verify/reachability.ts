import { said, type Said } from '../said';
import { classifyAnswer } from './classify-answer';
import type { ProbeOutcome } from './outcome';

export interface Reachability {
  reachable: boolean;
  detail: Said;
}

/**
 * What `GET /v1/models` without a key says about the network. OpenAI itself answers 401 with its
 * JSON error ("Missing bearer authentication in header"): that proves the way there is open.
 */
export function reachabilityFrom(outcome: ProbeOutcome): Reachability {
  const verdict = classifyAnswer(outcome);
  if (outcome.kind === 'no-response') return { reachable: false, detail: verdict.evidence.note ?? said('status_no_answer') };
  const fromOpenAI = outcome.status === 401 && verdict.evidence.message !== null;
  if (fromOpenAI) return { reachable: true, detail: said('reach_openai_answered') };
  return { reachable: false, detail: said('reach_other_answer', { note: verdict.evidence.note ?? said('reach_not_openai'), status: String(outcome.status) }) };
}
