/**
 * Apps Key Doctor knows, and how each reads its base-URL field (openai-facts.md §7; each rule cites
 * the app's code). Where the app is not known, the judge says it could not tell, rather than guess.
 *
 * - `host`: the field is a host; the app adds `/v1/chat/completions` itself.
 * - `v1`: the field ends in `/v1`; the app adds `/chat/completions`.
 * - `endpoint`: the field is the full endpoint, `…/v1/chat/completions`.
 * - `host_or_v1`: either; the app adds `/v1` when it is missing.
 */
export type BaseUrlRule = 'host' | 'v1' | 'endpoint' | 'host_or_v1';

export interface KnownApp {
  id: string;
  name: string;
  /** Matched against the page's title and the base-URL field's label. */
  marker: RegExp;
  baseUrl: BaseUrlRule;
  /** Where the rule comes from. */
  source: string;
}

export const KNOWN_APPS: readonly KnownApp[] = [
  {
    id: 'nextchat', name: 'NextChat', marker: /\bNextChat\b|ChatGPT Next Web/i, baseUrl: 'host',
    source: 'ChatGPTNextWeb/NextChat app/client/platforms/openai.ts ChatGPTApi.path(): one trailing "/" removed, "https://" added when missing, then [baseUrl, "v1/chat/completions"].join("/")',
  },
  {
    id: 'betterchatgpt', name: 'Better ChatGPT', marker: /\bBetter ?ChatGPT\b/i, baseUrl: 'endpoint',
    source: 'ztjhz/BetterChatGPT src/api/api.ts fetch(endpoint, …) as typed; src/constants/auth.ts officialAPIEndpoint = "https://api.openai.com/v1/chat/completions"',
  },
  {
    id: 'open-webui', name: 'Open WebUI', marker: /\bOpen ?WebUI\b/i, baseUrl: 'v1',
    source: 'open-webui/open-webui backend/open_webui/routers/openai.py: f"{url}/models", f"{url}/chat/completions"; default https://api.openai.com/v1',
  },
  {
    id: 'lobechat', name: 'LobeChat', marker: /\bLobe ?(?:Chat|Hub)\b/i, baseUrl: 'v1',
    source: 'lobehub/lobe-chat: the API Proxy URL goes to the OpenAI SDK as baseURL (placeholder https://api.openai.com/v1)',
  },
  {
    id: 'librechat', name: 'LibreChat', marker: /\bLibreChat\b/i, baseUrl: 'v1',
    source: 'danny-avila/LibreChat: the user-provided "API Base URL" goes to the OpenAI SDK as baseURL',
  },
  {
    id: 'n8n', name: 'n8n', marker: /\bn8n\b/i, baseUrl: 'v1',
    source: 'n8n-io/n8n packages/nodes-base/credentials/OpenAiApi.credentials.ts: Base URL default https://api.openai.com/v1; the node requests `${credentials.url}/chat/completions`',
  },
  {
    id: 'dify', name: 'Dify', marker: /\bDify\b/i, baseUrl: 'host_or_v1',
    source: 'langgenius/dify-official-plugins models/openai: openai_api_base ("e.g. https://api.openai.com"); /v1 is added unless the base ends with it',
  },
  {
    id: 'flowise', name: 'Flowise', marker: /\bFlowise\b/i, baseUrl: 'v1',
    source: 'FlowiseAI/Flowise packages/components/nodes/chatmodels/ChatOpenAI: "BasePath" goes to the OpenAI SDK as baseURL',
  },
];

/** The app a page is, from its title and the base-URL field's label; undefined when none matches. */
export function recogniseApp(title: string, baseUrlLabel = ''): KnownApp | undefined {
  return KNOWN_APPS.find((app) => app.marker.test(title) || app.marker.test(baseUrlLabel));
}
