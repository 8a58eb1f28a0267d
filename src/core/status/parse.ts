import { said, type Said } from '../said';
import { z } from 'zod';

/**
 * OpenAI's status, reduced to what a person with an API key needs (openai-facts.md §5). The API's
 * state is judged from the "APIs" group of incident.io's structure — or, when only the
 * Statuspage-compatible summary could be read, from an exact list of API component names — never
 * from name substrings or the page-wide description. Other products' trouble is reported as theirs.
 */
export interface StatusSummary {
  level: 'operational' | 'degraded' | 'outage' | 'maintenance' | 'unknown';
  /** API components that are not operational. */
  affected: { name: string; status: string }[];
  /** Ongoing incidents that touch the API; null when the incident list could not be read. */
  incidents: { name: string; status: string }[] | null;
  /** Other products with trouble (ChatGPT, Codex, …); `product` null when the page does not say which. */
  others: { product: string | null; incidents: string[]; components: string[] }[];
  /** Why the page could not be read, when `level` is unknown for that reason. */
  problem: Said | null;
}

/** The API components by exact name, for the summary that has no groups (status.openai.com, 2026). */
const API_COMPONENT_NAMES = new Set([
  'Chat Completions', 'Responses', 'Embeddings', 'Images', 'Batch', 'Audio', 'Moderations', 'Realtime', 'Files', 'Fine-tuning',
]);
const API_GROUP = /^APIs?$/i;

const text = (max: number) => z.string().max(max);
const Impact = z.object({ component_id: text(100), status: text(60) }).loose();
const Incident = z.object({
  name: text(300),
  status: text(60).optional(),
  affected_components: z.array(Impact).max(200).optional(),
  component_impacts: z.array(Impact).max(200).optional(),
}).loose();
const ComponentRef = z.object({ component_id: text(100), name: text(200).optional() }).loose();

/** incident.io's native `/proxy/status.openai.com`. */
const ProxySchema = z.object({
  summary: z.object({
    components: z.array(z.object({ id: text(100), name: text(200) }).loose()).max(500).optional(),
    affected_components: z.array(Impact).max(500).optional(),
    ongoing_incidents: z.array(Incident).max(100).optional(),
    structure: z.object({
      items: z.array(z.object({
        group: z.object({ name: text(200), components: z.array(ComponentRef).max(500).optional() }).loose().optional(),
        component: ComponentRef.optional(),
      }).loose()).max(200),
    }).loose().optional(),
  }).loose(),
});

/** Statuspage-compatible `/api/v2/summary.json`: a flat component list, no incidents. */
const SummarySchema = z.object({
  components: z.array(z.object({ name: text(200), status: text(60) }).loose()).max(500),
}).loose();

const RANK: StatusSummary['level'][] = ['outage', 'degraded', 'maintenance', 'unknown', 'operational'];

function levelOf(status: string): StatusSummary['level'] {
  if (status === 'major_outage' || status === 'full_outage') return 'outage';
  if (status === 'partial_outage' || status === 'degraded_performance') return 'degraded';
  if (status === 'under_maintenance') return 'maintenance';
  return status === 'operational' ? 'operational' : 'unknown';
}

function worst(statuses: string[], hasIncidents: boolean): StatusSummary['level'] {
  const levels = statuses.map(levelOf);
  const found = RANK.find((level) => levels.includes(level));
  return found ?? (hasIncidents ? 'degraded' : 'operational');
}

export const unreadableStatus = (problem: Said): StatusSummary => ({ level: 'unknown', affected: [], incidents: null, others: [], problem });

