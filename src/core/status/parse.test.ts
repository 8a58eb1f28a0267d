import { said } from '../said';
import { english } from '../../../test/words';
import { describe, expect, it } from 'vitest';
import { component, proxyBody, statusPages, summaryBody } from '../../../test/status-bodies';
import { apiLine, othersLine, statusLine } from './describe';
import { parseStatus, type StatusReading } from './parse';

const json = (body: unknown): StatusReading => ({ json: body });
const both = (page: { proxy: unknown; summary: unknown }) => parseStatus(json(page.proxy), json(page.summary));

describe('parseStatus: incident.io’s proxy endpoint', () => {
  it('reads a green page', () => {
    expect(both(statusPages.green())).toEqual({ level: 'operational', affected: [], incidents: [], others: [], problem: null });
  });

  it('reads an APIs-group incident with full_outage, and its incident', () => {
    const status = both(statusPages.apiIncident());
    expect(status.level).toBe('outage');
    expect(status.affected).toEqual([{ name: 'Responses', status: 'full_outage' }]);
    expect(status.incidents).toEqual([{ name: 'Responses API unavailable', status: 'identified' }]);
    expect(status.others).toEqual([]);
  });

  it('does not blame ChatGPT’s Login and Image Generation on the API', () => {
    const status = both(statusPages.chatGptOnly());
    expect(status.level).toBe('operational');
    expect(status.affected).toEqual([]);
    expect(status.incidents).toEqual([]);
    expect(status.others).toEqual([{ product: 'ChatGPT', incidents: ['ChatGPT login errors'], components: ['Login', 'Image Generation'] }]);
  });

  it('ties an incident that names no component to the API only when an API component is affected', () => {
    expect(both(statusPages.apiDegraded()).incidents).toEqual([{ name: 'Elevated error rates on Chat Completions', status: 'investigating' }]);
    const loose = parseStatus(json(proxyBody([], [{ name: 'Something is slow' }])));
    expect(loose).toMatchObject({ level: 'operational', incidents: [], others: [{ product: null, incidents: ['Something is slow'], components: [] }] });
  });

  it('takes a Codex API incident for Codex’s, not the API’s', () => {
    const trouble: [ReturnType<typeof component>, string][] = [[component('Codex', 'Codex API'), 'partial_outage']];
    const status = parseStatus(json(proxyBody(trouble, [{ name: 'Codex tasks failing', impacts: trouble }])));
    expect(status.level).toBe('operational');
    expect(status.others[0]?.product).toBe('Codex');
  });

  it.each([
    ['operational', 'operational'], ['degraded_performance', 'degraded'], ['partial_outage', 'degraded'],
    ['major_outage', 'outage'], ['full_outage', 'outage'], ['under_maintenance', 'maintenance'],
  ])('reads the component status %s as %s', (componentStatus, level) => {
    expect(parseStatus(json(proxyBody([[component('APIs', 'Embeddings'), componentStatus]]))).level).toBe(level);
    expect(parseStatus({ problem: said('evidence_http', { status: '404' }) }, json(summaryBody([[component('APIs', 'Embeddings'), componentStatus]]))).level).toBe(level);
  });

  it('reads an unknown status of an API component as unknown, not as green', () => {
    const status = parseStatus(json(proxyBody([[component('APIs', 'Batch'), 'sideways']])));
    expect(status.level).toBe('unknown');
    expect(english(apiLine(status))).toContain('a state Key Doctor does not know');
  });

  it('ignores affected components it cannot name, without blaming the API', () => {
    const body = proxyBody();
    body.summary.affected_components.push({ component_id: '01JUNKNOWN', status: 'full_outage' });
    const status = parseStatus(json(body));
    expect(status).toMatchObject({ level: 'operational', others: [{ product: null, components: [''] }] });
    expect(english(othersLine(status))).toBe('Another OpenAI service reports trouble (an unnamed component); the API is not affected.');
  });
});

describe('parseStatus: the Statuspage-compatible summary, when the proxy fails', () => {
  it('judges the API from exact component names, and knows it has no incidents', () => {
    const status = parseStatus({ problem: said('evidence_http', { status: '404' }) }, json(summaryBody([[component('APIs', 'Chat Completions'), 'partial_outage']])));
    expect(status).toMatchObject({ level: 'degraded', affected: [{ name: 'Chat Completions', status: 'partial_outage' }], incidents: null });
  });

  it('does not read ChatGPT trouble in the flat list as the API’s', () => {
    const status = parseStatus({ problem: said('evidence_http', { status: '404' }) }, json(statusPages.chatGptOnly().summary));
    expect(status.level).toBe('operational');
    expect(status.incidents).toBeNull();
    expect(status.others).toEqual([{ product: null, incidents: [], components: ['Login', 'Image Generation'] }]);
  });
});

describe('parseStatus: bad input stays boring', () => {
  it.each<[string, StatusReading, StatusReading]>([
    ['both endpoints failing', { problem: said('status_no_connection') }, { problem: said('status_no_connection') }],
    ['HTML and an error', { problem: said('status_not_json') }, { problem: said('evidence_http', { status: '503' }) }],
    ['an empty body', { problem: said('status_not_json') }, { problem: said('status_not_json') }],
    ['a 5 MB body', { problem: said('note_too_large') }, { problem: said('note_too_large') }],
    ['JSON of other shapes', json({ summary: 'nope' }), json([1, 2, 3])],
    ['null', json(null), json(null)],
  ])('%s is unknown, never operational', (_name, proxy, summary) => {
    const status = parseStatus(proxy, summary);
    expect(status.level).toBe('unknown');
    expect(status.problem).toBeTruthy();
    expect(english(statusLine(status))).toMatch(/^OpenAI’s status page could not be read \(.+\)\.$/);
  });

  it('refuses absurd sizes instead of walking them', () => {
    const huge = proxyBody();
    huge.summary.components = Array.from({ length: 5000 }, (_, i) => ({ id: `c${i}`, name: `C${i}`, description: null, hidden: false }));
    const started = performance.now();
    expect(parseStatus(json(huge)).level).toBe('unknown');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('status lines', () => {
  it('say nothing when all is well', () => {
    expect(statusLine(both(statusPages.green()))).toBeNull();
  });

  it('name the API’s trouble and its incident', () => {
    expect(english(statusLine(both(statusPages.apiIncident())))).toBe(
      'OpenAI’s status page reports trouble with the API — Responses: full outage. Incident: Responses API unavailable (identified).',
    );
  });

  it('tell another product’s trouble as theirs', () => {
    const status = both(statusPages.chatGptOnly());
    expect(apiLine(status)).toBeNull();
    expect(english(othersLine(status))).toBe('ChatGPT has an incident (ChatGPT login errors); the API is not affected.');
  });
});
