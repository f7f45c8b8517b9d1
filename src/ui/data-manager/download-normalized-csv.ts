/**
 * 下载规范化CSV: the stored dataset as the long normalised CSV (UTF-8 with BOM so Excel on Chinese
 * Windows opens it correctly), which re-imports to the same observations.
 */
import { loadDataset } from '../../storage/dataset-store';
import type { StoreTarget } from '../../storage/connection';
import { downloadBlob, MIME } from '../../export/download';
import { safeFileName } from '../../export/file-name';

const BOM = '\uFEFF';

/** Downloads dataset `id`; returns a Chinese error message, or null when the download started. */
export async function downloadNormalizedCsv(id: string, name: string, target?: StoreTarget): Promise<string | null> {
  const ds = await loadDataset(id, target);
  if (!ds) return `找不到数据集“${name}”，可能已在其他标签页中删除。请刷新列表。`;
  // Loaded on demand: the serializer is only needed when someone downloads.
  const { toNormalizedCsv } = await import('../../data/normalized-csv');
  const csv = toNormalizedCsv(ds);
  downloadBlob(csv.startsWith(BOM) ? csv : BOM + csv, safeFileName([name, '规范化'], 'csv'), MIME.csv);
  return null;
}
