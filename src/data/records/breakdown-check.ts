/**
 * A 其中 row under a community in a wide table (`花园路社区,12` then `其中：女,150`) is not imported,
 * but a part larger than the community's value above it says one of the two was mistyped, and the
 * community's is imported: each such value is warned about at its cell, naming the community's.
 * Only breakdown rows come here (they are rare). When a part is too large is partExceedsWhole's
 * rule, the same as for 其中 columns and rows imported as metrics (merge/part-over-whole.ts, which
 * reads them from the records; these rows never reach the records, so they are checked here).
 * Right under a 合计 row, `其中：华苑社区` is no part but the first of the total's communities
 * (firstUnitUnderTotal).
 */
import { QUALIFIER_CODE } from '../dataset/dataset';
import { makeIssue } from '../report/make-issue';
import { breakdownName, rowKind, subtotalKind } from '../cells/row-label';
import { endsLikeUnit } from '../vocabulary/place-words';
import { sectionLevel } from '../table/unit-level';
import { cellAt } from './cell-at';
import { partExceedsWhole } from './part-exceeds-whole';
import type { ReadContext } from './read-context';
import type { ValueCells } from './value-cells';
import type { TableShape } from '../table/detect-shape';
import { partNamesRate } from '../table/header-metric';

export class BreakdownCheck {
  /** The row the 其中 rows since it are parts of. */
  private whole: { cells: readonly string[]; line: number; name: string } | null = null;

  /** `values`: the table's reading of its value cells (scale, decimal comma), as its rows are read. */
  constructor(private readonly shape: TableShape, private readonly ctx: ReadContext, private readonly values: ValueCells) {}

  /** A breakdown row `cells` at `line`, right under `above` (at `aboveLine`): a 其中 row, or the row it is part of. */
  check(cells: readonly string[], line: number, above: readonly string[] | null, aboveLine: number): void {
    const s = this.shape;
    if (s.kind !== 'wide' || above === null) return;
    const aboveName = cellAt(above, s.unit);
    if (subtotalKind(aboveName) !== 'breakdown') this.whole = { cells: above, line: aboveLine, name: aboveName };
    const w = this.whole;
    if (w === null) return;
    const label = cellAt(cells, s.unit);
    // `其中：女性占比` under a community: a share of each count, no part of it.
    if (partNamesRate(label)) return;
    for (const m of s.measures) {
      const partText = cellAt(cells, m.index).trim();
      const wholeText = cellAt(w.cells, m.index).trim();
      const part = this.values.parse(partText, m.scale);
      const whole = this.values.parse(wholeText, m.scale);
      if (!partExceedsWhole(m.metric, part.value, QUALIFIER_CODE[part.qualifier], m.metric, whole.value, QUALIFIER_CODE[whole.qualifier])) continue;
      this.ctx.sink.pushCapped(makeIssue('warning', 'part-over-whole', { file: this.ctx.file, line, column: m.index + 1, columnName: s.names.get(m.index) },
        `第${line}行第${m.index + 1}列：“${label}”的${m.metric.zh}为${partText}，大于其上第${w.line}行${w.name}的总数（${wholeText}）。部分不能大于总数，多半是其中一个数录错了（分项行不导入，${w.name}的${wholeText}已按原样导入），请核对`,
        `Line ${line}, column ${m.index + 1}: "${label}" ${m.metric.en} is ${partText}, more than ${w.name}'s ${wholeText} on line ${w.line}; one is likely mistyped.`));
    }
  }
}

/**
 * `其中：华苑社区` right under a 合计 or 小计 row (`unitText` at `line`, `above` the row before): the
 * first of the communities the total sums, as tables with their total at the top begin the list, not
 * a part of one. Returns its name (with an info at the cell), or '' when the row stays a breakdown:
 * not under a total, or no unit's name after 其中 (`其中：女`, a part heading such as `其中：农村社区`).
 * Asked only of breakdown rows (rare).
 */
export function firstUnitUnderTotal(unitText: string, line: number, above: readonly string[] | null, s: TableShape, ctx: ReadContext): string {
  if (above === null) return '';
  const name = breakdownName(unitText);
  if (!endsLikeUnit(name) || sectionLevel(name) !== null) return '';
  const aboveKind = rowKind({ cells: above, unit: cellAt(above, s.unit), parent: cellAt(above, s.parent), district: cellAt(above, s.district) });
  if (aboveKind !== 'total' && aboveKind !== 'segment') return '';
  ctx.sink.pushCapped(makeIssue('info', 'breakdown-first-unit', { file: ctx.file, line, column: s.unit + 1, columnName: s.names.get(s.unit) },
    `第${line}行“${unitText}”写在合计行之下，“其中”表示其下各行是合计的组成：已按社区“${name}”导入，并计入合计的核对`,
    `Line ${line}: "${unitText}" under the total row begins the rows it sums: imported as ${name}.`));
  return name;
}
