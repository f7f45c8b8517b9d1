/**
 * Small texts shared by the chart and table spec builders: the value unit (人/千人), the source
 * line, the absolute/per-capita words, and unique category names.
 */
import type { Dataset } from '../data/dataset';
import type { MetricDef } from '../data/metric-catalog';

/** `none` absolute; `1000` per 1,000 residents; `100hh` per 100 households (same as ViewQuery.per). */
export type PerBaseText = 'none' | '1000' | '100hh';

/** The axis unit: `人`, `人/千人`, `户/百户`, `%`. */
export function valueUnit(metric: MetricDef, per: PerBaseText): string {
  const u = metric.unit || '';
  if (per === '1000') return `${u}/千人`;
  if (per === '100hh') return `${u}/百户`;
  return u;
}

/** `绝对值`, `每千名常住人口`, `每百户`. */
export function perText(per: PerBaseText): string {
  return per === '1000' ? '每千名常住人口' : per === '100hh' ? '每百户' : '绝对值';
}

/** The source line of a chart or table: the sample warning, or the imported file names. */
export function sourceLine(ds: Pick<Dataset, 'isSample' | 'files'>): string {
  if (ds.isSample) return '示例数据（合成数据，非真实统计）';
  const names = ds.files.map((f) => f.name);
  const shown = names.slice(0, 3).join('、');
  return `${shown}${names.length > 3 ? `等${names.length}个文件` : ''}`;
}

/** `咸水沽镇` or `全部街道/镇`. */
export function parentText(parent: string): string {
  return parent === '' ? '全部街道/镇' : parent;
}

/**
 * Display names that are unique within a list: a name that occurs under two streets gets its
 * street in brackets (`前白庙村（小站镇）`), since names alone are ambiguous.
 */
export function uniqueNames(items: readonly { name: string; parent: string }[]): string[] {
  const count = new Map<string, number>();
  for (const it of items) count.set(it.name, (count.get(it.name) ?? 0) + 1);
  return items.map((it) => ((count.get(it.name) ?? 0) > 1 && it.parent !== '' ? `${it.name}（${it.parent}）` : it.name));
}
