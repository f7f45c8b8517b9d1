/**
 * The period of each row of a table, from its period cell (or, left blank, the table's own period
 * from its title, sheet or file name), read with the year cell beside it when the table has one
 * (`年份 | 月份`, period-cell-text.ts), blanks under written cells filled (merged-cell-fill.ts): each pair of texts read once (read-cells.ts readPeriod), the
 * one of the row before checked first, and whether the column mixes single periods with
 * year-to-date ones (period-mix.ts) counted as it goes.
 */
import type { ReadContext } from './read-context';
import { PeriodMix } from './period-mix';
import { PeriodDayMix } from './period-day-mix';
import { readPeriod, type PeriodCache } from './read-cells';
import type { TableShape } from '../table/detect-shape';
import { cellAt } from './cell-at';
import { isExcelErrorText } from '../cells/missing-value-texts';
import { bareNumberReader, periodCellText, periodErrorIssue, periodInYear, periodYearClash, readYearCell } from './period-cell-text';
import type { MergedCellFill } from './merged-cell-fill';
import { readColumn, shortForm, type ColumnReading, type ColumnSample } from './column-period';
import { DotMonths } from './dot-months';
import { lineRanges, makeIssue, whereEn, whereZh } from '../report/make-issue';
import { correctionRemark, parsePeriodLabel } from '../cells/parse-period-label';
import { withYearWritten } from '../cells/period-words';

const LINES_KEPT = 30;

/** A row's period: its code in the store, and whether it is a year to date. */
export interface PeriodHit { readonly index: number; readonly cumulative: boolean }

export class RowPeriods {
  private readonly cache: PeriodCache = new Map();
  /** Hits by the year cell ('' in a table without a year column), then by the period cell. */
  private readonly hits = new Map<string, Map<string, PeriodHit>>();
  private readonly mix = new PeriodMix();
  /** First and last days of months among the column's dates (`2024-04-01`, `2024-03-31`). */
  private readonly days = new PeriodDayMix();
  /** The line last counted in the mix (notAPeriod takes back only that one). */
  private mixedLine = -1;
  /** The year column (-1: none). */
  private readonly yearColumn: number;
  /** What a bare number in the period column means (`3` in a 月份 column); null when nothing. */
  private readonly bare: ((n: number) => string) | null;
  private lastText = '\u0000';
  private lastYear = '\u0000';
  private last: PeriodHit | undefined = undefined;
  // The hits of the year last looked up (a table's rows mostly share a year).
  private hitsYear = '\u0000';
  private yearHits = new Map<string, PeriodHit>();
  /** What the period column says as a whole (column-period.ts), read when a cell first needs it. */
  private column: ColumnReading | undefined = undefined;
  /** Short forms read as months (`24.3` → `2024年3月`), by the cell's text; rows of these come back to `read`. */
  private readonly rewrites = new Map<string, string>();
  /** `2024.1` cells, January or an October Excel shortened (dot-months.ts). */
  private readonly dots = new DotMonths();
  private readonly short = { lines: [] as number[], count: 0, texts: [] as string[], twoDigit: false };
  /** Periods without their year (`4月`) read in the column's one year (`year`), and the years read in other rows. */
  private readonly yearless = { lines: [] as number[], count: 0, year: 0, others: new Set<number>(), read: new Map<string, number>(), first: '', months: new Set<number>(), notMonths: false };

  /**
   * `fill`: the table's merged-cell fill, which fills blank period and year cells under written ones.
   * `sample`: the period column's cells in the rows held before the table was read (none: a second table).
   */
  constructor(
    private readonly shape: TableShape, private readonly ctx: ReadContext, private readonly fill: MergedCellFill,
    private readonly sample: ColumnSample | null = null,
  ) {
    this.yearColumn = shape.year ?? -1;
    this.bare = bareNumberReader(shape.names.get(shape.period) ?? '');
  }

  /** Why `of` last returned null, as the list of rows not imported says it (an issue says it in full). */
  refusal = '期间无法识别';

