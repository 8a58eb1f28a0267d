import { describe, expect, it } from 'vitest';
import { statusBodies } from '../../../test/status-bodies';
import { parseStatus } from './parse';

describe('parseStatus', () => {
  it('reads an all-green summary.json', () => {
    expect(parseStatus(statusBodies.green())).toMatchObject({ level: 'operational', affected: [], incidents: [] });
  });

  it('reads a partial outage with an incident from summary.json', () => {
    const status = parseStatus(statusBodies.partialOutage());
    expect(status.level).toBe('degraded');
    expect(status.affected).toEqual([{ name: 'Chat Completions', status: 'partial_outage' }]);
    expect(status.incidents[0]?.name).toBe('Elevated error rates on Chat Completions');
  });

  it('reads the native incident.io shape', () => {
    const status = parseStatus(statusBodies.proxyMajorOutage());
    expect(status.level).toBe('outage');
    expect(status.affected).toEqual([{ name: 'Responses', status: 'full_outage' }]);
    expect(status.incidents).toHaveLength(1);
  });

  it.each([null, 'x', 42, [], { unrelated: true }, { summary: 'nope' }])('calls %j unknown, never green', (junk) => {
    expect(parseStatus(junk).level).toBe('unknown');
  });
});

describe('statusLine', () => {
  it('says nothing when all is well, and names what is not', async () => {
    const { statusLine } = await import('./describe');
    expect(statusLine(parseStatus(statusBodies.green()))).toBeNull();
    expect(statusLine(parseStatus(statusBodies.partialOutage()))).toBe(
      'OpenAI’s status page reports: Partially Degraded Service. Chat Completions: partial outage. Incident: Elevated error rates on Chat Completions (investigating).',
    );
    expect(statusLine(parseStatus(null))).toBe('OpenAI’s status page could not be read.');
  });
});
