import type { MessageKey } from '../catalogs/en';
import { said, type Said } from '../said';
import type { StatusSummary } from './parse';

const STATUS_WORDS: Record<string, MessageKey> = {
  operational: 'status_operational', degraded_performance: 'status_degraded_performance', partial_outage: 'status_partial_outage',
  major_outage: 'status_major_outage', full_outage: 'status_full_outage', under_maintenance: 'status_under_maintenance',
};
/** A component's state as people say it; a state Key Doctor does not know, as the page wrote it. */
const says = (status: string): Said => {
  const known = STATUS_WORDS[status];
  return known ? said(known) : said('status_as_written', { status: status.slice(0, 40) });
};
/** The first `max` items, and "…" for the rest. */
const listed = (items: readonly Said[], max: number): Said[] => [...items.slice(0, max), ...(items.length > max ? [said('status_more')] : [])];

/** The API's trouble in one line, or null when the page reports none. */
export function apiLine(summary: StatusSummary): Said[] | null {
  if (summary.problem) return [said('status_unreadable', { problem: summary.problem })];
  const incidents = summary.incidents ?? [];
  if (summary.level === 'operational' && incidents.length === 0) return null;
  const parts = summary.affected.map((c) => said('status_component', { name: c.name || said('status_unnamed_component'), status: says(c.status) }));
  const unknown = summary.level === 'unknown';
  const lead = parts.length
    ? said(unknown ? 'status_api_unknown_states' : 'status_api_trouble', { components: listed(parts, 4) })
    : said(unknown ? 'status_api_unknown' : 'status_api_trouble_plain');
  const incident = incidents.length ? [said('status_incident', { incidents: listed(incidents.map((i) => said('status_incident_of', { name: i.name, status: i.status })), 2) })] : [];
  return [lead, ...incident];
}

/** Other products' trouble, said as theirs: "ChatGPT has an incident (…); the API is not affected." */
export function othersLine(summary: StatusSummary): Said[] | null {
  const apiFine = summary.level === 'operational' && !summary.incidents?.length;
  const lines = summary.others.map(({ product, incidents, components }) => {
    const who = product ?? said('status_another_service');
    return incidents.length
      ? said('status_other_incident', { incidents: listed(incidents.map((name) => said('status_name', { name })), 2), who })
      : said('status_other_trouble', { components: listed(components.map((name) => said('status_name', { name: name || said('status_unnamed_component') })), 3), who });
  });
  if (lines.length === 0) return null;
  return [said(apiFine ? 'status_others_api_fine' : 'status_others', { others: listed(lines, 3) })];
}

/** What the status page says, for people, or null when it reports nothing wrong anywhere. */
export function statusLine(summary: StatusSummary): Said[] | null {
  const lines = [...(apiLine(summary) ?? []), ...(othersLine(summary) ?? [])];
  return lines.length ? lines : null;
}
