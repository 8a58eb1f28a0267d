import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import type { Settings } from '../shared/settings';
import { useExtension } from '../ui/extension';

export function useSettings() {
  const { ask } = useExtension();
  const [settings, setSettings] = useState<Settings | undefined>();
  const [message, setMessage] = useState('');
  const reload = () => {
    ask('settings/get', {}).then(setSettings, () => setMessage(t('options_load_failed')));
  };
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- `reload` is remade each render; `ask` is what it depends on.
  useEffect(reload, [ask]);
  const change = async (update: Partial<Settings>) => {
    try {
      setSettings(await ask('settings/set', update));
      setMessage(t('options_saved'));
    } catch {
      setMessage(t('options_save_failed'));
    }
  };
  return { settings, message, change, reload };
}
