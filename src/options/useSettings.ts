import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { useExtension } from '../ui/extension';

export function useSettings() {
  const { ask } = useExtension();
  const [settings, setSettings] = useState<Settings | undefined>();
  const [message, setMessage] = useState('');
  const reload = () => {
    ask('settings/get', {}).then(setSettings, () => setMessage('Could not load settings. Reload this page to try again.'));
  };
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- `reload` is remade each render; `ask` is what it depends on.
  useEffect(reload, [ask]);
  const change = async (update: Partial<Settings>) => {
    try {
      setSettings(await ask('settings/set', update));
      setMessage('Saved.');
    } catch {
      setMessage('Could not save that change. Try again.');
    }
  };
  return { settings, message, change, reload };
}
