/**
 * openai-facts.md §1–§3 as test data: one line per row of those tables, each with a synthetic key
 * in that shape and what Key Doctor must make of it. A new row in the facts is one new line here;
 * `src/core/key/shapes.test.ts` runs them all and checks that every provider and layout in the
 * core's tables has a line.
 */
import type { KeyKind } from '../src/core/key';
import { keys } from './keys';

export interface ShapeRow {
  /** The row's name in openai-facts.md. */
  fact: string;
  section: '§1' | '§2' | '§3';
  make: () => string;
  /** The length the facts give, where they give one. */
  length?: number;
  kind: KeyKind;
  /** §1: the layout's segment length. §3: the provider's id in the core's table. */
  segment?: number;
  provider?: string;
  /** §2: words the finding must use to say what it is. */
  says?: string;
}

export const SECRET_KEY_ROWS: readonly ShapeRow[] = [
  { section: '§1', fact: 'legacy user key', make: keys.legacy, length: 51, kind: 'legacy', segment: 20 },
  { section: '§1', fact: 'project key, 2024', make: keys.project56, length: 56, kind: 'project', segment: 20 },
  { section: '§1', fact: 'project key', make: keys.project164, length: 164, kind: 'project', segment: 74 },
  { section: '§1', fact: 'project key, shorter variant', make: keys.project132, length: 132, kind: 'project', segment: 58 },
  { section: '§1', fact: 'service account key', make: keys.serviceAccount, length: 167, kind: 'service_account', segment: 74 },
  { section: '§1', fact: 'service account key, short', make: keys.serviceAccount59, length: 59, kind: 'service_account', segment: 20 },
  { section: '§1', fact: 'service account key, 2024 form', make: () => keys.namedServiceAccount(), kind: 'service_account', segment: 20 },
  { section: '§1', fact: 'admin key', make: keys.admin, length: 133, kind: 'admin', segment: 58 },
  { section: '§1', fact: 'org-level user key', make: keys.orgUser, length: 56, kind: 'org_user', segment: 20 },
  { section: '§1', fact: 'org-level user key, long', make: keys.orgUser164, length: 164, kind: 'org_user', segment: 74 },
];

export const NOT_A_KEY_ROWS: readonly ShapeRow[] = [
  { section: '§2', fact: 'organization id', make: keys.organizationId, length: 28, kind: 'identifier', says: 'organization ID' },
  { section: '§2', fact: 'project id', make: keys.projectId, length: 29, kind: 'identifier', says: 'project ID' },
  { section: '§2', fact: 'user id', make: keys.userId, length: 29, kind: 'identifier', says: 'user ID' },
  { section: '§2', fact: 'request id (req_)', make: keys.requestId, length: 36, kind: 'identifier', says: 'request ID' },
  { section: '§2', fact: 'request id (UUID)', make: keys.requestUuid, length: 36, kind: 'identifier', says: 'request ID' },
  { section: '§2', fact: 'legacy dashboard session key', make: keys.sessionKey, length: 45, kind: 'identifier', says: 'session key' },
  { section: '§2', fact: 'ChatGPT access token (a JWT)', make: keys.jwt, kind: 'identifier', says: 'a token' },
  { section: '§2', fact: 'masked key from the dashboard list', make: () => 'sk-proj-...abcd', kind: 'masked', says: 'shortened form' },
  { section: '§2', fact: 'masked key from the Admin API', make: () => 'sk-admin...def', kind: 'masked' },
  { section: '§2', fact: 'masked key in OpenAI’s error text', make: () => `sk-proj-${'*'.repeat(152)}FXIA`, kind: 'masked' },
  { section: '§2', fact: 'masked placeholder saved by an app (stars)', make: () => 'sk-a****', kind: 'masked' },
  { section: '§2', fact: 'masked placeholder saved by an app (ellipsis)', make: () => 'sk-…wxyz', kind: 'masked' },
  { section: '§2', fact: 'masked placeholder saved by an app (dots)', make: () => '••••••', kind: 'masked' },
  { section: '§2', fact: 'masked placeholder saved by an app (only stars)', make: () => '******', kind: 'masked' },
];

export const OTHER_PROVIDER_ROWS: readonly ShapeRow[] = [
  { section: '§3', fact: 'Anthropic', make: keys.anthropic, length: 108, kind: 'other_provider', provider: 'anthropic' },
  { section: '§3', fact: 'Anthropic (Claude Code OAuth)', make: keys.anthropicOAuth, kind: 'other_provider', provider: 'anthropic' },
  { section: '§3', fact: 'OpenRouter', make: keys.openrouter, length: 73, kind: 'other_provider', provider: 'openrouter' },
  { section: '§3', fact: 'Google Gemini', make: keys.gemini, length: 39, kind: 'other_provider', provider: 'gemini' },
  { section: '§3', fact: 'Google Gemini (new keys)', make: keys.geminiNew, kind: 'other_provider', provider: 'gemini' },
  { section: '§3', fact: 'Groq', make: keys.groq, length: 56, kind: 'other_provider', provider: 'groq' },
  { section: '§3', fact: 'xAI', make: keys.xai, length: 84, kind: 'other_provider', provider: 'xai' },
  { section: '§3', fact: 'Perplexity', make: keys.perplexity, length: 53, kind: 'other_provider', provider: 'perplexity' },
  { section: '§3', fact: 'Hugging Face', make: keys.huggingFace, length: 37, kind: 'other_provider', provider: 'huggingface' },
  { section: '§3', fact: 'Hugging Face (org token)', make: keys.huggingFaceOrg, length: 42, kind: 'other_provider', provider: 'huggingface' },
  { section: '§3', fact: 'Together', make: keys.together, length: 50, kind: 'other_provider', provider: 'together' },
  { section: '§3', fact: 'Replicate', make: keys.replicate, length: 40, kind: 'other_provider', provider: 'replicate' },
  { section: '§3', fact: 'Fireworks', make: keys.fireworks, kind: 'other_provider', provider: 'fireworks' },
  { section: '§3', fact: 'Cerebras', make: keys.cerebras, length: 52, kind: 'other_provider', provider: 'cerebras' },
  { section: '§3', fact: 'NVIDIA', make: keys.nvidia, length: 70, kind: 'other_provider', provider: 'nvidia' },
  { section: '§3', fact: 'DeepSeek, DashScope', make: keys.deepseek, length: 35, kind: 'other_provider', provider: 'deepseek' },
  { section: '§3', fact: 'Moonshot / Kimi', make: keys.relay, length: 51, kind: 'relay', provider: 'sk48' },
  { section: '§3', fact: 'Kimi Code', make: keys.kimiCode, length: 72, kind: 'other_provider', provider: 'kimi-code' },
  { section: '§3', fact: 'Braintrust', make: keys.relay, length: 51, kind: 'relay', provider: 'sk48' },
  { section: '§3', fact: 'relays (one-api / new-api)', make: keys.relay, length: 51, kind: 'relay', provider: 'sk48' },
  { section: '§3', fact: 'Azure OpenAI', make: keys.azure, length: 32, kind: 'other_provider', provider: 'azure' },
  { section: '§3', fact: 'Azure OpenAI, 2025 form', make: keys.azure2025, length: 84, kind: 'other_provider', provider: 'azure' },
  { section: '§3', fact: 'Mistral', make: keys.mistral, length: 32, kind: 'other_provider', provider: 'mistral' },
];
