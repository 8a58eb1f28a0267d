import type { Evidence } from '../core/verify/verdicts';
import { evidenceFacts } from '../core/verify/evidence';
import { sayValue } from './say';

/** What OpenAI answered (host, status, code, request ID), as one line in the person's language. */
export const evidenceText = (evidence: Evidence): string => evidenceFacts(evidence).map(sayValue).join(' · ');
