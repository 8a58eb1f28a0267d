import { useState } from 'preact/hooks';
import { t, tp, listOf } from '../i18n/t';
import { said } from '../core/said';
import { say } from '../i18n/say';
import { useExtension } from '../ui/extension';

/** Export hints and settings to a JSON file, and import one back. Never keys. */
export function TransferSection({ onImported }: { onImported: () => void }) {
  const { ask } = useExtension();
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const exportFile = async () => {
    const data = await ask('data/export', {});
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `key-doctor-${data.exportedAt.slice(0, 10)}.json` });
    link.click();
    URL.revokeObjectURL(url);
    setMessage({ text: tp('transfer_exported', data.hints.length), failed: false });
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await ask('data/import', { text: (await file.text()).slice(0, 1_000_000) }).catch(() => ({ ok: false as const, error: said('transfer_could_not_run') }));
    if (!result.ok) return setMessage({ text: t('transfer_nothing_changed', { error: say(result.error) }), failed: true });
    const skipped = result.skipped.length ? ` ${tp('transfer_skipped', result.skipped.length, { list: listOf(result.skipped.map(say)) })}` : '';
    setMessage({ text: `${tp('transfer_imported', result.added)}${skipped}`, failed: false });
    onImported();
  };
  return (
    <section aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('transfer_heading')}</h2>
      <div class="transfer">
        <button type="button" onClick={() => void exportFile()}>{t('transfer_export')}</button>
        <label>
          {t('transfer_import')} <input type="file" accept="application/json,.json" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
        </label>
      </div>
      {message && <p role={message.failed ? 'alert' : 'status'}>{message.text}</p>}
    </section>
  );
}
