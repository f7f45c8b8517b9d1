/**
 * Rows naming a street (镇, 街道, 乡) in a table without a street column: a district's table lists
 * each street's communities under a row naming the street, or after them as that street's
 * subtotal. The first such row tells which: met before any community, every street row heads the
 * rows below it (they are that street's; the row itself, its subtotal, is not imported, and its
 * values are checked against them: SubtotalChecker), and a `中北镇小计` after them is their 小计;
 * met after one, every street row is the subtotal of the rows above it, is checked as a 小计 is,
 * and those rows are its street's. Before, each was imported as a community
 * and counted twice in the sums. In a file named for one street, a row of another street's name is
 * a village's short name (河西镇) unless a row shows the table lists its own streets (ownStreet).
 */
import { endsLikeUnit, namesStreet, streetRowKey, streetRowName } from '../vocabulary/place-words';
import type { ObservationRecords } from './observation-records';
import { makeIssue } from '../report/make-issue';
import type { IssueSink } from '../report/issue-sink';
import { cellAt, hasValues } from './cell-at';
import { plainNumber } from './plain-number';
import { segmentName, subtotalKind } from '../cells/row-label';
import type { TableShape } from '../table/detect-shape';
import type { ReadContext } from './read-context';

/** A 序号 column's header. */
export const SEQ_HEADER = /^(?:序号|编号|序|No\.?)$/i;
/** A 序号 in Chinese numerals (`一`, `十二、`), a street's among its communities numbered 1、2. */
const CHINESE_NUMBER = /^[一二三四五六七八九十]{1,3}[、.．]?$/;

/**
 * The level a row's division code names, for a row not named as a unit: `120111` or
 * `120111000000` a district's, `120111001` or `120111001000` a street's (a unit's 12 digits
 * never end in 000), else null. Asked of rows with a new name only; digits tested last.
 */
export function codeLevel(code: string, name: string): 'district' | 'street' | null {
  const n = code.length;
  if (n !== 6 && n !== 9 && !(n === 12 && code.endsWith('000'))) return null;
  // A unit's name (`东姜井社区`, `西姜井村委会` with a mistyped 9-digit code): its code names no street.
  if (!/^\d+$/.test(code) || endsLikeUnit(name)) return null;
  return n === 6 || code.endsWith('000000') ? 'district' : 'street';
}

export class StreetRows {
  /** The street the last heading row named: the street of the rows below it. */
  street: string | undefined = undefined;
  private mode: 'heading' | 'trailing' | undefined = undefined;
  private units = false;
  /** The name of the last street row (kind), without its list number. */
  private named = '';

  /**
   * `active`: the table has no street column (with one, rowKind tells a street's subtotal).
   * `fileStreet`: the street the title or file name gives (`fileStreetFrom` says which): under it, a row of another
   * street's name is a village's short name (河西镇, the village 河西镇村 of 上仓镇), not a street, unless the
   * table names its own streets (readEarly).
   */
  constructor(private readonly active: boolean, private readonly fileStreet?: string, private readonly fileStreetFrom = '文件名或标题') {
    this.under = fileStreet;
  }

  /**
   * The street a row of another street's name is a village under (namesStreet): the file's, or none
   * once a row names a street of the table's own (ownStreet): the table lists streets, and
   * `中北镇` above its communities is a street whatever the file is named.
   */
  private under: string | undefined;
  /** The table's shape (readEarly): a row's values are in its measure or value cells. */
  private shape: TableShape | undefined;
  /** Rows read as villages under the file's street though named like a street (河西镇), before any row named the table's own streets. */
  private readonly villages: { name: string; line: number }[] = [];
  /** The row that named a street of the table's own after rows were read as villages (kind): said at the end (reportFileStreet). */
  private late: { name: string; line: number; sums: boolean } | undefined;
  /**
   * The last row read as a village though named like a street, with values (a wide table's): they
   * and the sums of the unit rows read since, to tell a street's row heading them (closeCandidate).
   */
  private candidate: { name: string; line: number; values: number[]; sums: number[]; rows: number } | undefined;
  /** The street rows read whose street is not the file's (reportFileStreet), with their lines. */
  private readonly others: { name: string; line: number }[] = [];

