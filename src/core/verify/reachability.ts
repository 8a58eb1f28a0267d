import { classifyAnswer } from './classify-answer';
import type { ProbeOutcome } from './outcome';

export interface Reachability {
  reachable: boolean;
  detail: string;
}

/**
 * What `GET /v1/models` without a key says about the network. OpenAI itself answers 401 with its
 * JSON error ("Missing bearer authentication in header"): that proves the way there is open.
 */
export function reachabilityFrom(outcome: ProbeOutcome): Reachability {
  const verdict = classifyAnswer(outcome);
  if (outcome.kind === 'no-response') return { reachable: false, detail: verdict.evidence.note ?? 'no answer' };
  const fromOpenAI = outcome.status === 401 && verdict.evidence.message !== null;
  return { reachable: fromOpenAI, detail: fromOpenAI ? 'OpenAI answered' : `HTTP ${outcome.status}: ${verdict.evidence.note ?? 'not OpenAI’s answer'}` };
}
