/**
 * The rows of a community's own table of its grids (table/grid-rows.ts: `第一网格`, `第二网格`, `合计`).
 * A grid's row is a part of the community, as a community's row is a part of its street's subtotal
 * (street-rows.ts, subtotal-check.ts): its values are summed for the check, never imported as a unit.
 * The community's own row is its total (`合计`, `社区合计`, `网格合计`, `全社区`, or the community's
 * name, above its grids or below them): imported as the community, and checked against the grids'
 * sum as any 合计 is. A (metric, period) no such row gives is the grids' sum, imported as the
 * community's with a warning (only when every grid's value is an exact number, and not for a rate):
 * kept on the last grid row that has it, the other grid rows settled as parts.
 */
import { segmentName, type SubtotalKind } from '../cells/row-label';
import { gridLabel, type GridsOf } from '../table/grid-rows';
import type { UnitLevelHint } from '../table/unit-level';
import { sameUnitName } from '../table/vertical-form';
import { lineRanges, makeIssue } from '../report/make-issue';
import { isRate } from '../vocabulary/metric-catalog';
import { ALL_PARTS } from '../vocabulary/grid-words';
import { QUALIFIER_CODE } from '../dataset/dataset';
import type { ReadContext } from './read-context';
import type { RowPeriods } from './row-periods';
import type { TableShape } from '../table/detect-shape';
import type { HeaderResult } from '../table/find-header';
import { unitCodeAbove } from './read-cells';

/** A grid row's part in the table: a grid (`part`), or the community's own row (`whole`). */
export type GridRole = 'part' | 'whole';

const EXACT = QUALIFIER_CODE.exact;

/** A row's value cells read for a unit, a grid or the community (row-values.ts RowValues, which reads the grids' values into this). */
type RowRead = (cells: string[], line: number, row: number, mention: number, period: number, sub: null, label: string, grid: GridRole) => void;
interface RowValueReader { readonly long: RowRead; readonly wide: RowRead }

/** The grids' values of one (metric, period): their sum, the row and cell it is kept on, and the first grid with no exact number. */
interface PartSum {
  readonly metric: number;
  readonly period: number;
  sum: number;
  /** The last grid row with a value of it, and the value's column: where the sum is kept. */
  row: number;
  column: number;
  /** The first line whose value is missing or not exact (0: none). */
  unsure: number;
}

/** A `total` word for all the grids (`网格合计`, `各网格小计`) or the community (`社区合计`, `花园路社区合计`): the community's row. */
const COMMUNITY_TOTAL = /^(?:本|全)?(?:社区|村)$/;

export class GridRows {
  /** The community's mention, made at its first row. */
  private mention = -1;
  /** The grid rows read (store rows and lines), in order. */
  private readonly partRows: number[] = [];
  private readonly partLines: number[] = [];
  /** The community's own rows read: line, label, checked against the grids. */
  private readonly wholes: { line: number; label: string; checked: boolean }[] = [];
  /** The grids' values by metric * 0x10000 + period. */
  private readonly sums = new Map<number, PartSum>();
  /** The (metric, period) keys a community's row gave. */
  private readonly covered = new Set<number>();
  /** The values the community's row read now gave (whole), to tell a row of blanks. */
  private given = 0;

  /** The community's division code, from a code line above the header (`区划代码：…`); '' when none. */
  private readonly code: string;

  /** `needRowPeriod`: the rows have periods of their own to read (TableReader's); `codeLine`: the header's unitCode. */
  constructor(
    private readonly ctx: ReadContext, private readonly shape: TableShape, private readonly unit: GridsOf,
    private readonly level: { unitLevel?: UnitLevelHint }, private readonly periods: RowPeriods,
    private readonly values: RowValueReader, private readonly needRowPeriod: boolean, codeLine?: HeaderResult['unitCode'],
  ) {
    this.code = codeLine !== undefined ? unitCodeAbove(codeLine, unit.name, ctx.file, ctx.sink) : '';
  }

  /** The community's name. */
  get name(): string {
    return this.unit.name;
  }

  /**
   * Reads a named row (`name` its name cell, `sub` its kind by its label, `label` its text) that is a grid's
   * or the community's own (role): true; false, having done nothing, for a row read as any table's.
   */
  read(cells: string[], line: number, row: number, name: string, sub: SubtotalKind | null, label: string): boolean {
    const grid = this.role(name, sub);
    if (grid === null) return false;
    let rowPeriod = -1;
    if (this.needRowPeriod) {
      const hit = this.periods.of(cells, line, grid === 'whole');
      if (hit === null) { this.ctx.store.settleRow(row, 'rejected', this.periods.refusal); return true; }
      rowPeriod = hit.index;
    }
    const mention = grid === 'whole' ? this.mentionAt(line) : -1;
    if (this.shape.kind === 'long') this.values.long(cells, line, row, mention, rowPeriod, null, label, grid);
    else this.values.wide(cells, line, row, mention, rowPeriod, null, label, grid);
    return true;
  }

  /**
   * A named row's part (`name` its name cell, `sub` its kind by its label), or null for a row read as
   * any table's: a subtotal of some grids (`小计`), a footer, an average, a row with no name.
   */
  private role(name: string, sub: SubtotalKind | null): GridRole | null {
    const t = gridLabel(name);
    if (sub === null) return t === '' ? null : sameUnitName(t, this.unit.name) ? 'whole' : 'part';
    if (sub === 'total') return 'whole';
    if (sub !== 'segment') return null;
    const of = segmentName(name);
    return of !== '' && (ALL_PARTS.test(of) || COMMUNITY_TOTAL.test(of) || sameUnitName(of, this.unit.name)) ? 'whole' : null;
  }

