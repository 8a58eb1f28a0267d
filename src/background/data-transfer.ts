import type { RequestOf, ResponseOf } from '../shared/messages';
import { buildExport, readImport } from '../shared/transfer';
import { changeStore, loadStore } from './store';

export async function exportData(): Promise<ResponseOf<'data/export'>> {
  const { settings, hints } = await loadStore();
  return buildExport(settings, hints, new Date());
}

/** An export file's text: validated and merged with the hints there are, or nothing changes. */
export const importData = ({ text }: RequestOf<'data/import'>) =>
  changeStore<ResponseOf<'data/import'>>(({ hints, settings }) => {
    const result = readImport(text, hints, settings);
    if (!result.ok) return { change: {}, answer: result };
    return {
      change: { settings: result.settings, hints: result.hints },
      answer: { ok: true, added: result.added, skipped: result.skipped.slice(0, 100), hints: result.hints },
    };
  });