  /**
   * The code column, when it holds a unit's 12 digits in the first rows: a street's code there
   * (codeLevel) tells a street row. Without them (a table of streets, each with its 9-digit code)
   * no row is a street's by its code (-1).
   */
  codeColumn = -1;
  /** The 序号 column, when it numbers some rows 一、二 and others 1、2 (streets and their communities), else -1. */
  private seqColumn = -1;

  /**
   * Looks at the first rows (before any is read) for what tells a street row besides its name:
   * a unit's code in the code column, both kinds of numbers in the 序号 column `seq`, and a row
   * naming a street of the table's own (ownStreet; then no street row is a village's: `under`).
   */
  readEarly(rows: readonly { cells: readonly string[] }[], s: TableShape, seq: number): void {
    if (!this.active) return;
    this.shape = s;
    const { code, unit } = s;
    let chinese = false;
    let arabic = false;
    // No unit row yet but under a street row: street rows head their rows (kind).
    let heads = true;
    let street = false;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      if (this.under !== undefined && unit >= 0) {
        const label = cellAt(r.cells, this.nameColumn(r.cells, unit));
        // A street's subtotal (`中北镇小计`) names its street as a street's row does.
        const sub = subtotalKind(label);
        const name = sub === 'segment' ? segmentName(label) : label;
        if ((sub === null || sub === 'segment') && this.ownStreet(name, sub !== null, r.cells, heads, rows, i)) this.under = undefined;
        if (namesStreet(name, sub !== null, undefined)) street = true;
        else if (!street && name !== '' && sub === null) heads = false;
      }
      const c = code >= 0 ? r.cells[code]?.trim() ?? '' : '';
      if (c.length === 12 && !c.endsWith('000') && /^\d+$/.test(c)) this.codeColumn = code;
      const n = seq >= 0 ? r.cells[seq]?.trim() ?? '' : '';
      if (n !== '') { if (CHINESE_NUMBER.test(n)) chinese = true; else if (/^\d{1,4}[、.．]?$/.test(n)) arabic = true; }
    }
    if (chinese && arabic) this.seqColumn = seq;
  }

  /**
   * What the row's code or 序号 says it is, its name not a unit's: a district's or a street's row
   * (codeLevel), a street's when numbered 一、二 among communities numbered 1、2, else null.
   */
  level(cells: readonly string[], name: string): 'district' | 'street' | null {
    const level = this.codeColumn >= 0 ? codeLevel(cellAt(cells, this.codeColumn), name) : null;
    if (level !== null || this.seqColumn < 0) return level;
    const n = cellAt(cells, this.seqColumn);
    return n.charCodeAt(0) >= 0x4e00 && CHINESE_NUMBER.test(n) && !endsLikeUnit(name) ? 'street' : null;
  }

  /**
   * The column of a row's name: name column `unit`, or for a street row merged over the 序号 and name
   * columns (`一、咸水沽镇` in the first, the name cell blank) the one cell written before it, when it names a street
   * (any street's name: whether it is a street of the table or a village's short name is kind's to tell).
   */
  nameColumn(cells: readonly string[], unit: number): number {
    if (!this.active || unit <= 0 || cellAt(cells, unit) !== '') return unit;
    let only = -1;
    for (let c = 0; c < unit; c++) {
      if (cellAt(cells, c) === '') continue;
      if (only >= 0) return unit;
      only = c;
    }
    return only >= 0 && namesStreet(cellAt(cells, only), false, undefined) ? only : unit;
  }

  /** `name` is a street row's (namesStreet), under the file's street unless the table names its own (`under`). */
  names(name: string, subtotal: boolean): boolean {
    return namesStreet(name, subtotal, this.under);
  }

  /**
   * Row `cells`, naming street `name` (in its 小计 when `subtotal`: `中北镇小计`), names a street of the
   * table's own, not a village under the file's street: another 街道 (no village is named so), another
   * street's 小计 or 合计 (no village's row is named so), or another street (镇, 乡) on a row that can be
   * no village's, heading rows below it (`heads`): nothing written but its name, or (`rows`, where it
   * is row `i`: the first rows, held) the sums of the rows below it (headingSums).
   */
  private ownStreet(
    name: string, subtotal: boolean, cells: readonly string[], heads: boolean, rows?: readonly { cells: readonly string[] }[], i = 0,
  ): boolean {
    if (!namesStreet(name, subtotal, undefined) || streetRowKey(streetRowName(name)) === streetRowKey(this.under!)) return false;
    if (subtotal || name.includes('街道')) return true;
    if (!heads || this.shape === undefined) return false;
    return !hasValues(cells, this.shape) || (rows !== undefined && headingSums(rows, i, this.shape));
  }

  /** Units were read before any street row, or street rows end their units: a street row now trails its rows. */
  get trailing(): boolean {
    return this.mode === 'trailing' || (this.mode === undefined && this.units);
  }

  /** The mentions read since the last street row: a trailing street row's communities (reparentSegment()). */
  private readonly segment = new Set<number>();

  /** A community row was read (its name looked up, its unit `mention`; `cells` its row, at `line`). */
  unit(mention: number, cells: readonly string[], line: number): void {
    this.units = true;
    const c = this.candidate;
    if (c !== undefined && line !== c.line) {
      this.shape!.measures.forEach((m, k) => { const t = cellAt(cells, m.index); c.sums[k]! += t === '' ? 0 : plainNumber(t); });
      c.rows++;
    }
    if (this.mode !== 'heading') this.segment.add(mention);
  }

  /**
   * A trailing street row was read (kind): the mentions of the rows above it since the one before
   * are that street's communities, re-parented in `store` under its name. The segment starts anew.
   */
  reparentSegment(store: ObservationRecords, line: number): void {
    for (const m of this.segment) store.reparent(m, this.named);
    this.segment.clear();
    this.trailingLine = line;
  }

  /** The line of the last trailing street row (reparentSegment), 0 before one. */
  private trailingLine = 0;

  /**
   * Rows past the first (readEarly) name a street of the table's own at row `line` (`name`): no
   * street row is a village's from here on; the rows read before as villages named like streets
   * stay so, said at the end (reportFileStreet).
   */
  private ownFrom(name: string, line: number, sums = false): void {
    this.under = undefined;
    if (this.villages.length > 0) this.late = { name: streetRowName(name), line, sums };
  }

  /**
   * The rows below the last row read as a village named like a street have ended (another street
   * row, or the table's end): when its values are their sums (at least two rows), it was a street's
   * row heading them, as headingSums tells among the first rows (ownFrom).
   */
  private closeCandidate(): void {
    const c = this.candidate;
    if (c === undefined) return;
    this.candidate = undefined;
    if (c.rows < 2 || this.under === undefined) return;
    let compared = 0;
    for (let k = 0; k < c.values.length; k++) {
      if (Number.isNaN(c.values[k]!)) continue;
      if (!(Math.abs(c.values[k]! - c.sums[k]!) < 1e-6)) return;
      compared++;
    }
    if (compared > 0) this.ownFrom(c.name, c.line, true);
  }

  /** At the table's end: what the street rows leave to say (reportFileStreet, reportUnplaced). */
  end(store: ObservationRecords, ctx: { file: string; sink: IssueSink }): void {
    this.closeCandidate();
    this.reportFileStreet(ctx);
    this.reportUnplaced(store, ctx);
  }

  /**
   * At the table's end: communities read after the last trailing street row have no street row of
   * their own (the clerk left out the last street's 小计), so they were read under no street; a
   * warning in `sink` names their lines. Not under a street the file names (they are its).
   */
  private reportUnplaced(store: ObservationRecords, ctx: { file: string; sink: IssueSink }): void {
    if (this.mode !== 'trailing' || this.trailingLine === 0 || this.segment.size === 0 || this.fileStreet !== undefined) return;
    const lines = [...this.segment].map((m) => store.mentions[m]!.line);
    const [from, to] = [Math.min(...lines), Math.max(...lines)];
    const span = from === to ? `${from}` : `${from}-${to}`;
    ctx.sink.push(makeIssue('warning', 'street-rows-trailing-missing', { file: ctx.file, line: from },
      `第${span}行的社区写在最后一个街道小计行（第${this.trailingLine}行“${this.named}”）之后，其后没有它们的街道行：已按不知街道的社区导入。本表各街道行写在其社区之后，请在第${to}行之后补上它们的街道小计行后重新导入`,
      `Lines ${span}: communities after the last street row (line ${this.trailingLine}, ${this.named}) with no street row after them: imported under no street.`));
  }

  /**
   * A row named `name` (at `line`, its cells `cells`) is a street heading (its street is now `street`), a street's
   * subtotal, or null: a unit. Under the file's street, a row that names the table's own (ownStreet) makes every
   * street row a street from here on (ownFrom). `subtotal`: `name` is the name a subtotal row gives (segmentName: `咸水沽镇小计` → `咸水沽镇`), where a
   * `X街` is a street too (`咸水沽街小计`; a bare `X街` row may be a community named for its road).
   * `coded`: the row's code is a street's (codeLevel), whatever its name (`西营门街`, `杨柳青`).
   */
  kind(name: string, line: number, cells: readonly string[], subtotal = false, coded = false): 'heading' | 'trailing' | null {
    if (!this.active) return null;
    // A street's row, or a street's subtotal, ends the rows below a candidate.
    if (this.candidate !== undefined && (subtotal || coded || namesStreet(name, false, undefined))) this.closeCandidate();
    const heads = this.mode === 'heading' || (this.mode === undefined && !this.units);
    if (this.under !== undefined && this.ownStreet(name, subtotal, cells, heads)) this.ownFrom(name, line);
    if (!coded && !this.names(name, subtotal)) {
      if (this.under === undefined || this.villages.length >= 10 || !namesStreet(name, subtotal, undefined)) return null;
      this.villages.push({ name, line });
      const s = this.shape!;
      if (heads && !subtotal && s.kind === 'wide' && hasValues(cells, s)) {
        this.candidate = { name, line, values: s.measures.map((m) => { const t = cellAt(cells, m.index); return t === '' ? NaN : plainNumber(t); }), sums: s.measures.map(() => 0), rows: 0 };
      }
      return null;
    }
    const bare = streetRowName(name);
    // `中北镇小计` under the 中北镇 row heading its communities: that street's subtotal, checked as a 小计 is.
    if (subtotal && this.mode === 'heading' && this.street !== undefined && streetRowKey(bare) === streetRowKey(this.street)) return null;
    this.mode ??= this.units ? 'trailing' : 'heading';
    this.named = bare;
    if (this.mode === 'heading') this.street = bare;
    if (this.fileStreet !== undefined && streetRowKey(bare) !== streetRowKey(this.fileStreet) && !this.others.some((o) => o.name === bare)) this.others.push({ name: bare, line });
    return this.mode;
  }

  /**
   * At the table's end: street rows naming streets other than the one the file (or title) names put
   * their communities under those streets, not the file's; a warning in `sink` names both.
   */
  private reportFileStreet(ctx: { file: string; sink: IssueSink }): void {
    const late = this.late;
    if (late !== undefined) {
      const [lines, names] = [this.villages.map((v) => v.line).join('、'), this.villages.map((v) => `“${v.name}”`).join('、')];
      const why = late.sums ? `第${late.line}行“${late.name}”的数值是其下各行之和` : `第${late.line}行“${late.name}”是其他街道的行`;
      ctx.sink.push(makeIssue('warning', 'street-rows-late', { file: ctx.file, line: this.villages[0]!.line },
        `第${lines}行${names}名字像镇（街道），已按${this.fileStreetFrom}的“${this.fileStreet!}”的村导入；但${why}，表中列的是各街道，它们可能也是镇（街道）行：这在表格前部之后才看出，已读过的行没有改读。请核对；如是镇（街道）行，请在${this.fileStreetFrom}中去掉“${this.fileStreet!}”，或增加街道列，然后重新导入`,
        `Lines ${lines}: ${this.villages.map((v) => v.name).join(', ')} were read as villages of ${this.fileStreet!}, but line ${late.line} (${late.name}) shows the table lists streets, found too far down to read them again as street rows.`));
    }
    if (this.others.length === 0) return;
    const [names, lines, where] = [this.others.map((o) => `“${o.name}”`).join('、'), this.others.map((o) => o.line).join('、'), this.fileStreetFrom];
    ctx.sink.push(makeIssue('warning', 'street-rows-disagree-file', { file: ctx.file, line: this.others[0]!.line },
      `${where}写的是“${this.fileStreet!}”，但表中的街道行写的是${names}（第${lines}行）：这些街道行的社区已按街道行导入，没有按${where}算作“${this.fileStreet!}”的社区。请核对${where}，或这张表是否是其他街道的表`,
      `The file name or title names ${this.fileStreet!}, but the table's street rows name ${this.others.map((o) => o.name).join(', ')}: their communities were read as those streets'.`));
  }
}

