/**
 * OpenAI at the network layer for Firefox: the profile's proxy. WebDriver BiDi's request interception
 * does not see an extension's background requests (tried: they went past it), so the tests' Firefox
 * sends every non-loopback request here instead. CONNECTs to OpenAI's API hosts and its status page
 * are answered with a test certificate (the session accepts it) by the same OpenAIMock the Chromium
 * suite uses; anything else is refused and recorded — nothing leaves the machine.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { TLSSocket } from 'node:tls';
import { OPENAI_API_HOST, type OpenAIMock } from '../support/openai-mock';

const STATUS_HOST = 'status.openai.com';
const FIXTURES = join(import.meta.dirname, 'fixtures');

export interface OpenAIProxy {
  port: number;
  /** Hosts (or URLs) something asked for that are neither OpenAI's API nor its status page. */
  refused: string[];
  close(): Promise<void>;
}

function headersOf(request: IncomingMessage): Record<string, string> {
  return Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]));
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((done) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => done(chunks.length ? Buffer.concat(chunks).toString('utf8') : null));
  });
}

export async function startOpenAIProxy(mock: OpenAIMock): Promise<OpenAIProxy> {
  const refused: string[] = [];
  const tls = { key: readFileSync(join(FIXTURES, 'openai-test.key')), cert: readFileSync(join(FIXTURES, 'openai-test.crt')) };

  const openai = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const host = (request.headers.host ?? '').replace(/:443$/, '');
    const url = `https://${host}${request.url ?? '/'}`;
    const reply = host === STATUS_HOST
      ? mock.answerStatus(url)
      : await mock.answerApi({ url, method: request.method ?? 'GET', headers: headersOf(request), body: await readBody(request) });
    if (reply === 'hang') return;
    if (reply === 'abort') {
      request.socket.destroy();
      return;
    }
    response.writeHead(reply.status, { ...reply.headers, 'content-type': reply.contentType, 'access-control-allow-origin': '*' });
    response.end(reply.body);
    if (host !== STATUS_HOST) mock.answered++;
  });

  const proxy: Server = createServer((request, response) => {
    refused.push(request.url ?? '');
    response.writeHead(502).end();
  });
  proxy.on('connect', (request: IncomingMessage, socket: Socket) => {
    const [host = '', port = ''] = (request.url ?? '').split(':');
    if (port !== '443' || !(OPENAI_API_HOST.test(host) || host === STATUS_HOST)) {
      refused.push(request.url ?? '');
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n', () => {
      openai.emit('connection', new TLSSocket(socket, { isServer: true, ...tls }));
    });
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return {
    port: (proxy.address() as AddressInfo).port,
    refused,
    close: () => new Promise((done) => {
      proxy.closeAllConnections();
      openai.closeAllConnections();
      proxy.close(() => done());
    }),
  };
}
