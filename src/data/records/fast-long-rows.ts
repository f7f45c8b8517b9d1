/**
 * The hot loop of the fast import: one quote-free data row of a long table (split into cells) →
 * one observation in FastRecords, without per-row objects. It reproduces readTable's result for
 * the rows it accepts (same mentions, metrics, periods, values, raw texts and issues) and
 * DECLINES any row readTable would treat specially (subtotal, repeated header, ragged width,
 * forward fill, bad code, period notes, qualifier/raw columns, a decimal comma in the rows
 * findDecimalComma scans…): the caller then re-imports everything through the general path, so
 * odd files stay exactly as correct as before. The table-wide checks of readTable run here too,
 * on the same objects (TableNotes for formula-like names, ColumnFormats for percent and unit
 * mixes, PeriodMix for cumulative and single periods), and report() words them the same.
 */
import { ColumnFormats, type Column } from './column-formats';
import { QUALIFIER_CODE, type Qualifier } from '../dataset/dataset';
import { metricFor, type TableShape } from '../table/detect-shape';
import type { FastRecords } from './fast-records';
import type { HeaderResult } from '../table/find-header';
import { IssueSink } from '../report/issue-sink';
import { DECIMAL_COMMA_SCAN_ROWS, isDecimalComma } from './number-locale';
import { parseValue } from './parse-value';
import { PeriodMix } from './period-mix';
import { addValueNotes, readPeriod, type PeriodCache } from './read-cells';
import { subtotalKind } from './subtotal-check';
import { looksLikeFormula, TableNotes } from './table-notes';

/** Measure-unit cells (`万元`) that scale a long file's value (as read-table.ts). */
const UNIT_SCALE: Readonly<Record<string, number>> = { 万: 1e4, 万元: 1e4, 万人: 1e4, 万人次: 1e4, 千: 1e3, 千元: 1e3, 亿: 1e8, 亿元: 1e8 };
const GBK_LOST = /[?？]/;
const EXACT = QUALIFIER_CODE.exact;

interface MetricHit { readonly index: number; readonly scale: number; readonly format: Column }
interface PeriodHit { readonly index: number; readonly cumulative: boolean }

