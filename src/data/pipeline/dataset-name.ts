/**
 * A new dataset's id and name, as an import makes them when the person gives none: a random id,
 * and a name from the files' names.
 */
import { scanPeriodText } from '../cells/scan-period-text';
import { fileBaseName } from '../table/name-text';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import { formatPeriodKey } from '../vocabulary/period';
import { sourceFileOf, type Dataset } from '../dataset/dataset';

/** A dataset id: a random UUID where available. */
export function newDatasetId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return c?.randomUUID ? c.randomUUID() : `ds-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * A new dataset's name: the file's (`东湖社区-2024年3月`); for several files, the period they all
 * name (`2024年3月（20个文件）`: one month's reports from 20 offices), else the first file's and how
 * many (`东湖社区-2024年3月 等20个文件`).
 */
export function defaultDatasetName(names: readonly string[]): string {
  const bases = names.map(fileBaseName);
  const first = bases[0] ?? '';
  if (names.length <= 1) return first || '导入的数据';
  const periods = new Set(bases.map((b) => {
    const found = scanPeriodText(b).found;
    return found ? formatPeriodKey(found.period) : '';
  }));
  const [shared] = [...periods];
  return periods.size === 1 && shared ? `${formatPeriodLabel(shared, 'zh')}（${names.length}个文件）` : `${first} 等${names.length}个文件`;
}

/**
 * A dataset's name after files are appended to it: made afresh from all its files while it still has
 * the name an import gave it (`惠苑里社区-2024年1-3月 等5个文件` said 等5个 after three more were
 * added); a name the person chose stays.
 */
export function appendedDatasetName(existing: Pick<Dataset, 'name' | 'files'>, added: readonly string[]): string {
  const before = [...new Set(existing.files.map((f) => sourceFileOf(f.name).file))];
  if (existing.name !== defaultDatasetName(before)) return existing.name;
  return defaultDatasetName([...before, ...added.filter((n) => !before.includes(n))]);
}
