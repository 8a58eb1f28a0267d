import { addFindings, type Diagnosis } from '../core/key';
import { providerOfKey } from '../core/key/providers';
import { judgeSetup } from '../core/setup/judge';
import type { AppSettings } from '../core/setup/readings';

/** Adds what the app's settings beside the field say about using this key with it. */
export function withAppSetup(diagnosis: Diagnosis, fieldProvider: string | null, settings: AppSettings | undefined): Diagnosis {
  const findings = judgeSetup({ keyKind: diagnosis.report.kind, keyProvider: providerOfKey(diagnosis.candidate), fieldProvider, settings });
  return addFindings(diagnosis, findings);
}
