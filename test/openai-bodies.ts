/**
 * Faithful OpenAI answers (openai-facts.md §4, revised 2026-11-30), shared by unit tests and the
 * end-to-end route mocks.
 */
export interface MockAnswer {
  status: number;
  body: string;
  contentType?: string;
}

/**
 * What OpenAI's error text echoes of a key (§2): the first 8 characters, a `*` for every hidden one
 * and the last 4, so the length is kept; inputs of 12 characters or fewer come back in clear.
 */
export function openaiEcho(key: string): string {
  return key.length <= 12 ? key : `${key.slice(0, 8)}${'*'.repeat(key.length - 12)}${key.slice(-4)}`;
}

const error = (message: string, type: string | null, code: string | null, param: string | null = null) =>
  JSON.stringify({ error: { message, type, param, code } });

/** `x-request-id` on successes and 5xx… */
export const REQUEST_ID = 'req_0123456789abcdef0123456789abcdef';
/** …and on every 2026 capture of a 401/403 from /v1/models: a UUID. */
export const REQUEST_UUID = '6f1101a3-ebe9-4c31-a29c-a16593d85274';

/** The request id OpenAI sends with an answer of this status. */
export const requestIdFor = (status: number) => (status >= 400 && status < 500 ? REQUEST_UUID : REQUEST_ID);