function fromProxy(data: z.infer<typeof ProxySchema>): StatusSummary {
  const { summary } = data;
  const names = new Map((summary.components ?? []).map((c) => [c.id, c.name] as const));
  const productOf = new Map<string, string | null>();
  for (const item of summary.structure?.items ?? []) {
    for (const ref of item.group?.components ?? []) {
      productOf.set(ref.component_id, item.group?.name ?? null);
      if (ref.name) names.set(ref.component_id, ref.name);
    }
    if (item.component) names.set(item.component.component_id, item.component.name ?? names.get(item.component.component_id) ?? '');
  }
  const hasApiGroup = [...productOf.values()].some((product) => product !== null && API_GROUP.test(product));
  const nameOf = (id: string) => names.get(id) || '';
  const isApi = (id: string) => {
    const product = productOf.get(id);
    return hasApiGroup ? product !== undefined && product !== null && API_GROUP.test(product) : API_COMPONENT_NAMES.has(nameOf(id));
  };
  const affected = summary.affected_components ?? [];
  const apiAffected = affected.filter((c) => isApi(c.component_id));
  const others = new Map<string | null, StatusSummary['others'][number]>();
  const otherOf = (product: string | null) => {
    const known = others.get(product);
    if (known) return known;
    const fresh = { product, incidents: [], components: [] };
    others.set(product, fresh);
    return fresh;
  };
  for (const c of affected) if (!isApi(c.component_id)) otherOf(productOf.get(c.component_id) ?? null).components.push(nameOf(c.component_id));

  const incidents: StatusSummary['incidents'] = [];
  for (const incident of summary.ongoing_incidents ?? []) {
    const touched = [...(incident.affected_components ?? []), ...(incident.component_impacts ?? [])].map((c) => c.component_id);
    const aboutApi = touched.length ? touched.some(isApi) : apiAffected.length > 0;
    if (aboutApi) {
      incidents.push({ name: incident.name, status: incident.status ?? 'investigating' });
      continue;
    }
    // Without components named, an incident is not pinned on any product, least of all the API.
    const products = touched.length ? [...new Set(touched.map((id) => productOf.get(id) ?? null))] : [null];
    for (const product of products) otherOf(product).incidents.push(incident.name);
  }
  const statuses = apiAffected.map((c) => c.status);
  return { level: worst(statuses, incidents.length > 0), affected: apiAffected.map((c) => ({ name: nameOf(c.component_id), status: c.status })), incidents, others: [...others.values()], problem: null };
}

function fromSummary(data: z.infer<typeof SummarySchema>): StatusSummary {
  const troubled = data.components.filter((c) => c.status !== 'operational');
  const api = troubled.filter((c) => API_COMPONENT_NAMES.has(c.name));
  const rest = troubled.filter((c) => !API_COMPONENT_NAMES.has(c.name)).map((c) => c.name);
  return {
    level: worst(api.map((c) => c.status), false),
    affected: api.map(({ name, status }) => ({ name, status })),
    // The summary carries no incidents: an empty list there would be a false "no incident".
    incidents: null,
    others: rest.length ? [{ product: null, incidents: [], components: rest }] : [],
    problem: null,
  };
}

/** What one status endpoint gave: its parsed JSON, or why there is none. */
export type StatusReading = { json: unknown } | { problem: Said };

/**
 * The status from incident.io's proxy (which has the incidents), falling back to the summary for the
 * components' states. Anything unreadable is "unknown", never "all good".
 */
export function parseStatus(proxy: StatusReading, summary?: StatusReading): StatusSummary {
  const native = 'json' in proxy ? ProxySchema.safeParse(proxy.json) : undefined;
  if (native?.success) return fromProxy(native.data);
  const flat = summary && 'json' in summary ? SummarySchema.safeParse(summary.json) : undefined;
  if (flat?.success) return fromSummary(flat.data);
  const [first, second] = [proxy, summary].map((reading) => (reading && 'problem' in reading ? reading.problem : said('status_unknown_shape')));
  if (!first || !second || !summary || JSON.stringify(first) === JSON.stringify(second)) return unreadableStatus(first ?? said('status_no_answer'));
  return unreadableStatus(said('status_two_problems', { first, second }));
}
