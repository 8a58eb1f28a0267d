import type { MessageKey } from '../catalogs/en';
/** Things people paste instead of a secret key: OpenAI's identifiers and tokens (openai-facts.md §2). */

const HEX = /^[0-9a-f]+$/;
const ALNUM = /^[A-Za-z0-9]+$/;
const WORDISH = /^[A-Za-z0-9_-]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface IdentifierShape {
  /** What it is and where it comes from, as catalog keys. */
  what: MessageKey;
  where: MessageKey;
  /** Its public prefix, safe to show in a mask. */
  prefix: string;
  test: (s: string) => boolean;
}

const prefixed = (prefix: string, rest: RegExp) => (s: string) => s.startsWith(prefix) && rest.test(s.slice(prefix.length));

export const IDENTIFIER_SHAPES: readonly IdentifierShape[] = [
  { what: 'id_organization', where: 'id_organization_where', prefix: 'org-', test: prefixed('org-', ALNUM) },
  { what: 'id_project', where: 'id_project_where', prefix: 'proj_', test: prefixed('proj_', ALNUM) },
  { what: 'id_user', where: 'id_user_where', prefix: 'user-', test: prefixed('user-', ALNUM) },
  { what: 'id_request', where: 'id_request_where', prefix: 'req_', test: prefixed('req_', HEX) },
  { what: 'id_uuid', where: 'id_uuid_where', prefix: '', test: (s) => UUID.test(s) },
  { what: 'id_session', where: 'id_session_where', prefix: 'sess-', test: prefixed('sess-', ALNUM) },
  {
    what: 'id_token',
    where: 'id_token_where',
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
