/**
 * A year to date (1-3月累计) of a flow metric below its own month (本月 50, 累计 30) or below an
 * earlier year to date of the same year (1-2月累计 40, 1-3月累计 30): a count of people or events
 * cannot shrink as months are added, so one of the two numbers was typed or copied wrong (a 累计
 * column taken from last year's template, 本月 and 累计 swapped). Each cell alone is plausible; a
 * warning names both cells. Nothing is changed. Negative values (a correction) are left alone.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import { formatPeriodKey, makePeriod, parsePeriodKey } from '../vocabulary/period';
import type { Dataset } from './dataset';

const EXACT = 0;

/** Warnings for a 累计 below its month or an earlier 累计, when one of the two is from file `fromFile` on. */
export function cumulativeOrder(ds: Dataset, fromFile = 0): ImportIssue[] {
  const periods = ds.periods.map((k) => parsePeriodKey(k));
  if (!periods.some((p) => p?.granularity === 'C')) return [];
  const periodAt = new Map(ds.periods.map((k, i) => [k, i]));
  const o = ds.obs;
  const flow = ds.metrics.map((m) => m.kind === 'flow');
  const nP = ds.periods.length;
  const nM = ds.metrics.length;
  const monthOrToDate = periods.map((p) => p?.granularity === 'C' || p?.granularity === 'M');
  // (unit, period, metric) → exact observation i as i + 1 (0: none), as checkConsistency keys them:
  // dense when that is at most four slots per observation, else a map; never a string per observation.
  const space = ds.units.length * nP * nM;
  const table = space <= Math.max(1 << 20, 4 * o.value.length) ? new Int32Array(space) : null;
  const map = table ? null : new Map<number, number>();
  const keyOf = (unit: number, period: number, metric: number): number => (unit * nP + period) * nM + metric;
  const toDate: number[] = [];
  for (let i = 0; i < o.value.length; i++) {
    const period = o.period[i]!;
    if (!monthOrToDate[period] || !flow[o.metric[i]!] || o.qualifier[i] !== EXACT || Number.isNaN(o.value[i]!)) continue;
    const key = keyOf(o.unit[i]!, period, o.metric[i]!);
    if (table) table[key] = i + 1; else map!.set(key, i + 1);
    if (periods[period]!.granularity === 'C') toDate.push(i);
  }
  const find = (unit: number, key: string, metric: number): number | undefined => {
    const p = periodAt.get(key);
    if (p === undefined) return undefined;
    const k = keyOf(unit, p, metric);
    const i = (table ? table[k]! : map!.get(k) ?? 0) - 1;
    return i < 0 ? undefined : i;
  };
  const issues: ImportIssue[] = [];
  const fileOf = (i: number): string => ds.files[o.file[i]!]?.name ?? '';
  for (const i of toDate) {
    const p = periods[o.period[i]!]!;
    const v = o.value[i]!;
    if (v < 0) continue;
    const unit = o.unit[i]!;
    const metric = o.metric[i]!;
    // 1月累计 is January itself: checkConsistency already says when the two differ, either way.
    const month = p.index === 1 ? undefined : find(unit, formatPeriodKey(makePeriod(p.year, 'M', p.index)), metric);
    let earlier: number | undefined;
    for (let k = p.index - 1; k >= 1 && earlier === undefined; k--) earlier = find(unit, formatPeriodKey(makePeriod(p.year, 'C', k)), metric);
    for (const [j, what] of [[month, '当月'], [earlier, '']] as const) {
      if (j === undefined || o.value[j]! <= v || (o.file[i]! < fromFile && o.file[j]! < fromFile)) continue;
      const name = ds.units[unit]!.name;
      const def = ds.metrics[metric]!;
      const label = formatPeriodLabel(ds.periods[o.period[i]!]!, 'zh');
      const other = formatPeriodLabel(ds.periods[o.period[j]!]!, 'zh');
      const where = `${o.file[j] === o.file[i] ? '' : fileOf(j)}第${o.line[j]}行`;
      issues.push(makeIssue('warning', 'cumulative-below', { file: fileOf(i), line: o.line[i]! },
        `第${o.line[i]}行：“${name}”${label}的${def.zh}为${v}，小于${what ? `当月（${other}）` : other}的${o.value[j]}（${where}）；${what ? '累计数应包含当月' : '累计数不会随月份减少'}，请核对哪一个填错了`,
        `Line ${o.line[i]}: ${name} ${formatPeriodLabel(ds.periods[o.period[i]!]!, 'en')} ${def.en} is ${v}, below ${formatPeriodLabel(ds.periods[o.period[j]!]!, 'en')} (${o.value[j]}); a year to date cannot be smaller.`));
    }
  }
  return issues;
}
