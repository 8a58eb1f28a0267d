export { diagnose, type Diagnosis, type DiagnosisReport, MAX_ANALYSED_LENGTH } from './diagnose';
export type { Finding, FindingCode, Severity } from './findings';
export type { KeyKind } from './classify';
export { mask, lastFour, publicPrefix } from './mask';
export { fingerprint } from './fingerprint';