  /**
   * The row's period, or null when its text is unreadable (an issue says why, `refusal` in short);
   * `total`: a 合计 or 小计 row, whose blank period cell is filled without being listed as a merged cell.
   */
  of(cells: readonly string[], line: number, total = false): PeriodHit | null {
    const text = this.fill.period(cellAt(cells, this.shape.period), line, !total);
    const year = this.fill.year(cellAt(cells, this.yearColumn), line, !total);
    const same = text === this.lastText && year === this.lastYear;
    let hit = same ? this.last : this.hitsOf(year).get(text);
    if (hit !== undefined && !same) {
      // A long file ordered by unit goes through its periods again for every unit: the next rows
      // repeat this text, not the last one met for the first time.
      this.lastText = text;
      this.lastYear = year;
      this.last = hit;
    }
    if (hit === undefined) {
      hit = this.read(text, year, line) ?? undefined;
      if (hit === undefined) return null;
    }
    if (text !== '') { this.mix.add(line, hit.cumulative); this.mixedLine = line; }
    return hit;
  }

  /** The row of `line`, read by `of` as `hit`, is no period after all (a months-down table's total row): not counted in the column's mix. */
  notAPeriod(line: number, hit: PeriodHit): void {
    if (this.mixedLine === line) this.mix.takeBack(line, hit.cumulative);
    this.mixedLine = -1;
  }

  private hitsOf(year: string): Map<string, PeriodHit> {
    if (year !== this.hitsYear) {
      let m = this.hits.get(year);
      if (m === undefined) this.hits.set(year, m = new Map());
      this.hitsYear = year;
      this.yearHits = m;
    }
    return this.yearHits;
  }

  /** The period of texts not met before (or met with notes, which every row reports again). */
  private read(text: string, year: string, line: number): PeriodHit | null {
    const s = this.shape;
    const { file, sink } = this.ctx;
    let full = periodCellText(text, this.bare);
    let rewritten = false;
    this.refusal = full.charCodeAt(0) === 35 && isExcelErrorText(full) ? '期间是Excel错误值' : '期间无法识别';
    if (this.yearColumn >= 0) {
      const y = readYearCell(year, { file, line, column: this.yearColumn + 1, columnName: s.names.get(this.yearColumn) }, sink);
      if (y === null) { this.refusal = '年份无法识别'; return null; }
      if (full !== '') {
        // An error value or another year is said of the cell as typed, not of `2024年#N/A` the two make.
        const at = { file, line, column: s.period + 1, columnName: s.names.get(s.period) };
        const error = periodErrorIssue(full, '期间', at);
        const clash = error === null ? periodYearClash(full, y, this.yearColumn, at) : null;
        if (clash !== null) this.refusal = '期间与年份不一致';
        const wrong = error ?? clash;
        if (wrong !== null) { sink.pushCapped(wrong); return null; }
        full = periodInYear(y, full);
      }
    } else {
      const short = this.shortMonth(full);
      const dot = short === null ? this.dots.see(full, line) : null;
      if (short !== null) {
        this.noteShort(full, line);
        full = short;
        rewritten = true;
      } else if (dot !== null) {
        full = dot;
        rewritten = true;
      } else if (this.sample !== null && s.filePeriod === undefined && full !== '' && !this.cache.has(full)) {
        const known = this.yearless.read.get(full);
        const year = known !== undefined ? known : this.yearOfColumn(full, line);
        if (year !== null && year !== undefined) this.yearless.read.set(full, year);
        if (year === null) return null;
        if (year !== undefined) {
          const y = this.yearless;
          if (y.count++ < LINES_KEPT) y.lines.push(line);
          if (y.first === '') y.first = full;
          y.year = year;
          full = withYearWritten(full, year);
          const p = parsePeriodLabel(full);
          if (p !== null && p.period.granularity === 'M' && !p.cumulative) y.months.add(p.period.index);
          else y.notMonths = true;
          rewritten = true;
        }
      }
    }
    const key = full === '' && s.filePeriod ? s.filePeriod.key
      : readPeriod(full, s, this.cache, { file, line, column: s.period + 1, columnName: s.names.get(s.period) }, sink);
    if (key === null) return null;
    if (!rewritten && full !== '') this.yearless.others.add(Number(key.slice(0, 4)));
    const entry = full === '' ? undefined : this.cache.get(full);
    const hit = { index: this.ctx.store.periodOf(key), cumulative: entry?.cumulative ?? false };
    // (A date has notes: its rows all come back here, so each is counted.)
    if (entry?.day === 'first' || entry?.day === 'last') this.days.add(entry.day, full, line);
    // The row being read (the store's last) says its figures are corrected ones: a conflict will say so.
    if (entry !== undefined && entry.notes.length > 0) {
      const word = correctionRemark(full);
      if (word !== null) this.ctx.store.corrected.set(this.ctx.store.rows - 1, word);
    }
    // A text with notes is read again on every row, so each row reports them (capped), as the first did.
    // (A short form is listed on each of its rows: its rows come back here.)
    if ((entry === undefined || entry.notes.length === 0) && !rewritten) {
      this.hitsOf(year).set(text, hit);
      this.lastText = text;
      this.lastYear = year;
      this.last = hit;
    }
    return hit;
  }