export const answers = {
  /** `GET /v1/models` for a key that may use these models. */
  live: (models = ['gpt-4o-mini', 'gpt-4o-mini-2024-07-18', 'o3', 'text-embedding-3-small']): MockAnswer => ({
    status: 200,
    body: JSON.stringify({ object: 'list', data: models.map((id, i) => ({ id, object: 'model', created: 1721172741 - i, owned_by: 'system' })) }),
  }),
  /** `key`: what was sent; OpenAI echoes it masked its own way. */
  invalid: (key: string): MockAnswer => ({
    status: 401,
    body: error(`Incorrect API key provided: ${openaiEcho(key)}. You can find your API key at https://platform.openai.com/account/api-keys.`, 'invalid_request_error', 'invalid_api_key'),
  }),
  deactivated: (): MockAnswer => ({
    status: 401,
    body: error('The OpenAI account associated with this API key has been deactivated. If you are the developer for this OpenAI app, please check your email for more information. If you are seeing this error while using another app or site, please reach out to them for more help.', 'invalid_request_error', 'account_deactivated'),
  }),
  noOrganization: (): MockAnswer => ({
    status: 401,
    body: error('You must be a member of an organization to use the API. Please contact us through our help center at help.openai.com.', 'invalid_request_error', 'no_organization'),
  }),
  /** On GET /v1/models the body's `error` is a plain string. */
  restricted: (): MockAnswer => ({
    status: 403,
    body: JSON.stringify({ error: 'You have insufficient permissions for this operation. Missing scopes: api.model.read. Check that you have the correct role in your organization (Reader, Writer, Owner) and project (Viewer, Member, Owner), and if you\'re using a restricted API key, that it has the necessary scopes.' }),
  }),
  ipNotAllowed: (code: 'ip_not_authorized' | null = 'ip_not_authorized'): MockAnswer => ({
    status: 401,
    body: error('Your IP is not authorized to make this request.', 'invalid_request_error', code),
  }),
  /** A project pinned to a region, asked at another host (§6). */
  incorrectHostname: (host = 'us.api.openai.com'): MockAnswer => ({
    status: 401,
    body: error(`Attempted to access resource with incorrect regional hostname. Please make your request to ${host}`, 'invalid_request_error', 'incorrect_hostname'),
  }),
  mismatchedOrganization: (): MockAnswer => ({
    status: 401,
    body: error('OpenAI-Organization header should match organization for API key', 'invalid_request_error', 'mismatched_organization'),
  }),
  mismatchedProject: (): MockAnswer => ({
    status: 401,
    body: error('OpenAI-Project header should match project for API key', 'invalid_request_error', 'mismatched_project'),
  }),
  noSuchOrganization: (org = 'org-AbCdEfGhIjKlMnOpQrStUvWx'): MockAnswer => ({
    status: 401,
    body: error(`No such organization: ${org}.`, 'invalid_request_error', null),
  }),
  modelNotFound: (model = 'gpt-4o-mini'): MockAnswer => ({
    status: 403,
    body: error(`Project \`proj_AbCdEfGhIjKlMnOpQrStUvWx\` does not have access to model \`${model}\``, 'invalid_request_error', 'model_not_found'),
  }),
  organizationNotVerified: (model = 'o3'): MockAnswer => ({
    status: 400,
    body: error(`Your organization must be verified to use the model \`${model}\`. Please go to: https://platform.openai.com/settings/organization/general and click on Verify Organization. If you just verified, it can take up to 15 minutes for access to propagate.`, 'invalid_request_error', null),
  }),
  azureDenied: (): MockAnswer => ({
    status: 401,
    body: JSON.stringify({ error: { code: '401', message: 'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.' } }),
  }),
  billingNotActive: (): MockAnswer => ({
    status: 429,
    body: error('Your account is not active, please check your billing details on our website.', 'billing_not_active', 'billing_not_active'),
  }),
  regionBlocked: (): MockAnswer => ({
    status: 403,
    body: error('Country, region, or territory not supported', 'request_forbidden', 'unsupported_country_region_territory'),
  }),
  noCredit: (): MockAnswer => ({
    status: 429,
    body: error('You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.', 'insufficient_quota', 'insufficient_quota'),
  }),
  rateLimited: (): MockAnswer => ({
    status: 429,
    body: error('Rate limit reached for requests in organization org-AbCdEfGhIjKlMnOpQrStUvWx on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s.', 'requests', 'rate_limit_exceeded'),
  }),
  serverError: (): MockAnswer => ({
    status: 500,
    body: error('The server had an error while processing your request. Sorry about that!', 'server_error', null),
  }),
  overloaded: (): MockAnswer => ({
    status: 503,
    body: error('That model is currently overloaded with other requests. You can retry your request, or contact us through our help center at help.openai.com if the error persists.', 'service_unavailable_error', 'server_is_overloaded'),
  }),
  badGateway: (): MockAnswer => ({
    status: 502,
    contentType: 'text/html',
    body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n',
  }),
  completion: (): MockAnswer => ({
    status: 200,
    body: JSON.stringify({
      id: 'chatcmpl-AbCdEfGhIjKlMnOpQrStUvWxYz012', object: 'chat.completion', created: 1764000000, model: 'gpt-4o-mini-2024-07-18',
      choices: [{ index: 0, message: { role: 'assistant', content: 'Hello', refusal: null }, logprobs: null, finish_reason: 'length' }],
      usage: { prompt_tokens: 8, completion_tokens: 1, total_tokens: 9 },
    }),
  }),
  me: (): MockAnswer => ({
    status: 200,
    body: JSON.stringify({
      object: 'user', id: 'user-AbCdEfGhIjKlMnOpQrStUvWx', email: 'ada@example.com', name: 'Ada Lovelace', picture: null,
      orgs: { object: 'list', data: [
        { object: 'organization', id: 'org-AbCdEfGhIjKlMnOpQrStUvWx', title: 'Personal', name: 'user-abcdefghijklmnopqrstuvwx', personal: true, role: 'owner' },
        { object: 'organization', id: 'org-ZyXwVuTsRqPoNmLkJiHgFeDc', title: 'Acme Research', name: 'acme-research', personal: false, role: 'reader' },
      ] },
    }),
  }),
  /** GET /v1/models without an Authorization header. */
  missingBearer: (): MockAnswer => ({
    status: 401,
    body: error('Missing bearer authentication in header', 'invalid_request_error', null),
  }),
};
