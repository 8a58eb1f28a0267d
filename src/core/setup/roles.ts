import type { SettingRole } from './readings';

/**
 * Which of an app's settings a neighbouring field is, from its words (name, id, placeholder, label;
 * lower case, separators as spaces). Order matters: Azure's endpoint before any endpoint, a
 * deployment before a model.
 */
const ROLE_WORDS: readonly [SettingRole, RegExp][] = [
  ['apiVersion', /\bapi ?version\b/],
  ['deployment', /\bdeployment\b/],
  ['azureEndpoint', /\bazure\b.*\b(?:endpoint|url|base)\b|\bresource ?name\b|\binstance ?name\b/],
  ['baseUrl', /\bbase ?url\b|\bapi ?base\b|\bbase ?path\b|\bapi ?host\b|\bendpoint\b|\bproxy\b|\bapi ?url\b|\bserver ?url\b|\bapi ?address\b|\bhost\b/],
  ['organization', /\borgani[sz]ation\b|\borg\b/],
  ['project', /\bproject\b/],
  // Not "Model Provider", "Model List" or "Model IDs": those are not the model a request uses.
  ['model', /\bmodel\b(?! ?(?:provider|list|ids?)\b)/],
];

export function settingRoleOf(words: string): SettingRole | undefined {
  return ROLE_WORDS.find(([, pattern]) => pattern.test(words))?.[0];
}
