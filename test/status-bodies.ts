/** Faithful status.openai.com answers (openai-facts.md §5), shared by unit tests and end-to-end mocks. */
const page = { id: 'wb2kl4tjd3s2', name: 'OpenAI', url: 'https://status.openai.com', updated_at: '2026-11-24T08:00:00.000Z' };
const component = (name: string, status: string, position: number) => ({
  id: `c${position}`, name, status, position, created_at: '2024-12-01T00:00:00.000Z', updated_at: '2026-11-24T08:00:00.000Z',
  description: null, group: false, group_id: 'api', only_show_if_degraded: false, showcase: true, start_date: null,
});
const apiComponents = (chatStatus: string) => [
  component('Chat Completions', chatStatus, 1), component('Responses', 'operational', 2), component('Embeddings', 'operational', 3),
  component('Files', 'operational', 4), component('Login', 'operational', 5), component('ChatGPT', 'operational', 6),
];

export const statusBodies = {
  green: () => ({ page, status: { indicator: 'none', description: 'All Systems Operational' }, components: apiComponents('operational'), incidents: [], scheduled_maintenances: [] }),
  partialOutage: () => ({
    page,
    status: { indicator: 'minor', description: 'Partially Degraded Service' },
    components: apiComponents('partial_outage'),
    incidents: [{ id: 'inc1', name: 'Elevated error rates on Chat Completions', status: 'investigating', impact: 'minor', shortlink: 'https://stspg.io/x', incident_updates: [] }],
    scheduled_maintenances: [],
  }),
  proxyMajorOutage: () => ({
    summary: {
      id: 'wb2kl4tjd3s2', name: 'OpenAI',
      components: [{ id: 'r1', name: 'Responses' }, { id: 'c1', name: 'Chat Completions' }],
      affected_components: [{ component_id: 'r1', status: 'full_outage' }],
      ongoing_incidents: [{ id: 'i1', name: 'Responses API unavailable', status: 'identified', published_at: '2026-11-24T07:40:00.000Z', updates: [] }],
      structure: { items: [{ group: { id: 'api', name: 'APIs', components: [{ component_id: 'r1' }, { component_id: 'c1' }] } }] },
    },
  }),
};
