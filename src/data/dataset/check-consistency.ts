/**
 * Checks across observations of a built dataset that no single cell can tell (issue 15):
 * - a stored quarter, half, year or year to date (1-3月累计) of a flow metric that differs from the
 *   sum of its months (or quarters, halves) for the same unit, or a year to date from the one
 *   quarter, half or year it spans (1-12月累计 and 2024年) → warning showing both numbers;
 * - a stored quarter, half or year of a stock metric (常住人口) that is the sum of its months (a
 *   一季度 sheet summing the month sheets) where it should be its last month's → warning;
 * - a stored rate (再就业率) that differs from its own numerator and denominator (再就业人数 ÷
 *   下岗失业人员 × 100) for the same unit and period → warning showing both.
 * Only exact values are compared; only observations from `fromFile` on (the files of this import)
 * raise warnings, so data already in the dataset is not flagged again.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { canonicalMetric } from '../vocabulary/metric-catalog';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import { formatPeriodKey, makePeriod, parsePeriodKey, type Granularity, type Period } from '../vocabulary/period';
import type { Dataset } from './dataset';

const EXACT = 0;
/**
 * Finer granularities a coarse period is made of, finest first (a year to date, C03, of its months
 * and quarters); a year to date is also the one quarter, half or year it spans (1-12月累计 is the year).
 */
const PARTS: Readonly<Partial<Record<Granularity, readonly Granularity[]>>> = { Q: ['M'], H: ['M', 'Q'], Y: ['M', 'Q', 'H'], C: ['M', 'Q', 'H', 'Y'] };
const COUNT: Readonly<Record<Granularity, number>> = { Y: 1, H: 2, Q: 4, M: 12, C: 12 };
const ZH: Readonly<Record<Granularity, string>> = { Y: '年', H: '半年', Q: '季度', M: '月', C: '累计' };

interface Cell { value: number; line: number; file: number }

