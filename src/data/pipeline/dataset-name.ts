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
 * name (`2024年3月（20个文件）`: one month's reports from 20 offices), or the start of the name
 * they share when it holds that period (`劝业场街道2024年3月统计（2个文件）` for a street's table and
 * its `（更正）`, not `2024年3月`, which drops the street); else the first file's and how many
 * (`东湖社区-2024年3月 等20个文件`).
 */
export function defaultDatasetName(names: readonly string[]): string {
  const bases = names.map(fileBaseName);
  const first = bases[0] ?? '';
  if (names.length <= 1) return first || '导入的数据';
  const periodOf = (text: string): string => {
    const found = scanPeriodText(text).found;
    return found ? formatPeriodKey(found.period) : '';
  };
  const periods = new Set(bases.map(periodOf));
  const [shared] = [...periods];
  if (periods.size !== 1 || !shared) return `${first} 等${names.length}个文件`;
  const common = sharedStart(bases);
  return `${periodOf(common) === shared ? common : formatPeriodLabel(shared, 'zh')}（${names.length}个文件）`;
}

/** Separators and opening brackets a shared start does not end with (`统计（` of `统计（初稿）` and `统计（更正）`). */
const TRAILING = /[\s\-_—–·.,，、。:：(（[【《]+$/u;

/**
 * The start all `bases` share, ended where a name can end: not inside a number (`2024年3月1` of
 * `…3月1日` and `…3月15日`) nor inside a bracket (`统计（第` of `统计（第一批）` and `统计（第二批）`).
 */
function sharedStart(bases: readonly string[]): string {
  const first = bases[0]!;
  let n = first.length;
  for (const b of bases) {
    let i = 0;
    while (i < n && i < b.length && b[i] === first[i]) i++;
    n = i;
  }
  if (n > 0 && /[\uD800-\uDBFF]/.test(first[n - 1]!)) n--;
  if (n > 0 && /\d/.test(first[n - 1]!) && bases.some((b) => /\d/.test(b[n] ?? ''))) while (n > 0 && /\d/.test(first[n - 1]!)) n--;
  let start = first.slice(0, n);
  const open = Math.max(start.lastIndexOf('（'), start.lastIndexOf('('), start.lastIndexOf('【'), start.lastIndexOf('['));
  if (open >= 0 && !/[)）】\]]/.test(start.slice(open))) start = start.slice(0, open);
  return start.replace(TRAILING, '');
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