function isTwelveDigits(s: string): boolean {
  if (s.length !== 12) return false;
  for (let i = 0; i < 12; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * A plain decimal written the way String(number) writes it (`2527`, `-3`, `0.5`): parseValue
 * would return exactly Number(s), qualifier exact, no notes, and no raw text is kept.
 */
function plainNumber(s: string): number {
  const n = s.length;
  if (n === 0 || n > 15) return NaN;
  const neg = s.charCodeAt(0) === 45;
  let i = neg ? 1 : 0;
  if (i === n) return NaN;
  // Integers without leading zeros (and not -0) are canonical and exact below 10^15.
  let v = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    v = v * 10 + c;
  }
  if (i === n) {
    const lead = s.charCodeAt(neg ? 1 : 0) === 48;
    if (lead && (n > (neg ? 2 : 1) || neg)) return NaN;
    return neg ? -v : v;
  }
  if (s.charCodeAt(i) !== 46) return NaN;
  for (i++; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return NaN;
  }
  const d = +s;
  return String(d) === s ? d : NaN;
}

export class FastLongRows {
  private readonly periodCache: PeriodCache = new Map();
  private readonly periodIndex = new Map<string, PeriodHit>();
  private readonly metricCache = new Map<string, Map<string, MetricHit>>();
  private readonly headerFirst: string;
  private readonly valueColumnName: string | undefined;
  private readonly notes = new TableNotes();
  private readonly formats = new ColumnFormats();
  private readonly periodMix = new PeriodMix();
  /** Last data line findDecimalComma looks at. */
  private readonly decimalScanEnd: number;
  private pFormula = false;
  private pPeriodText = '\u0000';
  private pPeriod: PeriodHit = { index: -1, cumulative: false };
  // The previous row's unit cells: long files repeat them for every metric and period.
  private pCode = '\u0000';
  private pDistrict = '';
  private pParent = '';
  private pUnit = '';
  private pMention = -1;

  constructor(
    private readonly header: HeaderResult, private readonly shape: TableShape, private readonly recs: FastRecords,
    private readonly sink: IssueSink, private readonly file: string, private readonly fileIndex: number,
    private readonly encoding: string, private readonly defaultUnit: string | undefined, headerCells: readonly string[],
  ) {
    this.headerFirst = (headerCells[0] ?? '').trim();
    this.valueColumnName = shape.names.get(shape.value);
    this.decimalScanEnd = header.dataStart + DECIMAL_COMMA_SCAN_ROWS;
  }

  /** The table-wide notes, in readTable's order; call once after the last row. */
  report(): void {
    const s = this.shape;
    const name = s.names.get(s.period);
    this.notes.report(this.sink, this.file);
    this.formats.report(this.sink, this.file);
    this.periodMix.report(this.sink, { file: this.file, column: s.period + 1, ...(name ? { columnName: name } : {}) });
  }

  /** Reads one row (`n` TRIMMED cells in `cells`) at physical `line`. False = decline the file. */
  row(cells: string[], n: number, line: number): boolean {
    const s = this.shape;
    if (n !== this.header.width) {
      for (let c = 0; c < n; c++) if (cells[c]! !== '') return false; // ragged: general path
      return this.blank(line);
    }
    const code = s.code >= 0 ? cells[s.code]! : '';
    const district = s.district >= 0 ? cells[s.district]! : '';
    const parent = s.parent >= 0 ? cells[s.parent]! : '';
    const unit = s.unit >= 0 ? cells[s.unit]! : '';
    let mention = this.pMention;
    if (code !== this.pCode || unit !== this.pUnit || parent !== this.pParent || district !== this.pDistrict) {
      mention = this.mentionFor(cells, n, code, district, parent, unit, line);
      if (mention < 0) return mention === -2 && this.blank(line);
    }
    const periodText = s.period >= 0 ? cells[s.period]! : '';
    let period = this.pPeriod;
    if (periodText !== this.pPeriodText) {
      const hit = this.periodIndex.get(periodText) ?? this.periodFor(periodText, line);
      if (hit === null) return false;
      this.pPeriodText = periodText;
      this.pPeriod = period = hit;
    }
    if (periodText !== '') this.periodMix.add(line, period.cumulative);
    if (this.pFormula) this.notes.checkName(unit, line, s.unit + 1);
    const metricText = cells[s.metric]!;
    const unitText = s.measureUnit >= 0 ? cells[s.measureUnit]! : '';
    const m = this.metricCache.get(metricText)?.get(unitText) ?? this.metricFor(metricText, unitText);
    if (!m) return false;
    if ((s.rawText >= 0 && cells[s.rawText]! !== '') || (s.qualifier >= 0 && cells[s.qualifier]! !== '')) return false;
    const raw = cells[s.value]!;
    let value = m.scale === 1 ? plainNumber(raw) : NaN;
    let qualifier = EXACT;
    // A plain number is written as String(value): no raw text to keep (and no String() per row).
    let kept: string | null = null;
    if (Number.isNaN(value)) {
      kept = raw;
      // readTable would read every value of the file differently (number-locale.ts).
      if (line <= this.decimalScanEnd && isDecimalComma(raw)) return false;
      const v = parseValue(raw, m.scale !== 1 ? { columnScale: m.scale } : {});
      addValueNotes(v, { file: this.file, line, column: s.value + 1, columnName: this.valueColumnName }, this.sink);
      this.formats.add(m.format, line, v);
      value = v.value;
      qualifier = QUALIFIER_CODE[v.qualifier as Qualifier];
    } else this.formats.addNumber(m.format, line, value);
    this.recs.add(mention, m.index, period.index, value, qualifier, this.fileIndex, line, s.value + 1, kept);
    return true;
  }

  /**
   * A blank row: declined. After a blank row readTable may start a second table (second-table.ts)
   * and it reports blank rows in its table notes; blank rows are rare in big exports.
   */
  private blank(line: number): boolean {
    void line;
    return false;
  }

  /** Mention index, -1 to decline, -2 for a blank row. */
  private mentionFor(cells: string[], n: number, code: string, district: string, parent: string, unit: string, line: number): number {
    const s = this.shape;
    if (code === '' && district === '' && parent === '' && unit === '') {
      let blank = true;
      for (let c = 0; c < n; c++) if (cells[c]! !== '') { blank = false; break; }
      if (blank) return -2;
    }
    if (cells[0]! === this.headerFirst) return -1; // maybe a repeated header: general path
    const label = unit || parent || district;
    if (subtotalKind(label) !== null) return -1;
    if ((s.parent >= 0 && parent === '') || (s.district >= 0 && district === '')) return -1; // forward fill
    if (code !== '' && !isTwelveDigits(code)) return -1;
    if (unit === '' && code === '') return -1;
    if (this.encoding === 'gb18030' && GBK_LOST.test(unit)) return -1;
    const mention = this.recs.mentionOf({
      code, district, parent, rawName: unit, file: this.fileIndex, line, hasParentColumn: s.parent >= 0,
    });
    this.pCode = code; this.pDistrict = district; this.pParent = parent; this.pUnit = unit; this.pMention = mention;
    this.pFormula = looksLikeFormula(unit);
    return mention;
  }

  /** The period of a cell text not seen yet; null to decline (notes or unreadable). */
  private periodFor(text: string, line: number): PeriodHit | null {
    const s = this.shape;
    let key: string | null;
    let cumulative = false;
    if (text === '' && s.filePeriod) key = s.filePeriod.key;
    else {
      if (this.periodCache.has(text)) return null; // cached with notes or unreadable
      const scratch = new IssueSink();
      key = readPeriod(text, s, this.periodCache, { file: this.file, line, column: s.period + 1, columnName: s.names.get(s.period) }, scratch);
      if (key === null || scratch.issues.length > 0) return null;
      cumulative = this.periodCache.get(text)?.cumulative ?? false;
    }
    const hit = { index: this.recs.periodOf(key), cumulative };
    this.periodIndex.set(text, hit);
    return hit;
  }

  private metricFor(metricText: string, unitText: string): MetricHit | null {
    if (metricText === '') return null;
    const unitScale = UNIT_SCALE[unitText] ?? 1;
    // A 万元 cell scales the value to 元, so a custom metric's unit is the base unit.
    const baseUnit = unitScale !== 1 ? unitText.replace(/^[万千亿]/, '') : unitText;
    const found = metricFor(metricText, baseUnit || this.defaultUnit);
    const index = this.recs.metricOf(found.def);
    const hit = { index, scale: found.scale * unitScale, format: this.formats.column(`m${index}`, metricText, this.shape.value + 1, found.def.unit) };
    let byUnit = this.metricCache.get(metricText);
    if (!byUnit) this.metricCache.set(metricText, (byUnit = new Map()));
    byUnit.set(unitText, hit);
    return hit;
  }
}
