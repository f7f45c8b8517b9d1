/**
 * A ditto mark (`同上`, `〃`) in a value cell: a clerk repeating the number above it. Read as the
 * value of the row above in the same column when that row is the same unit and metric (the month
 * before, say), with a warning naming the cell and the number taken; under another unit or metric,
 * or with no number above, what it repeats is unclear: the cell stays missing with a warning saying
 * why. Only cells that are no plain number come here (the value readers' slow path), and the row
 * above is found among the last observations stored, so nothing is kept per row.
 */
import type { ImportIssue } from '../report/import-report';
import type { IssueSink } from '../report/issue-sink';
import type { ObservationRecords } from './observation-records';
import { makeIssue, whereEn, whereZh } from '../report/make-issue';

/** Where the ditto cell is: the row (store row id), unit mention and metric its value would have, and the cell. */
export interface DittoCell {
  readonly row: number;
  readonly mention: number;
  readonly metric: number;
  readonly file: string;
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  readonly columnName: string;
  readonly text: string;
}

/** The value and qualifier code taken from the row above, or null (then a warning says why). */
export interface DittoValue {
  readonly value: number;
  readonly qualifier: number;
}

/**
 * The observation of the row above `cell` in the same column when it is the same unit and metric:
 * its value and qualifier, with a ditto-value warning; else null with a ditto-value-unclear one.
 */
export function dittoValue(store: ObservationRecords, cell: DittoCell, sink: IssueSink): DittoValue | null {
  const above = cell.row - 1;
  let found = -1;
  if (above >= 0 && store.rowFile[above] === store.rowFile[cell.row]) {
    // The row above's observations are the last ones stored (a wide row's one per column).
    for (let i = store.size - 1; i >= 0 && store.row[i]! >= above; i--) {
      if (store.row[i] === above && store.column[i] === cell.column) { found = i; break; }
    }
  }
  const unclear = (zh: string, en: string): null => {
    sink.pushCapped(issue(cell, 'ditto-value-unclear',
      `写作“${cell.text}”，但上一行${zh}，不能确定所指，按缺失处理；请在源表填写数值。`,
      `the ditto mark "${cell.text}" repeats the row above, but that row ${en}, so what it means is unclear: treated as missing. Enter the number in the source.`));
    return null;
  };
  if (found < 0) return unclear('同列没有数值', 'has no number in this column');
  if (store.mention[found] !== cell.mention) {
    const name = store.mentions[store.mention[found]!]!.rawName;
    return unclear(`是另一单位（${name}）`, `is another unit (${name})`);
  }
  if (store.metric[found] !== cell.metric) {
    const def = store.metrics[store.metric[found]!]!;
    return unclear(`是另一指标（${def.zh}）`, `is another metric (${def.en})`);
  }
  if (Number.isNaN(store.value[found]!)) return unclear('同列没有数值', 'has no number in this column');
  const value = store.value[found]!;
  const taken = store.rawOf(found) ?? String(value);
  sink.pushCapped(issue(cell, 'ditto-value',
    `写作“${cell.text}”，已按上一行同列的数值“${taken}”记录（同一单位、同一指标）；请核对。`,
    `the ditto mark "${cell.text}" was read as the number of the row above, "${taken}" (same unit and metric); please check.`));
  return { value, qualifier: store.qualifier[found]! };
}

function issue(cell: DittoCell, code: string, zh: string, en: string): ImportIssue {
  const at = { file: cell.file, line: cell.line, column: cell.column, columnName: cell.columnName };
  return makeIssue('warning', code, at, `${whereZh(at.line, at.column, at.columnName)}：${zh}`, `${whereEn(at.line, at.column, at.columnName)}: ${en}`);
}
