export { addFindings, diagnose, withFindings, type Diagnosis, type DiagnosisReport } from './diagnose';
export { MAX_ANALYSED_LENGTH } from '../limits';
export { finding } from './findings';
export { OPENAI_SHAPES } from './openai-shapes';
export { FINDING_CODES, SCOPES, SEVERITIES, type Finding, type FindingCode, type Severity } from './findings';
export { KEY_KINDS, type KeyKind, OPENAI_STYLE_KINDS } from './classify-key';
export { mask, lastFour, maskTokens, visibleHead } from './mask';
export { fingerprint } from './fingerprint';
