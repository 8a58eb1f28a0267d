/** An http(s) URL, taken apart without the DOM's URL class, so the core stays pure. */
export interface HttpUrl {
  scheme: 'http' | 'https';
  /** Lower case; IPv6 in brackets. */
  host: string;
  port: string;
  /** As written, '' for none: `/v1`, `/v1/chat/completions`, `/`. */
  path: string;
  /** The `?…` and `#…` parts, as written. */
  rest: string;
  hasCredentials: boolean;
}

const SHAPE = /^(https?):\/\/([^/?#]*)([^?#]*)([?#].*)?$/i;
const HOST = /^(?:\[[0-9a-f:.]+\]|[^\s:/?#@[\]]+)$/i;

export function parseHttpUrl(text: string): HttpUrl | undefined {
  const match = SHAPE.exec(text);
  if (!match) return undefined;
  const [, scheme = '', authority = '', path = '', rest = ''] = match;
  const at = authority.lastIndexOf('@');
  const hostPort = authority.slice(at + 1);
  const portMatch = /:(\d{1,5})$/.exec(hostPort);
  const host = (portMatch ? hostPort.slice(0, portMatch.index) : hostPort).toLowerCase();
  if (!HOST.test(host)) return undefined;
  return { scheme: scheme.toLowerCase() as HttpUrl['scheme'], host, port: portMatch?.[1] ?? '', path, rest, hasCredentials: at >= 0 };
}
