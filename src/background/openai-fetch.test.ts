import { said } from '../core/said';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answers } from '../../test/openai-bodies';
import { PLAIN_CALL } from '../core/setup/call-shape';
import { fetchStatus, probeModels } from './openai-fetch';

afterEach(() => vi.unstubAllGlobals());

function serve(answer: (url: string) => Response | Promise<Response>) {
  const calls: string[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    calls.push(url);
    return answer(url);
  }));
  return calls;
}

describe('openai-fetch', () => {
  it('stops reading a body past its limit, and says so', async () => {
    const huge = `{"object":"list","data":[${'{"id":"m"},'.repeat(500_000)}{"id":"m"}]}`;
    serve(() => new Response(huge, { status: 200 }));
    const outcome = await probeModels('sk-test');
    expect(outcome).toMatchObject({ kind: 'response', status: 200, truncated: true });
    expect(outcome.kind === 'response' && outcome.body.length).toBe(512_000);
  });

  it('asks only the allow-listed hosts', async () => {
    const calls = serve(() => new Response(answers.live().body, { status: 200 }));
    await probeModels('sk-test', { ...PLAIN_CALL, host: 'eu.api.openai.com' });
    expect(calls).toEqual(['https://eu.api.openai.com/v1/models']);
    // A host from anywhere else never becomes a URL, even past the type checker.
    expect(() => probeModels('sk-test', { ...PLAIN_CALL, host: 'evil.example' as 'api.openai.com' })).toThrow('not an OpenAI API host');
    expect(calls).toHaveLength(1);
  });

  it('sends the app’s organization and project ids only when they have their strict shape', async () => {
    const sent: Record<string, string>[] = [];
    vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
      sent.push(init.headers as Record<string, string>);
      return new Response(answers.live().body, { status: 200 });
    }));
    const organization = `org-${'A'.repeat(24)}`;
    const project = `proj_${'b'.repeat(24)}`;
    await probeModels('sk-test', { host: 'api.openai.com', organization, project });
    await probeModels('sk-test', { host: 'api.openai.com', organization: 'org-x\r\nX-Evil: 1', project: 'proj_short' });
    expect(sent[0]).toEqual({ Authorization: 'Bearer sk-test', 'OpenAI-Organization': organization, 'OpenAI-Project': project });
    expect(sent[1]).toEqual({ Authorization: 'Bearer sk-test' });
  });

  it('reads both status endpoints, and names why one could not be read', async () => {
    const calls = serve((url) =>
      url.endsWith('summary.json')
        ? new Response('<!DOCTYPE html><html>Service Unavailable</html>', { status: 503 })
        : new Response('x'.repeat(5_000_000), { status: 200 }),
    );
    const [proxy, summary] = await fetchStatus();
    expect(calls.toSorted()).toEqual(['https://status.openai.com/api/v2/summary.json', 'https://status.openai.com/proxy/status.openai.com']);
    expect(proxy).toEqual({ problem: said('note_too_large') });
    expect(summary).toEqual({ problem: said('evidence_http', { status: '503' }) });
  });

  it('reads an empty or non-JSON status answer as a problem, not as data', async () => {
    serve((url) => new Response(url.endsWith('summary.json') ? '' : '<html></html>', { status: 200 }));
    expect(await fetchStatus()).toEqual([{ problem: said('status_not_json') }, { problem: said('status_not_json') }]);
  });
});
