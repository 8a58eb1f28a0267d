/**
 * Synthetic keys in the shapes of openai-facts.md, built from random characters. Never a real key.
 * Shared by unit and end-to-end tests.
 */
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URL_SAFE = `${ALNUM}_-`;
const HEX = '0123456789abcdef';
export const MARKER = 'T3BlbkFJ';

let seed = 0x2545f491;
/** Deterministic, so a failing test fails the same way every run. */
function nextRandom(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
}

export function randomString(length: number, alphabet = ALNUM): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(nextRandom() * alphabet.length)];
  return out;
}

/** Segments start and end with a letter so that tests can slice them without meeting `-`/`_` at the edge. */
function segment(length: number, alphabet: string): string {
  if (length < 2) return randomString(length, ALNUM);
  return randomString(1, ALNUM) + randomString(length - 2, alphabet) + randomString(1, ALNUM);
}

const openai = (prefix: string, half: number, alphabet: string) =>
  `${prefix}${segment(half, alphabet)}${MARKER}${segment(half, alphabet)}`;

export const keys = {
  legacy: () => openai('sk-', 20, ALNUM),
  project56: () => openai('sk-proj-', 20, ALNUM),
  project132: () => openai('sk-proj-', 58, URL_SAFE),
  project164: () => openai('sk-proj-', 74, URL_SAFE),
  serviceAccount: () => openai('sk-svcacct-', 74, URL_SAFE),
  admin: () => openai('sk-admin-', 58, URL_SAFE),
  orgUser: () => openai('sk-None-', 20, ALNUM),
  orgUser164: () => openai('sk-None-', 74, URL_SAFE),
  serviceAccount59: () => openai('sk-svcacct-', 20, ALNUM),
  namedServiceAccount: (name = 'billing-bot-2') => openai(`sk-${name}-`, 20, ALNUM),
  relay: () => `sk-${randomString(48)}`,
  kimiCode: () => `sk-kimi-${randomString(64)}`,
  deepseek: () => `sk-${randomString(32, HEX)}`,
  anthropic: () => `sk-ant-api03-${randomString(93, URL_SAFE)}AA`,
  openrouter: () => `sk-or-v1-${randomString(64, HEX)}`,
  gemini: () => `AIza${randomString(35, URL_SAFE)}`,
  groq: () => `gsk_${randomString(52)}`,
  xai: () => `xai-${randomString(80, `${ALNUM}_`)}`,
  perplexity: () => `pplx-${randomString(48)}`,
  huggingFace: () => `hf_${randomString(34, ALNUM.slice(0, 52))}`,
  together: () => `tgp_v1_${randomString(43, URL_SAFE)}`,
  replicate: () => `r8_${randomString(37)}`,
  fireworks: () => `fw_${randomString(24)}`,
  cerebras: () => `csk-${randomString(48)}`,
  nvidia: () => `nvapi-${randomString(64, URL_SAFE)}`,
  azure: () => randomString(32, HEX),
  azure2025: () => `${randomString(52)}JQQJ99BKACYeBjFXJ3w3AAAAACOG${randomString(4)}`,
  geminiNew: () => `AQ.Ab${randomString(48, URL_SAFE)}`,
  anthropicOAuth: () => `sk-ant-oat01-${randomString(93, URL_SAFE)}AA`,
  huggingFaceOrg: () => `api_org_${randomString(34)}`,
  mistral: () => randomString(32),
  organizationId: () => `org-${randomString(24)}`,
  projectId: () => `proj_${randomString(24)}`,
  userId: () => `user-${randomString(24)}`,
  requestId: () => `req_${randomString(32, HEX)}`,
  requestUuid: () => `${randomString(8, HEX)}-${randomString(4, HEX)}-4${randomString(3, HEX)}-a${randomString(3, HEX)}-${randomString(12, HEX)}`,
  sessionKey: () => `sess-${randomString(40)}`,
  jwt: () => `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.${randomString(600, URL_SAFE)}.${randomString(342, URL_SAFE)}`,
};

export type KeyShape = keyof typeof keys;

/** The random middle of a key: the part a mask must never show. */
export function secretMiddle(key: string): string {
  return key.slice(12, -4);
}