  /** The month a short form (`24.3`, `2024年3`) is in a column of months, as the grammar writes it; null for other texts. */
  private shortMonth(full: string): string | null {
    const known = this.rewrites.get(full);
    if (known !== undefined) return known;
    // (Only a short text starting with a digit may be one: most texts never get past this.)
    const c = full.charCodeAt(0);
    if (this.sample === null || full.length > 8 || c < 48 || c > 57) return null;
    const short = shortForm(full);
    if (short === null) return null;
    this.column ??= readColumn(this.sample);
    if (!this.column.shortForms) return null;
    this.rewrites.set(full, short.full);
    if (short.twoDigit) this.short.twoDigit = true;
    return short.full;
  }

  /**
   * For a period without its year (`4月`) in a table that names none: the one year the column's other
   * cells give (undefined: the text has a year, or the column gives none, and is read as it is);
   * null, with an error naming the years, when they give several.
   */
  private yearOfColumn(full: string, line: number): number | null | undefined {
    if (parsePeriodLabel(full) !== null || parsePeriodLabel(full, { defaultYear: 2000 }) === null) return undefined;
    this.column ??= readColumn(this.sample!);
    const { years } = this.column;
    // (`截至9月底` takes its year after 截至: 截至2024年9月底.)
    if (years.length === 1) return parsePeriodLabel(withYearWritten(full, years[0]!)) !== null ? years[0]! : undefined;
    if (years.length === 0) return undefined;
    const s = this.shape;
    const at = { file: this.ctx.file, line, column: s.period + 1, columnName: s.names.get(s.period) };
    this.ctx.sink.pushCapped(makeIssue('error', 'period-no-year', at,
      `${whereZh(line, at.column, at.columnName)}：期间“${full}”没有写年份，本列其他行写有${years.map((y) => `${y}年`).join('和')}，无法确定是哪一年。请写成“${withYearWritten(full, years[years.length - 1]!)}”这样的形式后重新导入`,
      `${whereEn(line, at.column, at.columnName)}: period "${full}" has no year, and the column names ${years.join(' and ')}; write the year.`));
    return null;
  }

  private noteShort(text: string, line: number): void {
    const sh = this.short;
    if (sh.count++ < LINES_KEPT) sh.lines.push(line);
    if (sh.texts.length < 3 && !sh.texts.includes(text)) sh.texts.push(text);
  }

