/**
 * A 其中 part larger than its whole (再就业人数 120, 其中：女 150, as a column, a long file's row or
 * a form's row): one of the two numbers was typed wrong, and nothing else tells. Each value alone is
 * plausible, so both are kept as typed and a warning at the part's cell names both. Read from the
 * records before the merge, once per import: only a table with a 其中 metric beside its whole is
 * looked at. When a part is too large is partExceedsWhole's rule, which the 其中 rows under a
 * community (not imported, records/breakdown-check.ts) are checked by too.
 */
import type { ObservationRecords } from '../records/observation-records';
import { partExceedsWhole } from '../records/part-exceeds-whole';
import { makeIssue } from '../report/make-issue';
import type { IssueSink } from '../report/issue-sink';
import { wholeOfPartName } from '../table/header-metric';

/** Warnings in `sink` for every part value larger than its whole's of the same mention and period (partExceedsWhole); `files`: each file index's label. */
export function partOverWhole(store: ObservationRecords, files: readonly string[], sink: IssueSink): void {
  const byName = new Map(store.metrics.map((m, i) => [m.zh, i]));
  const wholeOf = store.metrics.map((m) => {
    const name = wholeOfPartName(m.zh);
    return name === null ? -1 : byName.get(name) ?? -1;
  });
  if (wholeOf.every((w) => w < 0)) return;
  const isWhole = new Uint8Array(store.metrics.length);
  for (const w of wholeOf) if (w >= 0) isWhole[w] = 1;
  const key = (mention: number, period: number, metric: number): string => `${mention}:${period}:${metric}`;
  const wholes = new Map<string, number>();
  const { metric, mention, period, value, qualifier, row, column } = store;
  for (let i = 0; i < store.size; i++) {
    if (isWhole[metric[i]!] === 1 && !Number.isNaN(value[i]!)) wholes.set(key(mention[i]!, period[i]!, metric[i]!), i);
  }
  for (let i = 0; i < store.size; i++) {
    const w = wholeOf[metric[i]!]!;
    if (w < 0 || Number.isNaN(value[i]!)) continue;
    const j = wholes.get(key(mention[i]!, period[i]!, w));
    const part = store.metrics[metric[i]!]!;
    const whole = store.metrics[w]!;
    if (j === undefined || !partExceedsWhole(part, value[i]!, qualifier[i]!, whole, value[j]!, qualifier[j]!)) continue;
    const line = store.rowLine[row[i]!]!;
    const wholeLine = store.rowLine[row[j]!]!;
    // As written: 150余, 1,500.
    const partText = store.rawOf(i) ?? String(value[i]);
    const wholeText = store.rawOf(j) ?? String(value[j]);
    const unit = store.mentions[mention[i]!]!.rawName;
    sink.push(makeIssue('warning', 'part-over-whole', { file: files[store.rowFile[row[i]!]!] ?? '', line, column: column[i]! },
      `第${line}行第${column[i]}列：${unit}的“${part.zh}”为${partText}，大于其总数“${whole.zh}”（${wholeText}，第${wholeLine}行第${column[j]}列）。部分不能大于总数，多半是其中一个数录错了：两个数都按原样导入，请核对`,
      `Line ${line}, column ${column[i]}: ${unit}'s "${part.en}" is ${partText}, more than its whole "${whole.en}" (${wholeText}, line ${wholeLine}, column ${column[j]}). Both imported as typed; one is likely mistyped.`));
  }
}