/**
 * Row `i` of `rows` (a wide table's, shape `s`) holds in each value it has the sum of that column over
 * the rows below it, up to a blank name, a total or another street's row (at least two rows; a blank
 * cell adds nothing, text no number ends the look): a street's row heading its communities.
 */
function headingSums(rows: readonly { cells: readonly string[] }[], i: number, s: TableShape): boolean {
  if (s.kind !== 'wide') return false;
  const sums = s.measures.map(() => 0);
  let n = 0;
  for (let j = i + 1; j < rows.length; j++) {
    const cells = rows[j]!.cells;
    const name = cellAt(cells, s.unit);
    if (name === '' || subtotalKind(name) !== null || namesStreet(name, false, undefined)) break;
    s.measures.forEach((m, k) => { const t = cellAt(cells, m.index); sums[k]! += t === '' ? 0 : plainNumber(t); });
    n++;
  }
  let compared = 0;
  for (let k = 0; k < s.measures.length && n >= 2; k++) {
    const t = cellAt(rows[i]!.cells, s.measures[k]!.index);
    if (t === '') continue;
    if (!(Math.abs(plainNumber(t) - sums[k]!) < 1e-6)) return false;
    compared++;
  }
  return compared > 0;
}

/** Told of each street heading row: the unit rows below it are a new block (SubtotalChecker.block). */
export interface StreetBlocks { block(sink: IssueSink, street: string, line: number, label?: string): void }

