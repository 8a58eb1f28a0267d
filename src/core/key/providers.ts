import type { MessageKey } from '../catalogs/en';
/**
 * The one table of API providers Key Doctor knows: how their keys look, which parts of a key are
 * public prefixes, and which words in a field's label name them. Key shapes, mask prefixes, label
 * words and the "is this OpenAI-shaped?" exclusions are all derived from it.
 *
 * Source: openai-facts.md §3 (secret scanners' rule files: gitleaks, TruffleHog, kingfisher,
 * secretlint; providers' own docs), revised 2026-11-30. A new provider is one new row here and one
 * new line in `test/key-shapes.ts`.
 */

const HEX = /^[0-9a-f]+$/;
const ALNUM = /^[A-Za-z0-9]+$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export interface Provider {
  id: string;
  /** For people: "Anthropic", "Google Gemini". */
  name: string;
  /** Words for a key of this shape when the shape is shared or ambiguous (a catalog key); `name` otherwise. */
  keyName?: MessageKey;
  /** Prefixes that are the same for every key of the provider: safe to show, most specific first. */
  prefixes: readonly string[];
  /** Whether a cleaned string is one of this provider's keys. Prefix rules first; shape-only rules last. */
  isKey: (s: string) => boolean;
  /** Words in a field's label, name or placeholder (lower case, separators as spaces) that name it. */
  words?: RegExp;
  /** API hosts of the provider (a host or any subdomain of it): what an app's base URL points at. */
  hosts: readonly string[];
}

const withPrefix =
  (...prefixes: string[]) =>
  (s: string) =>
    prefixes.some((prefix) => s.startsWith(prefix));

const skWith = (length: number, body: RegExp) => (s: string) =>
  s.length === 3 + length && s.startsWith('sk-') && body.test(s.slice(3));

/** OpenAI's own row: its key layouts are structural and live in `openai-shapes.ts`. */
export const OPENAI: Provider = {
  id: 'openai',
  name: 'OpenAI',
  prefixes: ['sk-svcacct-', 'sk-admin-', 'sk-proj-', 'sk-None-', 'sk-'],
  isKey: () => false,
  words: /\bopen ?ai\b|\bchat ?gpt\b|\bgpt ?\d/,
  hosts: ['api.openai.com'],
};

/**
 * Other providers, most specific first: `sk-ant-`, `sk-or-v1-` and `sk-kimi-` before any bare
 * `sk-` rule; prefixed rules before the prefix-less shapes (Azure, Mistral), which are ambiguous.
 */
