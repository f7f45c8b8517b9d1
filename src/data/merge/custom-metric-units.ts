/**
 * A metric of the office's own (not in the catalogue) is known by its name alone, so 走访次数（次）
 * in one file and 走访次数（户） in the next would be one series, 5户 added to 10次 with no word.
 * Two units of one name are two series: the later one is named with its unit (走访次数（户）,
 * which a later file in 户 joins again), with a warning at the first cell read under it. A unit
 * left unsaid on either side says nothing against the other: that stays one metric, in the unit
 * named (走访次数, then 走访次数（户）: one metric in 户, which a later 走访次数（次） is told apart from).
 * A name written otherwise with the same words (走访次数：, 走訪次數, “走访次数”) is that name, with an info.
 */
import { customMetric, type MetricDef } from '../vocabulary/metric-catalog';
import { matchKey } from '../vocabulary/metric-aliases';
import type { ObservationRecords } from '../records/observation-records';
import type { IssueSink } from '../report/issue-sink';
import { makeIssue, type IssueAt } from '../report/make-issue';

/**
 * The records' metrics with each custom one whose name the saved metrics (or an earlier file of
 * this import) already hold in another unit renamed with its own unit, and each written otherwise
 * with the same words (matchKey) named as written first; warned about in `sink`.
 */
export function separateCustomUnits(
  recs: ObservationRecords, saved: readonly MetricDef[], fileNames: readonly string[], sink: IssueSink,
): MetricDef[] {
  const unitOf = new Map<string, string>();
  const byWords = new Map<string, MetricDef>();
  for (const m of saved) {
    unitOf.set(m.id, m.unit);
    if (m.family === 'custom' && !byWords.has(matchKey(m.zh))) byWords.set(matchKey(m.zh), m);
  }
  const out: MetricDef[] = [];
  /** Each metric's name before a unit was put after it (the name written first, for one joined). */
  const names: string[] = [];
  const renamed: number[] = [];
  const joined: number[] = [];
  for (const read of recs.metrics) {
    let m = read;
    if (m.family === 'custom') {
      const words = matchKey(m.zh);
      const first = byWords.get(words);
      if (first === undefined) byWords.set(words, m);
      else if (first.id !== m.id) { m = customMetric(first.zh, m.unit); joined.push(out.length); }
    }
    names.push(m.zh);
    const before = unitOf.get(m.id);
    if (m.family === 'custom' && m.unit !== '' && before !== undefined && before !== '' && before !== m.unit) {
      out.push(customMetric(`${m.zh}（${m.unit}）`, m.unit));
      renamed.push(out.length - 1);
    } else {
      out.push(m);
      // A unit first left unsaid is the one named later (the dataset's metric takes it: DatasetBuilder.addMetric).
      if (before === undefined || before === '') unitOf.set(m.id, m.unit);
    }
  }
  if (renamed.length === 0 && joined.length === 0) return out;
  // The first cell read under each metric: where its issue stands.
  const first = new Int32Array(out.length).fill(-1);
  for (let i = 0; i < recs.size; i++) if (first[recs.metric[i]!] === -1) first[recs.metric[i]!] = i;
  const at = (k: number): IssueAt => {
    const i = first[k]!;
    const row = i >= 0 ? recs.row[i]! : -1;
    return row >= 0 ? { file: fileNames[recs.rowFile[row]!] ?? '', line: recs.rowLine[row]!, column: recs.column[i]! } : { file: '' };
  };
  for (const k of joined) {
    const was = recs.metrics[k]!;
    const name = names[k]!;
    sink.push(makeIssue('info', 'metric-name-joined', at(k),
      `指标“${was.zh}”与“${name}”只差标点、空格或繁简写法，按同一指标“${name}”导入`,
      `“${was.en}” differs from “${name}” only in punctuation, spacing or script: imported as “${name}”.`));
  }
  for (const k of renamed) {
    const was = recs.metrics[k]!;
    const name = names[k]!;
    sink.push(makeIssue('warning', 'metric-unit-differs', at(k),
      `“${name}”在本文件的单位是${was.unit}，而已有的“${name}”是${unitOf.get(customMetric(name).id)!}：两者不能相加比较，已另作指标“${out[k]!.zh}”导入。如是同一指标，请把单位改成一样后重新导入`,
      `“${name}” is in ${was.unit} here but in ${unitOf.get(customMetric(name).id)!} before: imported as another metric, “${out[k]!.en}”.`));
  }
  return out;
}
