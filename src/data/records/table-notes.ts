/**
 * Per-table notes that are collected row by row and reported once, as one issue listing the
 * lines: blank rows, trailing empty cells, subtotal rows (合计/小计, excluded and checked),
 * breakdown rows (其中, excluded), average, comparison and footer rows (skipped), and names that look like spreadsheet formulas (stored as text).
 */
import type { IssueSink } from '../report/issue-sink';
import { lineRanges, makeIssue } from '../report/make-issue';
import { columnReason, type PartlyChecked } from './subtotal-columns';
import { SKIP_APPROXIMATE, SKIP_APPROXIMATE_ROW, SKIP_BLANK, SKIP_BLANK_ROW, SKIP_MERGED, SKIP_NO_METRIC, SKIP_NOTHING_ABOVE, SKIP_RATE } from './subtotal-skips';

/** A name Excel would run as a formula: `=SUM(…)`, `+1`, `@cmd`, `-A1` (but not `-3`). */
const FORMULA_LIKE = /^(?:[=+@]|-(?![\d.]))/;
const LINES_KEPT = 200;

/** True when `name` starts like a spreadsheet formula (what checkName notes). */
export function looksLikeFormula(name: string): boolean {
  return FORMULA_LIKE.test(name);
}

/** Why a subtotal row was not checked, in the order a row with several reasons is listed under. */
const UNCHECKED = [
  // A blank row covered: its note names the blank rows (TableNotes.blankRows), so report writes it.
  { bit: SKIP_BLANK_ROW, zh: '', en: '' },
  // An approximate row covered: its note names those rows (TableNotes.approxRows), as a blank row's does.
  { bit: SKIP_APPROXIMATE_ROW, zh: '', en: '' },
  { bit: SKIP_MERGED, zh: '其数值单元格是跨列合并的，不知是哪一列的数，未与各行之和核对（合并单元格另有提示）', en: 'a value cell merged across columns, whose column is unknown; not checked.' },
  { bit: SKIP_BLANK, zh: '其数值为空（或公式没有保存结果），未能与各行之和核对', en: 'their values are blank, so not checked.' },
  { bit: SKIP_APPROXIMATE, zh: '其数值或所含各行有约数、非确数，未能精确核对', en: 'approximate values, so not checked exactly.' },
  { bit: SKIP_NOTHING_ABOVE, zh: '写在所含各行之上（或其上没有可加总的行），未能核对', en: 'above the rows they sum, so not checked.' },
  { bit: SKIP_RATE, zh: '只有比率或百分比，不能相加，未核对', en: 'rates only, which do not add up; not checked.' },
  { bit: SKIP_NO_METRIC, zh: '其指标名称为空，不知是哪个指标的合计，未核对', en: 'their metric is blank, so not checked.' },
] as const;

export class TableNotes {
  /** How many lines each list was given past LINES_KEPT (a list not here kept them all). */
  private readonly dropped = new Map<readonly number[], number>();
  readonly blank: number[] = [];
  /** A template's unfilled rows: no name, no number (a 序号, formula errors such as #DIV/0!); those with zeros; the errors seen. */
  readonly template: number[] = [];
  readonly templateZero: number[] = [];
  private readonly errorTexts = new Set<string>();
  readonly extraEmpty: number[] = [];
  readonly subtotal: number[] = [];
  /** Subtotal rows with nothing compared, by why (a SKIP_ bit): blank, approximate, above their rows, rates only. */
  readonly unchecked = new Map<number, number[]>();
  /** The blank rows of the subtotals unchecked for SKIP_BLANK_ROW, one each, ascending. */
  readonly blankRows: number[] = [];
  /** The approximate rows of the subtotals unchecked for SKIP_APPROXIMATE_ROW, one each, ascending. */
  readonly approxRows: number[] = [];
  /** Subtotal rows compared in some of their columns only (SubtotalColumns): each said column by column. */
  private partlyChecked: readonly PartlyChecked[] = [];
  readonly breakdown: number[] = [];
  /** Rows naming a unit with every value cell blank (`东风村,,`), imported as missing; the first names, for the note. */
  readonly noValues: number[] = [];
  private readonly noValueNames: string[] = [];
  /** A row of no values whose name is not among noValueNames (more than five, or none written). */
  private noValueMore = false;
  /** Average, comparison and footer rows (issue 15, class 4), skipped with their lines. */
  readonly skipped = { average: [] as number[], comparison: [] as number[], footer: [] as number[], metricTotal: [] as number[] };
  private readonly formula: { line: number; column: number; text: string }[] = [];
  private formulaCount = 0;