  /** The community's mention (made at `line`, its first row). */
  private mentionAt(line: number): number {
    if (this.mention < 0) {
      const { store, fileIndex, defaultParent } = this.ctx;
      this.mention = store.mentionOf({
        code: this.code, district: '', parent: defaultParent ?? '', rawName: this.unit.name, file: fileIndex, line,
        hasParentColumn: defaultParent !== undefined, ...this.level,
      });
    }
    return this.mention;
  }

  /** A grid's value of `metric` in `period` (codes of the store), in 1-based `column` of data row `row` at `line`. */
  part(metric: number, period: number, value: number, qualifier: number, row: number, line: number, column: number): void {
    const key = metric * 0x10000 + period;
    let s = this.sums.get(key);
    if (s === undefined) this.sums.set(key, (s = { metric, period, sum: 0, row, column, unsure: 0 }));
    s.row = row;
    s.column = column;
    if (Number.isNaN(value) || qualifier !== EXACT) { if (s.unsure === 0) s.unsure = line; } else s.sum += value;
  }

  /** A grid's row was read (its values given to `part`). */
  partRow(row: number, line: number): void {
    this.partRows.push(row);
    this.partLines.push(line);
  }

  /** The community's row gave `metric` in `period`. */
  whole(metric: number, period: number): void {
    this.covered.add(metric * 0x10000 + period);
    this.given++;
  }

  /**
   * The community's row `row` at `line` (`label`) was read; `checked`: a value of it was compared with the grids.
   * Its blank cells are the grids' sums (end); a row of blanks only gives nothing, and is settled so.
   */
  wholeRow(row: number, line: number, label: string, checked: boolean): void {
    this.wholes.push({ line, label, checked });
    if (this.given === 0) this.ctx.store.settleRow(row, 'subtotal', `合计行（数值为空，取各${this.unit.part}之和）`);
    this.given = 0;
  }

  /** Of `lines` (totals above their rows, compared when the table ended), those that are no community's row, which are marked checked. */
  checkedBelow(lines: readonly number[]): number[] {
    const rest: number[] = [];
    for (const l of lines) {
      const w = this.wholes.find((x) => x.line === l);
      if (w !== undefined) w.checked = true; else rest.push(l);
    }
    return rest;
  }

  /** The table has ended: the grids' sums the community's rows did not give are stored, the grid rows settled, and the report said. */
  end(): void {
    const { store, sink, file } = this.ctx;
    const { name, part } = this.unit;
    const summed: PartSum[] = [];
    const unsure: string[] = [];
    const rates: string[] = [];
    for (const [key, s] of this.sums) {
      if (this.covered.has(key)) continue;
      const def = store.metrics[s.metric]!;
      if (isRate(def)) { if (!rates.includes(def.zh)) rates.push(def.zh); continue; }
      if (s.unsure !== 0) { const t = `“${def.zh}”有${part}没有确数（第${s.unsure}行）`; if (!unsure.includes(t)) unsure.push(t); continue; }
      summed.push(s);
    }
    const carrying = new Set<number>();
    for (const s of summed) {
      store.add(this.mentionAt(store.rowLine[s.row]!), s.metric, s.period, s.sum, EXACT, s.row, s.column, null);
      carrying.add(s.row);
    }
    for (const r of this.partRows) if (!carrying.has(r)) store.settleRow(r, 'subtotal', `${part}行（${name}的一部分）`);
    if (this.partLines.length === 0) return;
    const grids = `第${lineRanges(this.partLines)}行是“${name}”的${part}，不是社区`;
    const gridsEn = `Lines ${lineRanges(this.partLines)} are grids of "${name}", not units`;
    if (this.wholes.length > 0) {
      const w = this.wholes;
      const from = w.map((x) => `第${x.line}行“${x.label}”`).join('、');
      const checked = w.every((x) => x.checked) ? `，已与各${part}之和核对` : '';
      sink.push(makeIssue('info', 'grid-rows', { file, line: this.partLines[0]! },
        `${grids}，未单独导入；${name}的数值取自${from}${checked}`,
        `${gridsEn}: not imported on their own; ${name}'s figures are those of line ${w.map((x) => x.line).join(', ')}${checked !== '' ? ', checked against the grids\' sum' : ''}.`));
    }
    if (summed.length === 0 && unsure.length === 0 && rates.length === 0) return;
    const kept = [...new Set(summed.map((s) => store.rowLine[s.row]!))].sort((a, b) => a - b);
    const notSummed = [...unsure.map((t) => `${t}，未相加，未导入`), ...rates.map((m) => `“${m}”是比率，不能相加，未导入`)].join('；');
    const did = summed.length > 0 ? `已把各${part}之和作为${name}的数值导入（记在第${lineRanges(kept)}行）` : `未能得出${name}的数值`;
    sink.push(makeIssue('warning', 'grid-rows-summed', { file, line: this.partLines[0]! },
      `${grids}，${this.wholes.length > 0 ? '合计行没有写这些数值' : '表中没有合计行'}：${did}${notSummed !== '' ? `；其中${notSummed}` : ''}。如社区的数不等于各${part}之和（如有跨${part}重复统计的人、户），请在表中写上合计行后重新导入`,
      `${gridsEn}, and no total row gives ${this.wholes.length > 0 ? 'these figures' : 'the community\'s'}: ${summed.length > 0 ? `the grids' sums are imported as ${name}'s (kept on line ${lineRanges(kept)})` : `no figure of ${name} could be found`}${notSummed !== '' ? '; some metrics have a grid without an exact number, or are rates, and are not summed' : ''}. Add a total row if the community's figures are not the grids' sum.`));
  }
}
