import type { StatusSummary } from './parse';

const STATUS_WORDS: Record<string, string> = {
  degraded_performance: 'degraded performance', partial_outage: 'partial outage', major_outage: 'major outage',
  full_outage: 'full outage', under_maintenance: 'under maintenance',
};

/** One line about OpenAI's status for people, or null when the page reports nothing wrong. */
export function statusLine(summary: StatusSummary): string | null {
  if (summary.level === 'unknown') return 'OpenAI’s status page could not be read.';
  if (summary.level === 'operational' && summary.incidents.length === 0) return null;
  const parts = summary.affected.slice(0, 4).map((c) => `${c.name}: ${STATUS_WORDS[c.status] ?? c.status.replace(/_/g, ' ')}`);
  const incidents = summary.incidents.slice(0, 2).map((i) => `${i.name} (${i.status})`);
  return [
    `OpenAI’s status page reports: ${summary.description}.`,
    parts.length ? `${parts.join('; ')}.` : '',
    incidents.length ? `Incident: ${incidents.join('; ')}.` : '',
  ].filter(Boolean).join(' ');
}
