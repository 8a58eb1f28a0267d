import { z } from 'zod';

/** OpenAI's status, reduced to what a person needs: is the API up, which parts are not, what is going on. */
export interface StatusSummary {
  level: 'operational' | 'degraded' | 'outage' | 'maintenance' | 'unknown';
  description: string;
  /** API components that are not operational. */
  affected: { name: string; status: string }[];
  incidents: { name: string; status: string }[];
}

const ComponentSchema = z.object({ id: z.string().optional(), name: z.string().max(200), status: z.string().max(60) });

/** Statuspage-compatible `/api/v2/summary.json`. Everything optional: the shim may omit parts. */
const SummarySchema = z.object({
  status: z.object({ indicator: z.string().max(40).optional(), description: z.string().max(200).optional() }).optional(),
  components: z.array(ComponentSchema.loose()).max(500).optional(),
  incidents: z.array(z.object({ name: z.string().max(300), status: z.string().max(60).optional() }).loose()).max(100).optional(),
});

/** incident.io's native `/proxy/status.openai.com`. */
const ProxySchema = z.object({
  summary: z.object({
    components: z.array(ComponentSchema.pick({ id: true, name: true }).loose()).max(500).optional(),
    affected_components: z.array(z.object({ component_id: z.string(), status: z.string().max(60) }).loose()).max(500).optional(),
    ongoing_incidents: z.array(z.object({ name: z.string().max(300), status: z.string().max(60).optional() }).loose()).max(100).optional(),
  }),
});

const API_PARTS = /api|chat|completion|responses|embedding|image|batch|audio|moderation|realtime|file|fine-?tun|login/i;
const WORST: StatusSummary['level'][] = ['outage', 'degraded', 'maintenance', 'operational'];

function levelOf(status: string): StatusSummary['level'] {
  if (/major_outage|full_outage/.test(status)) return 'outage';
  if (/partial_outage|degraded/.test(status)) return 'degraded';
  if (/maintenance/.test(status)) return 'maintenance';
  return status === 'operational' ? 'operational' : 'unknown';
}

function summarise(affected: StatusSummary['affected'], incidents: StatusSummary['incidents'], description?: string): StatusSummary {
  const levels = affected.map((c) => levelOf(c.status));
  const level = WORST.find((l) => levels.includes(l)) ?? (incidents.length ? 'degraded' : 'operational');
  const fallback = level === 'operational' ? 'All API systems operational' : 'Some API systems have problems';
  return { level, description: description ?? fallback, affected, incidents };
}

/** Reads either shape defensively; anything unreadable is "unknown", never "all good". */
export function parseStatus(json: unknown): StatusSummary {
  const summary = SummarySchema.safeParse(json);
  if (summary.success && (summary.data.components || summary.data.status)) {
    const affected = (summary.data.components ?? [])
      .filter((c) => API_PARTS.test(c.name) && c.status !== 'operational')
      .map(({ name, status }) => ({ name, status }));
    const incidents = (summary.data.incidents ?? []).map(({ name, status }) => ({ name, status: status ?? 'investigating' }));
    return summarise(affected, incidents, summary.data.status?.description);
  }
  const proxy = ProxySchema.safeParse(json);
  if (proxy.success) {
    const names = new Map((proxy.data.summary.components ?? []).map((c) => [c.id, c.name]));
    const affected = (proxy.data.summary.affected_components ?? [])
      .map((c) => ({ name: names.get(c.component_id) ?? 'An API component', status: c.status }))
      .filter((c) => API_PARTS.test(c.name) || c.name === 'An API component');
    const incidents = (proxy.data.summary.ongoing_incidents ?? []).map(({ name, status }) => ({ name, status: status ?? 'investigating' }));
    return summarise(affected, incidents);
  }
  return { level: 'unknown', description: 'OpenAI’s status page could not be read', affected: [], incidents: [] };
}
