/** Chinese display text for the 数据管理 table and the storage status. */
import { format } from 'date-fns';
import { formatPeriodLabel } from '../../data/format-period-label';

const periodLabelZh = (key: string): string => formatPeriodLabel(key, 'zh');

/** `2024年1月 至 2024年6月（6期）`; a single period alone; `—` when none. */
export function periodRangeZh(first: string, last: string, count: number): string {
  if (count === 0 || first === '') return '—';
  if (count === 1 || first === last) return periodLabelZh(first);
  return `${periodLabelZh(first)} 至 ${periodLabelZh(last)}（${count}期）`;
}

/** Bytes as `532 字节`, `12.3 KB`, `4.5 MB`, `2.1 GB`. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} 字节`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v >= 100 ? Math.round(v) : v.toFixed(1)} ${units[u]}`;
}

/** ISO timestamp as local `2024-03-01 16:00`. */
export function formatImportTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : format(d, 'yyyy-MM-dd HH:mm');
}

/** Integer with thousands separators (`12,345`). */
export function formatCount(n: number): string {
  return n.toLocaleString('zh-CN');
}
