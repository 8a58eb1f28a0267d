import type { RequestOf, ResponseOf } from '../shared/messages';
import { buildExport, readImport } from '../shared/transfer';
import { loadStore, saveStore } from './store';

export async function exportData(): Promise<ResponseOf<'data/export'>> {
  const { settings, hints } = await loadStore();
  return buildExport(settings, hints, new Date());
}

/** An export file's text: validated and merged with the hints there are, or nothing changes. */
export async function importData({ text }: RequestOf<'data/import'>): Promise<ResponseOf<'data/import'>> {
  const { hints, settings } = await loadStore();
  const result = readImport(text, hints, settings);
  if (!result.ok) return result;
  await saveStore({ settings: result.settings, hints: result.hints });
  return { ok: true, added: result.added, skipped: result.skipped.slice(0, 100), hints: result.hints };
}
