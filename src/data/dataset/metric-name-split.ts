/**
 * A metric of the office's own worded a little otherwise next month (垃圾分类宣传次数, then
 * 垃圾分类宣传活动次数) is imported as a second metric: the months of one series stand apart and no
 * view sets them side by side. Each name alone is plausible; two that differ by a character or two
 * and never share a period are most likely one metric, so a warning names both. Nothing is joined
 * by guess: two metrics that are really two stay apart.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import type { Dataset } from './dataset';

/** Shorter names than this differ too much by one character (男性人数, 女性人数). */
const MIN_LENGTH = 4;
/** At most this many characters more in the longer name. */
const MAX_EXTRA = 2;

/** `a` with up to MAX_EXTRA characters put in (宣传次数 → 宣传活动次数), or one character changed. */
export function nearlySameName(a: string, b: string): boolean {
  if (a === b) return false;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length < MIN_LENGTH || l.length - s.length > MAX_EXTRA) return false;
  if (s.length === l.length) {
    let differ = 0;
    for (let k = 0; k < s.length; k++) if (s[k] !== l[k]) differ++;
    return differ === 1;
  }
  let k = 0;
  for (let j = 0; j < l.length && k < s.length; j++) if (l[j] === s[k]) k++;
  return k === s.length;
}

/** Warnings for a custom metric first read from file `fromFile` on whose name nearly matches another's that shares no period with it. */
export function metricNameSplit(ds: Dataset, fromFile = 0): ImportIssue[] {
  const ms = ds.metrics;
  if (!ms.some((m) => m.family === 'custom')) return [];
  const nP = ds.periods.length;
  const o = ds.obs;
  const periods = ms.map(() => new Uint8Array(nP));
  const saved = new Uint8Array(ms.length);
  // Each metric's first observation in this import's files (file, then line): where a warning stands.
  const first = new Int32Array(ms.length).fill(-1);
  const earliest = new Int32Array(ms.length).fill(nP);
  for (let i = 0; i < o.value.length; i++) {
    const m = o.metric[i]!;
    periods[m]![o.period[i]!] = 1;
    if (o.period[i]! < earliest[m]!) earliest[m] = o.period[i]!;
    if (o.file[i]! < fromFile) { saved[m] = 1; continue; }
    const f = first[m]!;
    if (f < 0 || o.file[i]! < o.file[f]! || (o.file[i] === o.file[f] && o.line[i]! < o.line[f]!)) first[m] = i;
  }
  const apart = (a: number, b: number): boolean => {
    for (let p = 0; p < nP; p++) if (periods[a]![p] === 1 && periods[b]![p] === 1) return false;
    return true;
  };
  const issues: ImportIssue[] = [];
  for (let b = 0; b < ms.length; b++) {
    if (saved[b] === 1 || first[b]! < 0) continue;
    for (let a = 0; a < ms.length; a++) {
      const [ma, mb] = [ms[a]!, ms[b]!];
      if (a === b || (ma.family !== 'custom' && mb.family !== 'custom')) continue;
      // Two units of one name were told apart on purpose (merge/custom-metric-units.ts).
      if (ma.unit !== '' && mb.unit !== '' && ma.unit !== mb.unit) continue;
      // Two new names: the warning stands at the later one's, once.
      if (saved[a] === 0 && (earliest[a]! > earliest[b]! || (earliest[a] === earliest[b] && a > b))) continue;
      if (!nearlySameName(ma.zh, mb.zh) || !apart(a, b)) continue;
      const i = first[b]!;
      issues.push(makeIssue('warning', 'metric-name-split', { file: ds.files[o.file[i]!]?.name ?? '', line: o.line[i]!, columnName: mb.zh },
        `指标“${mb.zh}”与“${ma.zh}”名称只差几个字，而没有哪一期两个都有，已按两个指标分别导入，前后各期接不起来。如是同一指标，请把表头改成一样后重新导入`,
        `“${mb.en}” and “${ma.en}” differ by a character or two and never share a period: imported as two metrics. If they are one, word the headers alike.`));
      break;
    }
  }
  return issues;
}
