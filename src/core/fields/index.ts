export type { FieldSnapshot } from './snapshot';
export { scoreField, type FieldVerdict } from './score';
