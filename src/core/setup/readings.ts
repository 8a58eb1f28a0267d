import { MARKER } from '../key/openai-shapes';
import { providerOfKey } from '../key/providers';
import { parseHttpUrl } from './url';

/**
 * What the content script may read of an app's settings and send to the worker: each value is
 * checked against its shape on the page, and what does not fit is dropped — only why is sent.
 */
export const ORGANIZATION_ID = /^org-[A-Za-z0-9]{24}$/;
export const PROJECT_ID = /^proj_[A-Za-z0-9]{24}$/;
export const MODEL_ID = /^[A-Za-z0-9._:/-]{1,64}$/;
export const API_VERSION = /^\d{4}-\d{2}-\d{2}(?:-preview)?$/;
export const AZURE_RESOURCE = /^[A-Za-z0-9][A-Za-z0-9-]{1,63}$/;
export const MAX_URL_LENGTH = 500;
export const MAX_LABEL_LENGTH = 80;

export const SETTING_ROLES = ['baseUrl', 'organization', 'project', 'model', 'azureEndpoint', 'deployment', 'apiVersion'] as const;
export type SettingRole = (typeof SETTING_ROLES)[number];

/** Why a value was not sent. `secret`: it looked like a key, which never leaves the field it is in. */
export const READING_PROBLEMS = ['too_long', 'credentials', 'not_http', 'not_a_url', 'shape', 'secret'] as const;
export type ReadingProblem = (typeof READING_PROBLEMS)[number];

export interface SettingReading {
  /** The field's label as the page shows it, clipped: how a person finds the field to fix. */
  label: string;
  value: string | null;
  problem: ReadingProblem | null;
  /** The value had spaces around or inside it (it is sent trimmed). */
  spaces: boolean;
}

export type AppSettings = { [R in SettingRole]?: SettingReading } & {
  /** The page's title, clipped: one way to tell which app this is. */
  title: string;
};

const looksSecret = (text: string) => text.startsWith('sk-') || text.includes(MARKER) || providerOfKey(text) !== undefined;

function reading(label: string, value: string | null, problem: ReadingProblem | null, spaces: boolean): SettingReading {
  return { label: label.slice(0, MAX_LABEL_LENGTH), value, problem, spaces };
}

/** A path on the app's own server, such as NextChat's default `/api/openai`: its server forwards the requests. */
const RELATIVE_PATH = /^\/[A-Za-z0-9._~/-]{0,200}$/;
/** A host written without `https://`, which some apps add themselves. */
const BARE_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d{1,5})?(?:\/[A-Za-z0-9._~/-]*)?$/i;

function readUrl(raw: string): Pick<SettingReading, 'value' | 'problem'> {
  if (raw.length > MAX_URL_LENGTH) return { value: null, problem: 'too_long' };
  const text = raw.replace(/\s+/g, '');
  if (RELATIVE_PATH.test(text) || BARE_HOST.test(text)) return { value: text, problem: null };
  if (!/^https?:\/\//i.test(text)) return { value: null, problem: /^[a-z][a-z0-9+.-]*:/i.test(text) ? 'not_http' : 'not_a_url' };
  const parsed = parseHttpUrl(text);
  if (!parsed) return { value: null, problem: 'not_a_url' };
  if (parsed.hasCredentials) return { value: null, problem: 'credentials' };
  return { value: text, problem: null };
}

/** Reads one setting's raw value as its role allows; never returns a secret or an unchecked value. */
export function readSetting(role: SettingRole, label: string, raw: string): SettingReading | undefined {
  const trimmed = raw.trim();
  if (!trimmed) return undefined;
  const spaces = /\s/.test(raw);
  if (looksSecret(trimmed)) return reading(label, null, 'secret', spaces);
  // Azure's resource (instance) name stands for its endpoint, https://<name>.openai.azure.com.
  if (role === 'azureEndpoint' && AZURE_RESOURCE.test(trimmed)) return reading(label, trimmed, null, spaces);
  if (role === 'baseUrl' || role === 'azureEndpoint') {
    const { value, problem } = readUrl(raw);
    return reading(label, value, problem, spaces);
  }
  if (role === 'organization' || role === 'project') {
    // Either id in either field: an organization id in the project field is itself a finding.
    const fits = ORGANIZATION_ID.test(trimmed) || PROJECT_ID.test(trimmed);
    return reading(label, fits ? trimmed : null, fits ? null : 'shape', spaces);
  }
  const shape = role === 'apiVersion' ? API_VERSION : MODEL_ID;
  return shape.test(trimmed) ? reading(label, trimmed, null, spaces) : reading(label, null, 'shape', spaces);
}
