/**
 * The 合计 row under a community's months (a months-down table, table/months-down.ts): for each
 * flow column (再就业人数, 慰问救助金额), the months' exact values are summed as they are read and
 * the total compared with them; a stock (注册志愿者, 低保户数) has no sum over months, and a month
 * left blank or approximate makes the sum unknown, so those are not compared.
 */
import type { MeasureColumn } from '../table/measure-column';
import { makeIssue } from '../report/make-issue';
import type { IssueSink } from '../report/issue-sink';
import { sumMismatch } from './subtotal-check';
import { cellAt } from './cell-at';
import type { ParsedValue } from '../cells/parse-value';

type Parse = (raw: string, scale: number) => Readonly<ParsedValue>;

export class MonthsTotal {
  /** The flow columns of the table, with the sum of their months (NaN once one is not exact). */
  private readonly flows: { readonly m: MeasureColumn; sum: number }[];
  /** Totals compared with their months. */
  compared = 0;

  constructor(measures: readonly MeasureColumn[], private readonly parse: Parse) {
    this.flows = measures.filter((m) => m.period === undefined && m.metric.kind === 'flow').map((m) => ({ m, sum: 0 }));
  }

  /** A month's row: its flow values added. */
  month(cells: readonly string[]): void {
    for (const f of this.flows) {
      const v = this.parse(cellAt(cells, f.m.index), f.m.scale);
      f.sum = v.qualifier === 'exact' && Number.isFinite(v.value) ? f.sum + v.value : NaN;
    }
  }

  /** The 合计 row: each flow total that is not its months' sum is warned at its cell. */
  total(cells: readonly string[], line: number, file: string, sink: IssueSink): void {
    for (const f of this.flows) {
      const raw = cellAt(cells, f.m.index);
      const v = this.parse(raw, f.m.scale);
      if (!Number.isFinite(f.sum) || v.qualifier !== 'exact' || !Number.isFinite(v.value)) continue;
      this.compared++;
      const expected = sumMismatch(f.sum, v.value);
      if (expected === null) continue;
      sink.push(makeIssue('warning', 'months-down-total-mismatch', { file, line, column: f.m.index + 1, columnName: f.m.name },
        `第${line}行合计的“${f.m.name}”为${raw}，各月之和为${expected}，不一致；各月已分别导入，合计未导入，请核对各月数值或合计`,
        `Line ${line}: the total of "${f.m.name}" is ${raw} but the months sum to ${expected}; the months are imported, the total is not.`));
    }
  }
}
