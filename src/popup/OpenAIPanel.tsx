import { useEffect, useState } from 'preact/hooks';
import type { StatusSummary } from '../core/status/parse';
import { ask } from '../ui/client';

type Reach = { state: 'idle' } | { state: 'checking' } | { state: 'done'; reachable: boolean; detail: string };

const LEVEL_TEXT: Record<StatusSummary['level'], string> = {
  operational: 'OpenAI’s status page reports no problems with the API.',
  degraded: 'OpenAI’s status page reports problems with the API.',
  outage: 'OpenAI’s status page reports an API outage.',
  maintenance: 'OpenAI’s status page reports maintenance.',
  unknown: 'OpenAI’s status page could not be read.',
};

/** Is OpenAI up, and can this network reach it? Neither says anything about the key. */
export function OpenAIPanel() {
  const [status, setStatus] = useState<StatusSummary | 'loading' | 'off'>('loading');
  const [reach, setReach] = useState<Reach>({ state: 'idle' });
  useEffect(() => {
    const load = async (): Promise<StatusSummary | 'off'> => ((await ask('settings/get', {})).statusChecks ? ask('status/get', {}) : 'off');
    load().then(setStatus, () => setStatus({ level: 'unknown', description: '', affected: [], incidents: [] }));
  }, []);
  const testConnection = async () => {
    setReach({ state: 'checking' });
    try {
      setReach({ state: 'done', ...(await ask('network/check', {})) });
    } catch {
      setReach({ state: 'done', reachable: false, detail: 'the check could not run' });
    }
  };
  return (
    <section class="panel" aria-labelledby="openai-title">
      <h2 id="openai-title">OpenAI from here</h2>
      {status === 'loading' && <p class="muted">Reading OpenAI’s status page…</p>}
      {status === 'off' && <p class="muted">Status checks are off in the settings.</p>}
      {typeof status === 'object' && (
        <p data-level={status.level}>
          {LEVEL_TEXT[status.level]}
          {status.affected.length > 0 && ` Affected: ${status.affected.map((c) => c.name).join(', ')}.`}
          {status.incidents.length > 0 && ` Incident: ${status.incidents.map((i) => i.name).join('; ')}.`}
        </p>
      )}
      <div aria-live="polite">
        {reach.state === 'done' && (
          <p>
            {reach.reachable
              ? 'This network reaches OpenAI.'
              : `This network cannot reach OpenAI (${reach.detail}). Check a VPN, proxy or firewall; in some countries OpenAI is not available.`}
          </p>
        )}
      </div>
      <button type="button" class="secondary" disabled={reach.state === 'checking'} onClick={() => void testConnection()}>
        {reach.state === 'checking' ? 'Testing the connection…' : 'Test the connection to OpenAI'}
      </button>
    </section>
  );
}
