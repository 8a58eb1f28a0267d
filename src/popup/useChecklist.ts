import { useEffect, useState } from 'preact/hooks';
import { buildChecklist, type ChecklistStep } from '../core/checklist/checklist';
import { type StatusSummary, unreadableStatus } from '../core/status/parse';
import type { Reachability } from '../core/verify/reachability';
import { said } from '../core/said';
import { useExtension } from '../ui/extension';
import type { PopupView, Site } from './usePopupData';
import { useSavedKeys } from './useSavedKeys';

/** The checklist for this tab, from the popup's view plus, when the view came first, the status page, and an optional network test. */
export function useChecklist(view: PopupView | null, site: Site) {
  const api = useExtension();
  const [status, setStatus] = useState<StatusSummary | 'off' | null>(view?.status ?? null);
  const [network, setNetwork] = useState<Reachability | null>(null);
  const [testing, setTesting] = useState(false);
  const savedKeys = useSavedKeys(site);
  useEffect(() => {
    // The view waits for the status page only briefly; then it is asked for once more.
    if (view && view.status === null) api.ask('status/get', {}).then(setStatus, () => setStatus(unreadableStatus(said('status_could_not_ask'))));
  }, [api, view]);
  const testNetwork = async () => {
    setTesting(true);
    setNetwork(await api.ask('network/check', {}).catch(() => ({ reachable: false, detail: said('network_check_failed') })));
    setTesting(false);
  };
  const state = view?.state ?? null;
  const steps: ChecklistStep[] = buildChecklist({
    report: state?.report ?? null,
    verdict: state?.verdict ?? null,
    credit: state?.credit ?? null,
    creditConsent: view?.creditConsent ?? false,
    status,
    network,
    siteActions: site !== null,
    hintCount: view?.hintCount ?? 0,
    layers: state?.layers ?? null,
    savedKeys: savedKeys.scan?.status === 'ready' ? savedKeys.scan.value : null,
  });
  return { steps, testNetwork, testing, savedKeys };
}
