/** Things people paste instead of a secret key: OpenAI's identifiers and tokens (openai-facts.md §2). */

const HEX = /^[0-9a-f]+$/;
const ALNUM = /^[A-Za-z0-9]+$/;
const WORDISH = /^[A-Za-z0-9_-]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface IdentifierShape {
  what: string;
  where: string;
  /** Its public prefix, safe to show in a mask. */
  prefix: string;
  test: (s: string) => boolean;
}

const prefixed = (prefix: string, rest: RegExp) => (s: string) => s.startsWith(prefix) && rest.test(s.slice(prefix.length));

export const IDENTIFIER_SHAPES: readonly IdentifierShape[] = [
  { what: 'an organization ID', where: 'It names your organization; it is not secret and cannot sign requests.', prefix: 'org-', test: prefixed('org-', ALNUM) },
  { what: 'a project ID', where: 'It names a project; keys belong to projects but the ID is not a key.', prefix: 'proj_', test: prefixed('proj_', ALNUM) },
  { what: 'a user ID', where: 'It names a user account, not a key.', prefix: 'user-', test: prefixed('user-', ALNUM) },
  { what: 'a request ID', where: 'It comes from an error message or a response header and identifies one request.', prefix: 'req_', test: prefixed('req_', HEX) },
  { what: 'a UUID (such as a request ID)', where: 'It identifies something — often one request in an error message — and is not a key.', prefix: '', test: (s) => UUID.test(s) },
  { what: 'an old dashboard session key', where: 'Session keys belong to the website login and do not work with the API.', prefix: 'sess-', test: prefixed('sess-', ALNUM) },
  {
    what: 'a token',
    where: 'It is a signed login or access token (a JWT), not a secret API key. A secret key starts with sk-.',
    prefix: '',
    test: (s) => s.startsWith('eyJ') && s.split('.').length === 3 && s.split('.').every((part) => WORDISH.test(part)),
  },
];

export function identifierFor(candidate: string): IdentifierShape | undefined {
  return IDENTIFIER_SHAPES.find((shape) => shape.test(candidate));
}

/** A request id as OpenAI sends it in `x-request-id`: `req_` + hex, or (2026) a UUID. */
export function isRequestId(text: string): boolean {
  return text.length <= 68 && (/^req_[0-9a-f]{8,64}$/.test(text) || UUID.test(text));
}