/** Warnings for sums and rates that disagree within `ds`, for observations from file index `fromFile` on. */
export function checkConsistency(ds: Dataset, fromFile = 0): ImportIssue[] {
  const o = ds.obs;
  const nP = ds.periods.length;
  const nM = ds.metrics.length;
  const periods = ds.periods.map((k) => parsePeriodKey(k));
  const periodAt = new Map(ds.periods.map((k, i) => [k, i]));
  // Which checks can apply at all: a flow metric with a coarse period whose parts are stored, a rate with its parts.
  const grans = new Set(periods.map((p) => p?.granularity));
  const sums = [...grans].some((g) => g !== undefined && (PARTS[g] ?? []).some((f) => grans.has(f)));
  const metricAt = new Map(ds.metrics.map((m, i) => [m.id, i]));
  const rates = ds.metrics.some((m) => m.kind === 'ratio' && metricAt.has(m.numerator ?? '') && metricAt.has(m.denominator ?? ''));
  if (!sums && !rates) return [];
  // (unit, period, metric) → exact observation i as i + 1 (0: none). Dense over the keys when that
  // is at most four slots per observation, else a map: never an object per observation.
  const space = ds.units.length * nP * nM;
  const table = space <= Math.max(1 << 20, 4 * o.value.length) ? new Int32Array(space) : null;
  const map = table ? null : new Map<number, number>();
  const keyOf = (unit: number, period: number, metric: number): number => (unit * nP + period) * nM + metric;
  for (let i = 0; i < o.value.length; i++) {
    if (o.qualifier[i] !== EXACT || Number.isNaN(o.value[i]!)) continue;
    const key = keyOf(o.unit[i]!, o.period[i]!, o.metric[i]!);
    if (table) table[key] = i + 1; else map!.set(key, i + 1);
  }
  const at = (key: number): Cell | undefined => {
    const i = (table ? table[key]! : map!.get(key) ?? 0) - 1;
    return i < 0 ? undefined : { value: o.value[i]!, line: o.line[i]!, file: o.file[i]! };
  };
  const issues: ImportIssue[] = [];
  const get = (unit: number, metric: number, p: Period): Cell | undefined => {
    const k = periodAt.get(formatPeriodKey(p));
    return k === undefined ? undefined : at(keyOf(unit, k, metric));
  };
  const round = (x: number): number => Math.round(x * 1e6) / 1e6;
  for (let i = 0; i < o.value.length; i++) {
    if (o.qualifier[i] !== EXACT || Number.isNaN(o.value[i]!)) continue;
    const metric = o.metric[i]!;
    const period = o.period[i]!;
    const unit = o.unit[i]!;
    const def = ds.metrics[metric]!;
    const p = periods[period];
    if (!p) continue;
    const checkSum = sums && (def.kind === 'flow' || def.kind === 'stock') && PARTS[p.granularity] !== undefined;
    const checkRate = rates && def.kind === 'ratio' && !!def.numerator && !!def.denominator && o.file[i]! >= fromFile;
    if (!checkSum && !checkRate) continue;
    const cell: Cell = { value: o.value[i]!, line: o.line[i]!, file: o.file[i]! };
    const periodKey = ds.periods[period]!;
    const name = ds.units[unit]!.name;
    const fileName = ds.files[cell.file]?.name ?? '';
    if (checkSum) {
      for (const g of PARTS[p.granularity] ?? []) {
        if (!grans.has(g)) continue;
        const parts = partsOf(p, g)?.map((q) => get(unit, metric, q));
        if (parts === undefined || parts.some((x) => x === undefined)) continue;
        if (cell.file < fromFile && parts.every((x) => x!.file < fromFile)) continue;
        const sum = round(parts.reduce((s, x) => s + x!.value, 0));
        const same = Math.abs(sum - cell.value) <= 1e-6 * Math.max(1, Math.abs(sum));
        const where = placeOf(ds, parts as Cell[], cell.file);
        const label = formatPeriodLabel(periodKey, 'zh');
        if (def.kind === 'stock') {
          // A stock's period is its last part's value: the parts' sum in its place is the months added up.
          const last = parts[parts.length - 1]!;
          const lastKey = formatPeriodKey(partsOf(p, g)![parts.length - 1]!);
          if (parts.length >= 2 && same && last.value !== cell.value) {
            issues.push(makeIssue('warning', 'period-stock-summed', { file: fileName, line: cell.line },
              `第${cell.line}行：“${name}”${label}的${def.zh}为${cell.value}，恰是各${ZH[g]}（${where}）之和；但${def.zh}是时点数，这一期的数应与最后一个${ZH[g]}（${formatPeriodLabel(lastKey, 'zh')}）的${last.value}相同，多半是把各${ZH[g]}相加了。请核对后改为期末的数`,
              `Line ${cell.line}: ${name} ${formatPeriodLabel(periodKey, 'en')} ${def.en} is ${cell.value}, the sum of its ${g} parts; a stock's period value is its last part's (${formatPeriodLabel(lastKey, 'en')}: ${last.value}).`));
          }
          break;
        }
        if (same) continue;
        // A year to date that is one period (1-3月累计 and 第一季度) is compared with it, not with a sum.
        const single = parts.length === 1 ? formatPeriodKey(partsOf(p, g)![0]!) : null;
        issues.push(makeIssue('warning', 'period-sum-mismatch', { file: fileName, line: cell.line },
          single !== null
            ? `第${cell.line}行：“${name}”${label}的${def.zh}为${cell.value}，但同一社区${formatPeriodLabel(single, 'zh')}（${where}）为${sum}，同一时段的两个数不一致；请核对哪一个正确`
            : `第${cell.line}行：“${name}”${label}的${def.zh}为${cell.value}，但同一社区各${ZH[g]}（${where}）之和为${sum}，两者不一致；请核对哪一个正确`,
          single !== null
            ? `Line ${cell.line}: ${name} ${formatPeriodLabel(periodKey, 'en')} ${def.en} is ${cell.value}, but ${formatPeriodLabel(single, 'en')}, the same span, is ${sum}.`
            : `Line ${cell.line}: ${name} ${formatPeriodLabel(periodKey, 'en')} ${def.en} is ${cell.value}, but its ${g} parts sum to ${sum}.`));
        break;
      }
    }
    if (checkRate) {
      const num = metricAt.get(def.numerator!);
      const den = metricAt.get(def.denominator!);
      const n = num !== undefined ? at(keyOf(unit, period, num)) : undefined;
      const d = den !== undefined ? at(keyOf(unit, period, den)) : undefined;
      if (!n || !d || d.value === 0) continue;
      const expected = (n.value / d.value) * 100;
      // Tolerate the rounding of the written rate (12.3% is any rate in 12.25..12.35).
      const decimals = (String(cell.value).split('.')[1] ?? '').length;
      if (Math.abs(expected - cell.value) <= 0.5 * 10 ** -decimals + 1e-9) continue;
      const [nz, dz] = [canonicalMetric(def.numerator!)?.zh ?? def.numerator, canonicalMetric(def.denominator!)?.zh ?? def.denominator];
      // One decimal more than the stored rate shows why they differ (75% against 70.6%, not 70.588235%).
      const computed = Number(expected.toFixed(decimals + 1));
      issues.push(makeIssue('warning', 'rate-mismatch', { file: fileName, line: cell.line },
        `第${cell.line}行：“${name}”${periodKey}的${def.zh}为${cell.value}%，但按${nz}${n.value}÷${dz}${d.value}计算应为${computed}%（${placeOf(ds, [n, d], cell.file)}），两者不一致；请核对`,
        `Line ${cell.line}: ${name} ${periodKey} ${def.en} is ${cell.value}% but ${n.value} / ${d.value} gives ${computed}%.`));
    }
  }
  return issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/**
 * The sub-periods of granularity `g` that make up `p` (Q1 → Jan, Feb, Mar; 1-3月累计 → Jan, Feb,
 * Mar or Q1), or undefined when they do not (1-4月累计 is no run of quarters).
 */
function partsOf(p: Period, g: Granularity): Period[] | undefined {
  if (p.granularity === 'C') {
    const months = 12 / COUNT[g];
    return p.index % months === 0 ? Array.from({ length: p.index / months }, (_, k) => makePeriod(p.year, g, k + 1)) : undefined;
  }
  const per = COUNT[g] / COUNT[p.granularity];
  return Array.from({ length: per }, (_, k) => makePeriod(p.year, g, (p.index - 1) * per + k + 1));
}

/**
 * Where cells stand, as a message names them: `第2、3行` in the file of the message, else with
 * their file's name (`2023年1月.csv第2行`), one run of lines per file, each line once.
 */
function placeOf(ds: Dataset, cells: readonly Cell[], file: number): string {
  const runs: { file: number; lines: number[] }[] = [];
  for (const c of cells) {
    const last = runs[runs.length - 1];
    if (last && last.file === c.file) {
      // Cells on one line (a wide row holding the rate's two parts) name it once.
      if (!last.lines.includes(c.line)) last.lines.push(c.line);
    } else runs.push({ file: c.file, lines: [c.line] });
  }
  return runs.map((r) => `${r.file === file ? '' : ds.files[r.file]?.name ?? ''}第${r.lines.join('、')}行`).join('、');
}
