export type { FieldSnapshot } from './snapshot';
export { scoreField, type FieldVerdict } from './score';
export { looksLikeOpenAIKey } from './looks-like-key';
export { diagnoseField, type FieldEvent, type Trigger } from './diagnose-field';
