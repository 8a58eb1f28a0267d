import { useEffect, useState } from 'preact/hooks';
import { buildChecklist, type Step } from '../core/checklist/checklist';
import { type StatusSummary, unreadableStatus } from '../core/status/parse';
import type { TabState } from '../shared/schemas';
import type { Settings } from '../shared/settings';
import { ask } from '../ui/client';

type Reach = { reachable: boolean; detail: string };

const UNREADABLE = unreadableStatus('Key Doctor could not ask for it');

/** The checklist for this tab, from what the worker knows plus the status page and an optional network test. */
export function useChecklist(state: TabState | null, siteActions: boolean) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [status, setStatus] = useState<StatusSummary | 'off' | null>(null);
  const [network, setNetwork] = useState<Reach | null>(null);
  const [testing, setTesting] = useState(false);
  const [hintCount, setHintCount] = useState(0);
  useEffect(() => {
    ask('hints/list', {}).then(({ hints }) => setHintCount(hints.length), () => setHintCount(0));
    ask('settings/get', {}).then(async (loaded) => {
      setSettings(loaded);
      setStatus(loaded.statusChecks ? await ask('status/get', {}).catch(() => UNREADABLE) : 'off');
    }, () => setStatus(UNREADABLE));
  }, []);
  const testNetwork = async () => {
    setTesting(true);
    setNetwork(await ask('network/check', {}).catch(() => ({ reachable: false, detail: 'the check could not run' })));
    setTesting(false);
  };
  const steps: Step[] = buildChecklist({
    report: state?.report ?? null,
    verdict: state?.verdict ?? null,
    credit: state?.credit ?? null,
    creditConsent: settings?.creditCheck ?? false,
    status,
    network,
    siteActions,
    hintCount,
  });
  return { steps, testNetwork, testing };
}