  addBlank(line: number): void { this.blank.push(line); }
  private keep(list: number[], line: number): void {
    if (list.length < LINES_KEPT) list.push(line);
    else this.dropped.set(list, (this.dropped.get(list) ?? 0) + 1);
  }
  /** `4-203` for a list that kept all its lines, `4-203行等共1000` for one that kept the first 200 (before 行). */
  private linesText(list: readonly number[]): { zh: string; en: string } {
    const more = this.dropped.get(list);
    const ranges = lineRanges(list);
    return more === undefined ? { zh: ranges, en: ranges } : { zh: `${ranges}行等共${list.length + more}`, en: `${ranges} (${list.length + more} lines in all)` };
  }
  addTemplateRow(line: number, zero: boolean, error: string | undefined): void {
    this.keep(zero ? this.templateZero : this.template, line);
    if (error !== undefined && this.errorTexts.size < 3) this.errorTexts.add(error);
  }
  addExtraEmpty(line: number): void { this.keep(this.extraEmpty, line); }
  /** A row of unit `name` whose value cells are all blank: its values are missing, said once for the table (report). */
  addNoValues(line: number, name: string): void {
    this.keep(this.noValues, line);
    if (this.noValueNames.includes(name)) return;
    if (this.noValueNames.length < 5 && name !== '') this.noValueNames.push(name);
    else this.noValueMore = true;
  }
  /**
   * `skipped`: 0 when a value of the row was compared with the sum of its rows, else why none was
   * (SKIP_ bits); `blankRow`: with SKIP_BLANK_ROW, the line of a blank row it covers.
   */
  addSubtotal(line: number, breakdown: boolean, skipped: number, blankRow = 0): void {
    if (breakdown) { this.keep(this.breakdown, line); return; }
    if (skipped === 0) { this.keep(this.subtotal, line); return; }
    const reason = UNCHECKED.find((u) => (skipped & u.bit) !== 0) ?? UNCHECKED[0]!;
    let list = this.unchecked.get(reason.bit);
    if (list === undefined) this.unchecked.set(reason.bit, (list = []));
    this.keep(list, line);
    const rows = reason.bit === SKIP_BLANK_ROW ? this.blankRows : reason.bit === SKIP_APPROXIMATE_ROW ? this.approxRows : null;
    if (rows !== null && !rows.includes(blankRow)) {
      this.keep(rows, blankRow);
      rows.sort((a, b) => a - b);
    }
  }
  addSkipped(kind: 'average' | 'comparison' | 'footer' | 'metricTotal', line: number): void { this.keep(this.skipped[kind], line); }
  /**
   * Subtotal rows written above their rows, checked after all (SubtotalChecker.settleAbove), and
   * those listed so far as above their rows alone that were not, as their rows ended (a row blank or
   * approximate: SubtotalChecker.uncheckedBelow), listed under that reason instead.
   */
  checkedBelow(lines: readonly number[], unchecked: readonly { line: number; skipped: number; blankRow: number }[] = [], partly: readonly PartlyChecked[] = []): void {
    const above = this.unchecked.get(SKIP_NOTHING_ABOVE) ?? [];
    const later = unchecked.filter((u, k) => !lines.includes(u.line) && above.includes(u.line) && unchecked.findIndex((x) => x.line === u.line) === k);
    if (lines.length === 0 && later.length === 0) { this.partly(partly); return; }
    this.unchecked.set(SKIP_NOTHING_ABOVE, above.filter((l) => !lines.includes(l) && !later.some((u) => u.line === l)));
    for (const l of lines) this.keep(this.subtotal, l);
    this.subtotal.sort((a, b) => a - b);
    for (const u of later) this.addSubtotal(u.line, false, u.skipped, u.blankRow);
    for (const list of this.unchecked.values()) list.sort((a, b) => a - b);
    this.partly(partly);
  }

  /** Rows compared in some columns only: listed as checked, the note then saying which columns were not (report). */
  private partly(rows: readonly PartlyChecked[]): void {
    if (rows.length === 0) return;
    this.partlyChecked = rows;
    for (const list of this.unchecked.values()) for (let i = list.length - 1; i >= 0; i--) if (rows.some((r) => r.line === list[i])) list.splice(i, 1);
    for (const r of rows) if (!this.subtotal.includes(r.line)) this.keep(this.subtotal, r.line);
    this.subtotal.sort((a, b) => a - b);
  }

  /** What the note on the rows checked adds of those compared in some columns only: which, and why not the others. */
  private partlyText(): { zh: string; en: string } {
    const one = this.subtotal.length === 1;
    const rows = this.partlyChecked.map((p) => ({ p, rest: p.unchecked.map((c) => ({ name: c.name, ...columnReason(c) })) }));
    return {
      zh: rows.map(({ p, rest }) => `；${one ? '但' : `其中第${p.line}行`}只核对了${p.checked.join('、')}，${rest.map((c) => `${c.name}未能核对（${c.zh}）`).join('、')}`).join(''),
      en: rows.map(({ p, rest }) => ` Line ${p.line}: only ${p.checked.join(', ')} checked; ${rest.map((c) => `${c.name} not (${c.en})`).join(', ')}.`).join(''),
    };
  }

  /** Notes a unit name that starts like a formula (catalogue #38). */
  checkName(name: string, line: number, column: number): void {
    if (!FORMULA_LIKE.test(name)) return;
    if (this.formulaCount++ < 5) this.formula.push({ line, column, text: name });
  }