/**
 * A row heading street `street`'s rows (`unitText` its cell, in `column`), with an info; the rows below
 * it are a new block for the totals under them (`checker`). True when it holds values: they are the
 * street's, not imported and checked against the rows below it as a 小计 is; false when it only names
 * the street (the row is settled as such).
 */
export function headingValued(
  cells: readonly string[], line: number, row: number, unitText: string, street: string, s: TableShape, ctx: ReadContext,
  checker: StreetBlocks, column = s.unit,
): boolean {
  checker.block(ctx.sink, streetRowKey(street), line, unitText);
  const valued = hasValues(cells, s);
  ctx.sink.pushCapped(makeIssue('info', 'street-heading-row', { file: ctx.file, line, column: column + 1, columnName: s.names.get(column) },
    `第${line}行“${unitText}”是街道（镇）行：其下各行按“${street}”的社区导入；${valued ? '本行是该街道的小计，不作为社区导入，其数值与其下该街道各行之和核对的结果见小计/合计行的说明' : '本行只写了街道名，不作为社区导入'}`,
    `Line ${line}: "${unitText}" heads its street's rows, which are read as ${street}'s; the row itself is not imported${valued ? '; how its values compare with them is in the subtotal rows\' note' : ''}.`));
  if (!valued) ctx.store.settleRow(row, 'subtotal', `街道行：${street}`);
  return valued;
}
