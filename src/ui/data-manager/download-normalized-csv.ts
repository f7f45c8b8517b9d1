/**
 * 下载规范化CSV: the stored dataset as the long normalised CSV (UTF-8 with BOM so Excel on Chinese
 * Windows opens it correctly), which re-imports to the same observations.
 */
import { loadDataset } from '../../storage/dataset-store';
import type { StoreTarget } from '../../storage/connection';
import { downloadBlob, MIME } from '../../export/download';
import { safeFileName } from '../../export/file-name';
import { MESSAGES_ZH, type Messages } from '../i18n/messages-zh';

const BOM = '\uFEFF';

/** Downloads dataset `id`; returns an error message (in the UI language), or null when the download started. */
export async function downloadNormalizedCsv(id: string, name: string, target?: StoreTarget, t: Messages['dm'] = MESSAGES_ZH.dm): Promise<string | null> {
  const ds = await loadDataset(id, target);
  if (!ds) return t.notFound(name);
  // Loaded on demand: the serializer is only needed when someone downloads.
  const { toNormalizedCsv } = await import('../../data/dataset/normalized-csv');
  const csv = toNormalizedCsv(ds);
  downloadBlob(csv.startsWith(BOM) ? csv : BOM + csv, safeFileName([name, t.normalisedSuffix], 'csv'), MIME.csv);
  return null;
}