  report(sink: IssueSink, file: string): void {
    const info = (code: string, lines: number[], zh: string, en: string): void => {
      if (lines.length === 0) return;
      const text = this.linesText(lines);
      sink.push(makeIssue('info', code, { file, line: lines[0]! }, `第${text.zh}行${zh}`, `Lines ${text.en}: ${en}`));
    };
    info('blank-rows', this.blank, '是空行，已跳过', 'blank, skipped.');
    const errors = [...this.errorTexts].join('、');
    info('template-rows', this.template, `没有社区名称和数据（只有序号、空白或公式算出的错误值${errors}），是表格模板中未填的行，已跳过`,
      `no name and no number (a serial number, blanks or formula errors ${errors}): a template's unfilled rows, skipped.`);
    if (this.templateZero.length > 0) {
      const lines = this.linesText(this.templateZero);
      sink.push(makeIssue('warning', 'template-zero-rows', { file, line: this.templateZero[0]! },
        `第${lines.zh}行没有社区名称，数值都是0（多为表格模板中未填行的公式结果），已跳过；如其中有某个社区的数据，请补全社区名称后重新导入`,
        `Lines ${lines.en}: no name and every value 0 (a template's formulas in unfilled rows, most likely); skipped. If a unit's figures are among them, fill in its name.`));
    }
    if (this.noValues.length > 0) {
      const lines = this.linesText(this.noValues);
      const names = this.noValueNames.join('、') + (this.noValueMore ? '等' : '');
      sink.push(makeIssue('warning', 'row-no-values', { file, line: this.noValues[0]! },
        `第${lines.zh}行（${names}）各列数值都是空白，没有填写任何数据，已按缺失值导入（不计为0）；如为漏填，请补上后重新导入`,
        `Lines ${lines.en} (${names}): every value cell is blank; imported as missing (not 0). Fill them in if they were left out.`));
    }
    info('extra-empty-cells', this.extraEmpty, '末尾有多余的空单元格（行尾分隔符），已忽略', 'trailing empty cells ignored.');
    const partly = this.partlyText();
    info('subtotal-rows', this.subtotal, `是小计/合计行，不作为社区导入，已与其所含各行之和核对${partly.zh}`,
      `subtotal rows, excluded from units and checked against the sum of their rows.${partly.en}`);
    const blank = this.unchecked.get(SKIP_BLANK_ROW) ?? [];
    info('subtotal-rows', blank, `是小计/合计行，不作为社区导入；其所含的第${this.linesText(this.blankRows).zh}行没有数值（空白或不是数字），未能与各行之和核对；如为漏填，请补上后重新导入`,
      `subtotal rows, excluded from units; a row they cover has no number (blank or text; lines ${this.linesText(this.blankRows).en}), so not checked. Fill it in if it was left out.`);
    const approx = this.unchecked.get(SKIP_APPROXIMATE_ROW) ?? [];
    info('subtotal-rows', approx, `是小计/合计行，不作为社区导入；其所含的第${this.linesText(this.approxRows).zh}行的数值是约数（非确数），未能与各行之和精确核对`,
      `subtotal rows, excluded from units; a row they cover is approximate (lines ${this.linesText(this.approxRows).en}), so not checked exactly.`);
    for (const u of UNCHECKED) if (u.zh !== '') info('subtotal-rows', this.unchecked.get(u.bit) ?? [], `是小计/合计行，不作为社区导入；${u.zh}`, `subtotal rows, excluded from units; ${u.en}`);
    info('breakdown-rows', this.breakdown, '是“其中”分项行，不作为社区导入，也不计入合计', '"of which" breakdown rows, excluded.');
    info('average-rows', this.skipped.average, '是平均值、最大值、占比等统计行，不作为社区导入，已跳过；如其中有真实社区，请改名后重新导入',
      'average, extreme or share rows, not units, skipped.');
    info('comparison-rows', this.skipped.comparison, '是对比行（上年同期、同比、增减、增长率等），不作为社区导入，已跳过',
      'comparison rows (last year, change, growth), not units, skipped.');
    info('metric-total-rows', this.skipped.metricTotal, '的指标是“合计”等各指标之和，不是一个指标，未导入', 'the metric cell is a total of the metrics; not imported.');
    info('footer-rows', this.skipped.footer, '是表尾说明（填表人、审核人、填报日期、联系电话、注释、页码等），不是数据，已跳过',
      'footer rows (filled by, checked by, dates, phone, notes, page numbers), skipped.');
    for (const f of this.formula) {
      sink.push(makeIssue('info', 'formula-like-text', { file, line: f.line, column: f.column },
        `第${f.line}行名称“${f.text}”以“${f.text[0]}”开头，像电子表格公式，已按普通文字保存，不会被计算；导出时会加前缀防止Excel执行`,
        `Line ${f.line}: the name "${f.text}" looks like a spreadsheet formula; stored as plain text, never evaluated.`));
    }
    if (this.formulaCount > this.formula.length) {
      sink.push(makeIssue('info', 'formula-like-text', { file },
        `另有${this.formulaCount - this.formula.length}个名称像电子表格公式，均按普通文字保存`,
        `${this.formulaCount - this.formula.length} more names look like formulas; stored as text.`));
    }
  }
}