export const OTHER_PROVIDERS: readonly Provider[] = [
  { id: 'anthropic', name: 'Anthropic', prefixes: ['sk-ant-api03-', 'sk-ant-admin01-', 'sk-ant-oat01-', 'sk-ant-'], isKey: withPrefix('sk-ant-'), words: /\banthropic\b|\bclaude\b|\bsk ant\b/, hosts: ['api.anthropic.com'] },
  { id: 'openrouter', name: 'OpenRouter', prefixes: ['sk-or-v1-', 'sk-or-'], isKey: withPrefix('sk-or-'), words: /\bopen ?router\b/, hosts: ['openrouter.ai'] },
  { id: 'kimi-code', name: 'Kimi Code (Moonshot)', prefixes: ['sk-kimi-'], isKey: withPrefix('sk-kimi-'), words: /\bkimi\b|\bmoonshot\b/, hosts: ['api.moonshot.ai', 'api.moonshot.cn', 'api.kimi.com'] },
  { id: 'gemini', name: 'Google Gemini', prefixes: ['AIza', 'AQ.Ab'], isKey: withPrefix('AIza', 'AQ.Ab'), words: /\bgemini\b|\bgoogle ai\b|\baistudio\b/, hosts: ['generativelanguage.googleapis.com'] },
  { id: 'groq', name: 'Groq', prefixes: ['gsk_'], isKey: withPrefix('gsk_'), words: /\bgroq\b/, hosts: ['api.groq.com'] },
  { id: 'xai', name: 'xAI (Grok)', prefixes: ['xai-'], isKey: withPrefix('xai-'), words: /\bxai\b|\bgrok\b/, hosts: ['api.x.ai'] },
  { id: 'perplexity', name: 'Perplexity', prefixes: ['pplx-'], isKey: withPrefix('pplx-'), words: /\bperplexity\b|\bpplx\b/, hosts: ['api.perplexity.ai'] },
  { id: 'huggingface', name: 'Hugging Face', prefixes: ['api_org_', 'hf_'], isKey: withPrefix('hf_', 'api_org_'), words: /\bhugging ?face\b/, hosts: ['huggingface.co'] },
  { id: 'together', name: 'Together AI', prefixes: ['tgp_v1_'], isKey: withPrefix('tgp_v1_'), words: /\btogether\b/, hosts: ['api.together.xyz', 'api.together.ai'] },
  { id: 'replicate', name: 'Replicate', prefixes: ['r8_'], isKey: withPrefix('r8_'), words: /\breplicate\b/, hosts: ['api.replicate.com'] },
  { id: 'fireworks', name: 'Fireworks AI', prefixes: ['fw_'], isKey: withPrefix('fw_'), words: /\bfireworks\b/, hosts: ['api.fireworks.ai'] },
  { id: 'cerebras', name: 'Cerebras', prefixes: ['csk-'], isKey: withPrefix('csk-'), words: /\bcerebras\b/, hosts: ['api.cerebras.ai'] },
  { id: 'nvidia', name: 'NVIDIA', prefixes: ['nvapi-'], isKey: withPrefix('nvapi-'), words: /\bnvidia\b|\bnim\b/, hosts: ['integrate.api.nvidia.com'] },
  { id: 'deepseek', name: 'DeepSeek', keyName: 'provider_deepseek_key', prefixes: ['sk-'], isKey: skWith(32, HEX), words: /\bdeep ?seek\b|\bdash ?scope\b|\bqwen\b/, hosts: ['api.deepseek.com', 'dashscope.aliyuncs.com', 'dashscope-intl.aliyuncs.com'] },
  // `sk-` + 48 alphanumerics without OpenAI's marker: one-api/new-api relays, Moonshot/Kimi and Braintrust share it.
  {
    id: 'sk48',
    name: 'OpenAI-compatible relay',
    keyName: 'provider_sk48_key',
    prefixes: ['sk-'],
    isKey: (s) => skWith(48, ALNUM)(s) && !s.includes('T3BlbkFJ'),
    // Relays live on hosts of their own; none can be named.
    hosts: [],
  },
  {
    id: 'azure',
    name: 'Azure OpenAI',
    prefixes: [],
    // 32 lower-case hex, or the 2025 form of about 84–88 base64 characters.
    isKey: (s) => (s.length === 32 && HEX.test(s)) || (s.length >= 84 && s.length <= 88 && BASE64.test(s) && !s.startsWith('sk-')),
    words: /\bazure\b/,
    hosts: ['openai.azure.com', 'cognitiveservices.azure.com', 'services.ai.azure.com'],
  },
  { id: 'mistral', name: 'Mistral', keyName: 'provider_mistral_key', prefixes: [], isKey: (s) => s.length === 32 && ALNUM.test(s), words: /\bmistral\b/, hosts: ['api.mistral.ai'] },
];

export const providerById = (id: string): Provider | undefined => (id === OPENAI.id ? OPENAI : OTHER_PROVIDERS.find((provider) => provider.id === id));

/** The other provider whose key this is, if any. */
export function providerOfKey(candidate: string): Provider | undefined {
  return OTHER_PROVIDERS.find((provider) => provider.isKey(candidate));
}

const AZURE = OTHER_PROVIDERS.find((p) => p.id === 'azure') as Provider;

/**
 * The provider a field's words name, if any. Azure first: its labels say "Azure OpenAI", and the
 * more specific name wins; then OpenAI, then the others.
 */
export function providerNamed(words: string): Provider | undefined {
  return [AZURE, OPENAI, ...OTHER_PROVIDERS].find((provider) => provider.words?.test(words));
}

/** The provider whose API a host belongs to (`api.openai.com`, `x.openai.azure.com`), if any. */
export function providerOfHost(host: string): Provider | undefined {
  const name = host.toLowerCase();
  return [OPENAI, ...OTHER_PROVIDERS].find((provider) => provider.hosts.some((known) => name === known || name.endsWith(`.${known}`)));
}

/** Other providers' prefixes that begin like an OpenAI key (`sk-ant-`, `sk-or-`, `sk-kimi-`). */
export const LOOKALIKE_SK_PREFIXES: readonly string[] = OTHER_PROVIDERS.flatMap((p) => p.prefixes).filter(
  (prefix) => prefix.startsWith('sk-') && prefix !== 'sk-',
);
