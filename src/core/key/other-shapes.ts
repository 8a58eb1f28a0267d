/** Strings people paste that are not OpenAI secret keys: other providers' keys and OpenAI identifiers. */

const HEX = /^[0-9a-f]+$/;
const ALNUM = /^[A-Za-z0-9]+$/;
const WORDISH = /^[A-Za-z0-9_-]+$/;

export interface ProviderShape {
  provider: string;
  /** What the site's provider or base-URL setting would be called. */
  test: (s: string) => boolean;
}

const startsWith = (prefix: string) => (s: string) => s.startsWith(prefix);

// Most specific first: `sk-ant-` and `sk-or-v1-` before any bare `sk-` rule.
const PROVIDER_SHAPES: readonly ProviderShape[] = [
  { provider: 'Anthropic', test: startsWith('sk-ant-') },
  { provider: 'OpenRouter', test: startsWith('sk-or-') },
  { provider: 'Google Gemini', test: (s) => s.startsWith('AIza') || s.startsWith('AQ.') },
  { provider: 'Groq', test: startsWith('gsk_') },
  { provider: 'xAI (Grok)', test: startsWith('xai-') },
  { provider: 'Perplexity', test: startsWith('pplx-') },
  { provider: 'Hugging Face', test: (s) => s.startsWith('hf_') || s.startsWith('api_org_') },
  { provider: 'Together AI', test: startsWith('tgp_v1_') },
  { provider: 'Replicate', test: startsWith('r8_') },
  { provider: 'Fireworks AI', test: startsWith('fw_') },
  { provider: 'Cerebras', test: startsWith('csk-') },
  { provider: 'NVIDIA', test: startsWith('nvapi-') },
  {
    provider: 'DeepSeek or Alibaba DashScope',
    test: (s) => s.length === 35 && s.startsWith('sk-') && HEX.test(s.slice(3)),
  },
  { provider: 'Azure OpenAI', test: (s) => s.length === 32 && HEX.test(s) },
  { provider: 'Mistral (or another provider without a key prefix)', test: (s) => s.length === 32 && ALNUM.test(s) },
];

export function otherProvider(candidate: string): string | undefined {
  return PROVIDER_SHAPES.find((shape) => shape.test(candidate))?.provider;
}

/** A key issued by an OpenAI-compatible relay (one-api/new-api): `sk-` + 48 alphanumerics, no marker. */
export function isRelayKey(candidate: string): boolean {
  return candidate.length === 51 && candidate.startsWith('sk-') && ALNUM.test(candidate.slice(3)) && !candidate.includes('T3BlbkFJ');
}

export interface IdentifierShape {
  what: string;
  where: string;
  test: (s: string) => boolean;
}

const prefixed = (prefix: string, rest: RegExp) => (s: string) => s.startsWith(prefix) && rest.test(s.slice(prefix.length));

const IDENTIFIER_SHAPES: readonly IdentifierShape[] = [
  { what: 'an organization ID', where: 'It names your organization; it is not secret and cannot sign requests.', test: prefixed('org-', ALNUM) },
  { what: 'a project ID', where: 'It names a project; keys belong to projects but the ID is not a key.', test: prefixed('proj_', ALNUM) },
  { what: 'a user ID', where: 'It names a user account, not a key.', test: prefixed('user-', ALNUM) },
  { what: 'a request ID', where: 'It comes from an error message or a response header and identifies one request.', test: prefixed('req_', HEX) },
  { what: 'an old dashboard session key', where: 'Session keys belong to the website login and do not work with the API.', test: prefixed('sess-', ALNUM) },
  {
    what: 'a ChatGPT access token',
    where: 'It is the ChatGPT website’s login token, not an API key, and the API rejects it.',
    test: (s) => s.startsWith('eyJ') && s.split('.').length === 3 && s.split('.').every((part) => WORDISH.test(part)),
  },
];

export function identifierFor(candidate: string): IdentifierShape | undefined {
  return IDENTIFIER_SHAPES.find((shape) => shape.test(candidate));
}
