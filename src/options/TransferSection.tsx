import { useState } from 'preact/hooks';
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
    setMessage({ text: `Exported ${data.hints.length} hints and your settings. The file holds no key.`, failed: false });
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await ask('data/import', { text: (await file.text()).slice(0, 1_000_000) }).catch(() => ({ ok: false as const, error: 'The import could not run.' }));
    if (!result.ok) return setMessage({ text: `${result.error} Nothing was changed.`, failed: true });
    const skipped = result.skipped.length ? ` Skipped ${result.skipped.length}: ${result.skipped.join('; ')}.` : '';
    setMessage({ text: `Imported your settings and ${result.added} new hints; the hints you had are kept.${skipped}`, failed: false });
    onImported();
  };
  return (
    <section aria-labelledby="transfer-title">
      <h2 id="transfer-title">Import and export</h2>
      <div class="transfer">
        <button type="button" onClick={() => void exportFile()}>Export hints and settings</button>
        <label>
          Import a file <input type="file" accept="application/json,.json" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
        </label>
      </div>
      {message && <p role={message.failed ? 'alert' : 'status'}>{message.text}</p>}
    </section>
  );
}
