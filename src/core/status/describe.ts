import type { StatusSummary } from './parse';

const STATUS_WORDS: Record<string, string> = {
  operational: 'operational', degraded_performance: 'degraded performance', partial_outage: 'partial outage',
  major_outage: 'major outage', full_outage: 'full outage', under_maintenance: 'under maintenance',
};
const says = (status: string) => STATUS_WORDS[status] ?? `“${status.slice(0, 40)}”`;
const listed = (items: string[], max: number) => items.slice(0, max).join('; ') + (items.length > max ? '; …' : '');

/** The API's trouble in one line, or null when the page reports none. */
export function apiLine(summary: StatusSummary): string | null {
  if (summary.problem) return `OpenAI’s status page could not be read (${summary.problem}).`;
  const incidents = summary.incidents ?? [];
  if (summary.level === 'operational' && incidents.length === 0) return null;
  const parts = summary.affected.map((c) => `${c.name}: ${says(c.status)}`);
  const lead = summary.level === 'unknown'
    ? 'OpenAI’s status page shows API components in a state Key Doctor does not know'
    : 'OpenAI’s status page reports trouble with the API';
  return [
    parts.length ? `${lead} — ${listed(parts, 4)}.` : `${lead}.`,
    incidents.length ? `Incident: ${listed(incidents.map((i) => `${i.name} (${i.status})`), 2)}.` : '',
  ].filter(Boolean).join(' ');
}

/** Other products' trouble, said as theirs: "ChatGPT has an incident (…); the API is not affected." */
export function othersLine(summary: StatusSummary): string | null {
  const apiFine = summary.level === 'operational' && !summary.incidents?.length;
  const lines = summary.others.map(({ product, incidents, components }) => {
    const who = product ?? 'Another OpenAI service';
    const what = incidents.length ? `has an incident (${listed(incidents, 2)})` : `reports trouble (${listed(components, 3)})`;
    return `${who} ${what}`;
  });
  if (lines.length === 0) return null;
  return `${listed(lines, 3)}${apiFine ? '; the API is not affected.' : '.'}`;
}

/** One line about OpenAI's status for people, or null when the page reports nothing wrong anywhere. */
export function statusLine(summary: StatusSummary): string | null {
  return [apiLine(summary), othersLine(summary)].filter(Boolean).join(' ') || null;
}
