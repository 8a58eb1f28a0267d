/** Public prefixes: the same for everyone, so showing them reveals nothing. Longest first. */
const PUBLIC_PREFIXES = [
  'sk-ant-admin01-', 'sk-ant-api03-', 'sk-svcacct-', 'sk-or-v1-', 'sk-admin-', 'sk-proj-', 'sk-None-', 'api_org_',
  'tgp_v1_', 'nvapi-', 'pplx-', 'sess-', 'user-', 'proj_', 'gsk_', 'xai-', 'csk-', 'org-', 'req_', 'AIza', 'sk-', 'hf_',
  'r8_', 'fw_', 'AQ.',
];

/** At most this much of the start is shown: `sk-proj-` plus 4. */
const MAX_HEAD = 12;
const TAIL = 4;

export function publicPrefix(text: string): string {
  return PUBLIC_PREFIXES.find((prefix) => text.startsWith(prefix)) ?? '';
}

/**
 * The only way a key is shown: its public prefix, up to 4 more characters, an ellipsis and the last 4.
 * Short strings show less, so that the mask never reveals most of a secret.
 */
export function mask(text: string): string {
  const chars = [...text];
  if (chars.length === 0) return '';
  const prefix = publicPrefix(text);
  const rest = chars.slice([...prefix].length);
  if (rest.length < 12) return `${prefix}… (${chars.length} characters)`;
  const head = rest.slice(0, Math.max(0, Math.min(4, MAX_HEAD - prefix.length))).join('');
  return `${prefix}${head}…${rest.slice(-TAIL).join('')}`;
}

/** The last 4 characters, as stored in a hint and shown by OpenAI's own key list. */
export function lastFour(text: string): string {
  return [...text].slice(-TAIL).join('');
}
