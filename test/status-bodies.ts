/**
 * status.openai.com as it answers since it moved to incident.io (openai-facts.md §5, revised
 * 2026-11-30), shared by unit tests and end-to-end mocks:
 * - `/api/v2/summary.json`: page, status and a flat component list mixing every product — no incidents;
 * - `/proxy/status.openai.com`: components, affected components, ongoing incidents and the grouped structure.
 */
const page = { id: '01JMYCX2BCSHNT4CSMD3R2EN4H', name: 'OpenAI', url: 'https://status.openai.com', time_zone: 'Etc/UTC', updated_at: '2026-11-24T08:00:00.000Z' };

/** The page's groups and their components; ChatGPT's share names and words with the API's. */
const GROUPS: Record<string, string[]> = {
  APIs: ['Chat Completions', 'Responses', 'Embeddings', 'Images', 'Batch', 'Audio', 'Moderations', 'Realtime', 'Files', 'Fine-tuning', 'Login'],
  ChatGPT: ['Login', 'Conversations', 'Image Generation', 'File uploads', 'Voice mode', 'ChatGPT Atlas', 'ChatGPT Work', 'Compliance API'],
  Codex: ['Codex Web', 'Codex API'],
  Sora: ['Sora'],
  FedRAMP: ['ChatGPT Gov'],
  Ads: ['Ads API'],
};

interface Component {
  id: string;
  group: string;
  name: string;
}

const COMPONENTS: Component[] = Object.entries(GROUPS).flatMap(([group, names]) =>
  names.map((name, index) => ({ id: `01J${group.toUpperCase().padEnd(6, 'X')}${String(index).padStart(3, '0')}`, group, name })),
);

/** A component by its group and name: `component('ChatGPT', 'Login')`. */
export function component(group: string, name: string): Component {
  const found = COMPONENTS.find((c) => c.group === group && c.name === name);
  if (!found) throw new Error(`no component ${group}/${name}`);
  return found;
}

type Trouble = [Component, status: string];

interface ProxyIncident {
  name: string;
  status?: string;
  /** Components the incident names, with their impact; omitted when the page names none. */
  impacts?: Trouble[];
}

/** `/proxy/status.openai.com` with these components affected and these incidents ongoing. */
export function proxyBody(affected: Trouble[] = [], incidents: ProxyIncident[] = []) {
  return {
    summary: {
      id: page.id,
      name: 'OpenAI',
      components: COMPONENTS.map(({ id, name }) => ({ id, name, description: null, hidden: false })),
      affected_components: affected.map(([c, status]) => ({ component_id: c.id, status })),
      ongoing_incidents: incidents.map((incident, index) => ({
        id: `01JINCIDENT${index}`,
        name: incident.name,
        status: incident.status ?? 'investigating',
        published_at: '2026-11-24T07:40:00.000Z',
        updates: [{ id: `01JUPDATE${index}`, message_string: 'We are investigating.', published_at: '2026-11-24T07:40:00.000Z', to_status: incident.status ?? 'investigating' }],
        ...(incident.impacts ? { component_impacts: incident.impacts.map(([c, status]) => ({ component_id: c.id, status, start_at: '2026-11-24T07:38:00.000Z' })) } : {}),
      })),
      scheduled_maintenances: [],
      structure: {
        items: Object.entries(GROUPS).map(([group]) => ({
          group: {
            id: `01JGROUP${group.toUpperCase()}`,
            name: group,
            hidden: false,
            components: COMPONENTS.filter((c) => c.group === group).map(({ id, name }) => ({ component_id: id, name, hidden: false })),
          },
        })),
      },
    },
  };
}

/** `/api/v2/summary.json`: a flat list, every product mixed, and never any incident. */
export function summaryBody(affected: Trouble[] = []) {
  const statusOf = (c: Component) => affected.find(([a]) => a.id === c.id)?.[1] ?? 'operational';
  const worst = affected.length ? { indicator: 'minor', description: 'Partially Degraded Service' } : { indicator: 'none', description: 'All Systems Operational' };
  return {
    page,
    status: worst,
    components: COMPONENTS.map((c, position) => ({
      id: c.id, name: c.name, status: statusOf(c), position, description: null, created_at: '2025-02-01T00:00:00.000Z',
      updated_at: '2026-11-24T08:00:00.000Z', showcase: true, start_date: null, group_id: null, page_id: page.id, group: false,
      only_show_if_degraded: false,
    })),
  };
}

/** The scenarios the tests use, both endpoints at once. */
export const statusPages = {
  green: () => ({ proxy: proxyBody(), summary: summaryBody() }),
  /** An API incident: Responses down; the summary shows the component but no incident. */
  apiIncident: () => {
    const trouble: Trouble[] = [[component('APIs', 'Responses'), 'full_outage']];
    return { proxy: proxyBody(trouble, [{ name: 'Responses API unavailable', status: 'identified', impacts: trouble }]), summary: summaryBody([[component('APIs', 'Responses'), 'major_outage']]) };
  },
  /** Elevated errors on Chat Completions, with an incident that names no component. */
  apiDegraded: () => {
    const trouble: Trouble[] = [[component('APIs', 'Chat Completions'), 'partial_outage']];
    return { proxy: proxyBody(trouble, [{ name: 'Elevated error rates on Chat Completions' }]), summary: summaryBody(trouble) };
  },
  /** ChatGPT only: its Login and Image Generation — names the API has words in common with. */
  chatGptOnly: () => {
    const trouble: Trouble[] = [[component('ChatGPT', 'Login'), 'partial_outage'], [component('ChatGPT', 'Image Generation'), 'degraded_performance']];
    return { proxy: proxyBody(trouble, [{ name: 'ChatGPT login errors', impacts: trouble }]), summary: summaryBody(trouble) };
  },
};
