import { english } from '../../test/words';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keys } from '../../test/keys';
import { answers, openaiEcho } from '../../test/openai-bodies';
import { fakeOpenAI, freshWorker, tabContext } from '../../test/worker-harness';
import { readPageText } from '../core/page-evidence/page-text';
import type { RequestOf } from '../shared/messages';

vi.mock('../shared/browser-api', () => import('../../test/fake-browser-api'));

const field = { label: 'OpenAI API key', provider: 'OpenAI', reasons: [] };
const [old, key] = [keys.project164(), keys.project164()];
const removed: RequestOf<'field/check'> = { field, value: '', valueLength: 0, pasted: key, trigger: 'paste', maxLength: null };
const evidence = (text: string) => ({ evidence: readPageText(text) ?? (() => { throw new Error(text); })() });

/** The first two findings of an answer's report, with their severity. */
const codes = (answer: unknown) => (answer as { report: { findings: { code: string; severity: string }[] } }).report.findings.slice(0, 2).map((f) => `${f.code} ${f.severity}`);

let handlers: Awaited<ReturnType<typeof freshWorker>>['handlers'];
let memory: Awaited<ReturnType<typeof freshWorker>>['memory'];
beforeEach(async () => {
  ({ handlers, memory } = await freshWorker());
});
afterEach(() => vi.unstubAllGlobals());

describe('the page’s evidence, in the worker', () => {
  it('is weighed against the key checked on the tab, and judged again when OpenAI answers', async () => {
    fakeOpenAI(() => answers.live());
    await handlers['field/check'](removed, tabContext());
    const early = await handlers['page/evidence'](evidence('Invalid API key. Keys look like sk- followed by 48 characters.'), tabContext());
    expect(codes(early)).toEqual(['site_removed_key error', 'site_refused_key warning']);
    // OpenAI is asked about the key the person pasted; its answer names the contradiction.
    const result = await handlers['key/verify']({ value: key, valueLength: key.length }, tabContext());
    expect(codes(result)).toEqual(['site_removed_key error', 'site_refused_key error']);
    expect(result).toMatchObject({ layers: { works: 'no' } });
    expect(JSON.stringify(memory.session)).not.toContain(key.slice(12, 40));
  });

  it('an echo of another key makes the layered verdict fail, and is kept only as masks', async () => {
    fakeOpenAI(() => answers.live());
    await handlers['field/check']({ ...removed, value: key, valueLength: key.length }, tabContext());
    await handlers['key/verify']({ value: key, valueLength: key.length }, tabContext());
    const answer = await handlers['page/evidence'](evidence(`Incorrect API key provided: ${openaiEcho(old)}.`), tabContext());
    expect(answer).toMatchObject({ layers: { works: 'no' } });
    expect(english('layers' in answer ? answer.layers?.headline : undefined)).toBe('OpenAI accepts this key, but the app is still sending a different, older key.');
    expect(JSON.stringify(memory.session)).not.toContain(old.slice(12, 40));
  });

  it('answers “none” where no key was checked, or from another site', async () => {
    expect(await handlers['page/evidence'](evidence('Invalid API key format.'), tabContext())).toEqual({ none: true });
    await handlers['field/check'](removed, tabContext());
    expect(await handlers['page/evidence'](evidence('Invalid API key format.'), tabContext('https://other.example'))).toEqual({ none: true });
  });
});