  /** The warning for a column mixing single periods with years to date, if it does; the notes for periods read by the column. */
  report(): void {
    const s = this.shape;
    const y = this.yearless;
    if (y.count > 0) {
      const at = { file: this.ctx.file, line: y.lines[0]!, column: s.period + 1, ...(s.names.get(s.period) ? { columnName: s.names.get(s.period)! } : {}) };
      const { yearLines } = this.column!;
      const from = `${lineRanges(yearLines, 10)}${yearLines.length >= 10 ? '等' : ''}`;
      this.ctx.sink.push(makeIssue('info', 'period-year-from-column', at,
        `第${lineRanges(y.lines)}行（共${y.count}行）的期间没有写年份，标题和文件名也没有；本列写了年份的各行（第${from}行）都是${y.year}年，已按${y.year}年理解。最好在每行写明年份（如“${withYearWritten(y.first, y.year)}”）`,
        `Lines ${lineRanges(y.lines)}: periods without a year read in ${y.year}, the year of every other row of the column.`));
      // A row past the rows the year was taken from gives another year: the reading is in doubt.
      const others = [...y.others].filter((v) => v !== y.year).sort((a, b) => a - b);
      const { firstMonth, decemberLine } = this.column!;
      const months = [...y.months].sort((a, b) => a - b);
      if (others.length === 0 && !y.notMonths && decemberLine > 0 && decemberLine < y.lines[0]! && months[months.length - 1]! < firstMonth) {
        // `2023年11月, 2023年12月, 1月, 2月`: the months go on past the year's end.
        this.ctx.sink.push(makeIssue('warning', 'period-year-from-column-doubt', at,
          `没有写年份的第${lineRanges(y.lines)}行（${months.map((m) => `${m}月`).join('、')}）已按${y.year}年理解；但这些行写在“${y.year}年12月”之后，月份又都早于本列写了年份的各月，可能是${y.year + 1}年的。请核对，并在每行写明年份（如“${y.year + 1}年${months[0]}月”）后重新导入`,
          `Periods without a year after ${y.year}-12, all earlier in the year than the months written with it, were read in ${y.year}; they may be ${y.year + 1}'s. Check them and write the year on every row.`));
      }
      if (others.length > 0) {
        this.ctx.sink.push(makeIssue('warning', 'period-year-from-column-doubt', at,
          `期间列的前面各行都是${y.year}年，没有写年份的第${lineRanges(y.lines)}行已按${y.year}年理解；但后面的行还写有${others.map((v) => `${v}年`).join('、')}，请核对这些行的年份，并在每行写明年份后重新导入`,
          `Periods without a year were read in ${y.year}, but later rows give ${others.join(', ')}; check them and write the year on every row.`));
      }
    }
    const sh = this.short;
    if (sh.count > 0) {
      const quoted = `“${sh.texts.join('”“')}”${sh.count > sh.texts.length ? '等' : ''}`;
      const read = sh.texts.map((t) => this.rewrites.get(t)!).join('、');
      // `24.1` without a `24.10`: Excel may have dropped the 0 of October.
      const texts = [...this.rewrites.keys()].map((t) => t.trim());
      const excel = texts.some((t) => /^\d{2}\.1$/.test(t) && !texts.includes(`${t}0`))
        ? '；“.1”若原为“.10”（Excel会去掉末尾的0），请把期间列设为文本后重新导出' : '';
      this.ctx.sink.push(makeIssue(sh.twoDigit ? 'warning' : 'info', 'period-short-form',
        { file: this.ctx.file, line: sh.lines[0]!, column: s.period + 1, ...(s.names.get(s.period) ? { columnName: s.names.get(s.period)! } : {}) },
        `第${lineRanges(sh.lines)}行（共${sh.count}行）的期间写作${quoted}，${sh.twoDigit ? '是两位年份加月份' : '缺少“月”字'}；本列各行都是月份，已按${read}${sh.count > sh.texts.length ? '等' : ''}理解。请核对，最好在源表写成“${this.rewrites.get(sh.texts[0]!)!}”这样带四位年份和“月”字的形式${excel}`,
        `Lines ${lineRanges(sh.lines)}: periods written ${sh.texts.join(', ')} read as months (${read}), as every period of the column is a month.`));
    }
    const at = { file: this.ctx.file, column: s.period + 1, ...(s.names.get(s.period) ? { columnName: s.names.get(s.period)! } : {}) };
    this.dots.report(this.ctx.sink, at);
    this.days.report(this.ctx.sink, at);
    this.mix.report(this.ctx.sink, at);
  }
}
