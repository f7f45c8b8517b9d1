/**
 * The vertical form: one community per workbook (or file), metrics down the first column and the
 * period's value across (`项目 | 本月 | 累计`), the community named in the title row or the file name
 * (`东湖社区2024年3月主要指标`, `东湖社区-2024年3月.xlsx`) or, in a workbook, the sheet name. It is not a transposed table: its columns
 * are periods of one unit, not units, so it is its own small shape, read by read-vertical.ts.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { groupsMetricRows, matchDimensionHeader, matchMetricHeader } from '../vocabulary/metric-aliases';
import { itemColumnAfter } from './item-column';
import { isNamelessName, namesItems } from './nameless-column';
import { SUBTOTAL_NAME, totalHeader } from './total-columns';
import { sheetNamesNothing } from './sheet-metric';
import type { CoverPeriod } from './cover-period';
import { filePeriodOf, noPeriodIssue, periodSourceNote, SOURCE_WORDS, YEARLESS, type FilePeriod } from './file-period';
import { headerAsWritten, type HeaderColumn } from './find-header';
import { samePeriodColumnsIssue } from './same-metric-columns';
import { fileBaseName, nameText, unitNameIn, unitNamesIn } from './name-text';
import { COMPARISON_WORDS, cumulativeThrough, CUMULATIVE_WORDS, CURRENT_WORDS, lastMonthOfSpan, lastMonthWords, MONTH_WORDS } from '../vocabulary/relative-period';
import { formatPeriodKey, makePeriod, parsePeriodKey, type PeriodKey } from '../vocabulary/period';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import { subtotalKind } from '../cells/row-label';
import { digit } from '../cells/period-words';
import { DONE_WORDS, TARGET_WORDS } from '../vocabulary/target-words';
import { endsLikeUnit, unitNameInText } from '../vocabulary/place-words';
import { STATE_REMARK } from '../vocabulary/remark-words';

/** The community a title or file name names (name-text.ts), as the readers of one-community tables import it from here. */
export { unitNameIn };

/** What the header and title say about a vertical-form table. */
export interface VerticalForm {
  /** 0-based raw column of the metric names. */
  readonly metric: number;
  /** `项目` merged over two columns (a group merged down the first, each item in the second): the item's column, read before `metric`. */
  readonly item?: number;
  /** Column of this period's values (`本月`, `本期`, `数值`, `3月`). */
  readonly current: number;
  /** Column of the year-to-date values (`累计`, `本年累计`, `1-3月`), -1 when absent. */
  readonly cumulative: number;
  /** Column of each metric's unit (`单位`, `计量单位`: 人, 万元), -1 when absent. */
  readonly measureUnit: number;
  /** The community, from the title row, the 填报单位 line, the sheet or the file name; '' when none names one. */
  readonly unitName: string;
  /** Where the name came from. */
  readonly unitSource: UnitSource | null;
  /** The period the title, sheet or file name gives (the header may name the columns' own). */
  readonly filePeriod?: FilePeriod;
  /** The periods of the current and the year-to-date column (null: none, or the same as current). */
  readonly currentKey?: PeriodKey;
  readonly cumulativeKey?: PeriodKey | null;
  /** The sheet or file is a summary (`合计`, `汇总`, `全街道`) of one-community forms: no community, not read. */
  readonly summarySheet: boolean;
  /** Header names by raw column (for messages). */
  readonly names: ReadonlyMap<number, string>;
  /** The months across after the current column's (`项目 | 1月 | 2月 | 3月`): each column's month. */
  readonly months?: readonly { readonly index: number; readonly key: PeriodKey }[];
}

/** Each metric's unit beside its name (`项目 | 单位 | 本月`): here 单位 is a unit of measure, not a community. */
const MEASURE_UNIT = /^(单位|计量单位|度量单位)$/;
/** Columns with nothing to import: remarks, and a row number before the metric names. */
const NOTE_COLUMN = /^(备注|说明|注|附注)$/;
const ROW_NUMBER = /^(序号|编号|序|No\.?)$/i;
/** A header naming the current column's month (`3月`, `2024年3月`, `三月份`). */
const MONTH_HEADER = /^(?:(\d{4})年)?(\d{1,2}|十[一二]?|[一二三四五六七八九])月份?(?:数|完成|实际)?$/;
/** A header naming the year to date through a month (`1-3月`, `1至3月累计`). */
const RANGE_HEADER = /^(?:(\d{4})年)?(?:1|一)[-~至到—](\d{1,2}|十[一二]?|[二三四五六七八九])月份?(?:累计)?(?:数|完成)?$/;
/** A state remark after a name (`（筹）`): said of the unit, not its name. */
const STATE_REMARK_END = new RegExp(`${STATE_REMARK}$`);
/** A title or file name of a street's summary of the communities' forms (`全街道汇总`, `…统计汇总表`). */
const SUMMARY_TEXT = /汇总|合计|总计|全街道?|全镇|全乡/;


/** Sheet names that name no community (besides those naming nothing: sheetNamesNothing): a kind of form (`报表`, `数据`). */
const NOT_A_UNIT_SHEET = /^(?:数据|报表|统计|明细|填报|月报|季报|年报|原表|副本|草稿|备份|打印|说明|目录|封面|指标|项目)|表$/;

/** A sheet named by a community's short name (`祥福里`): 2 to 8 Chinese characters and nothing else a sheet may be named for. */
export function bareSheetUnit(sheet: string): string | null {
  const name = sheet.trim();
  if (!/^[\u4e00-\u9fff]{2,8}$/.test(name) || NOT_A_UNIT_SHEET.test(name) || sheetNamesNothing(name)) return null;
  return name;
}

/** A sheet that sums the others, named as a total row would be (`合计`, `3月汇总`, `汇总表`, `全街道`), or `总表`. */
export function isSummarySheet(sheet: string): boolean {
  if (/^总表$/.test(sheet.trim())) return true;
  const kind = subtotalKind(sheet.replace(/表\s*$/, ''));
  return kind === 'total' || kind === 'segment';
}

/**
 * Where a one-community table's community is read: where a period is, the 填报单位 line above the header, or the names
 * of its grids' rows (`花园路社区第一网格`, table/grid-rows.ts).
 */
export type UnitSource = FilePeriod['source'] | 'filed-by' | 'part-names';

/** How the report names each place a community's name was read. */
export const UNIT_SOURCE_WORDS: Readonly<Record<UnitSource, { readonly zh: string; readonly en: string }>> = {
  ...SOURCE_WORDS,
  'filed-by': { zh: '填报单位', en: '填报单位 (filed by) line' },
  'part-names': { zh: '各行的名称', en: 'names of the rows' },
};

/** Where a one-community table's community was read (`bare`: the sheet's short name, nothing else naming one). */
export interface NamedUnit {
  readonly source: UnitSource;
  readonly name: string;
  readonly bare: boolean;
  /** The line that named it (a title's, a 填报单位 line's), when known. */
  readonly line?: number;
}

/**
 * The community a one-community table (a vertical form, a months-down sheet) is read as: the first
 * of its title, 填报单位 line (`填报单位（盖章）：祥福里社区居委会`), sheet name and file name that names
 * one (a 小区 only when none names a community or village); when none does, the sheet's own short name as `bareName`
 * allows it (`祥福里`), to be checked.
 * `other` is the first of them naming another community (a form copied from it), said by
 * unitDisagreeIssue; the table is still read.
 */
export function oneTableUnit(
  ctx: { readonly file: string; readonly sheet?: string; readonly caption?: string; readonly captionLine?: number; readonly filedBy?: string; readonly filedByAt?: number; readonly captionedFiler?: string },
  bareName: (sheet: string) => string | null,
): { found?: NamedUnit; other?: NamedUnit } {
  // The 填报单位 line joined to the title for the street it names (above-header.ts) names its community as the filer, not as the title.
  const caption = ctx.captionedFiler !== undefined ? ctx.caption?.replace(ctx.captionedFiler, ' ') : ctx.caption;
  const sources = [['caption', caption, ctx.captionLine], ['filed-by', ctx.filedBy, ctx.filedByAt], ['sheet-name', ctx.sheet, undefined], ['file-name', ctx.file, undefined]] as const;
  // `填报单位：花园路社区、幸福里社区`, a title `花园路社区/幸福里社区2024年3月…`: the second unit after the first is the other
  // one (two units' form, said as such: unitDisagreeIssue).
  const named: NamedUnit[] = sources.flatMap(([source, text, line]) => (text ? unitNamesIn(text, source === 'file-name' ? 'file' : source === 'filed-by' ? 'filer' : 'title') : [])
    .map((name) => ({ source, name, bare: false, ...(line !== undefined && line > 0 ? { line } : {}) })));
  const bare = named.length === 0 && ctx.sheet !== undefined ? bareName(ctx.sheet) : null;
  if (bare !== null) return { found: { source: 'sheet-name', name: bare, bare: true } };
  // A 小区 (`老旧小区改造情况`, `阳光小区`) is the community only when nothing else names a community or village:
  // a title's 小区 is as often what the form is about as the unit, and the area a community lies in.
  // (A numbered committee by its short name, `华江里社区第一`, is a unit's name as `第二居委会` after it is: read whole.)
  const unit = (x: NamedUnit): boolean => endsLikeUnit(x.name.replace(STATE_REMARK_END, ''), false) || unitNameInText(x.name, false) === x.name;
  const found = named.find(unit) ?? named[0];
  if (found === undefined) return {};
  const other = named.find((x) => !sameUnitName(x.name, found.name) && (unit(x) || !unit(found)));
  return other !== undefined ? { found, other } : { found };
}

/** The warning that the title, sheet name or file name name two communities (or the 填报单位 line two), and which one the table is read as. */
export function unitDisagreeIssue(code: string, found: NamedUnit, other: NamedUnit, at: { file: string }): ImportIssue {
  const where = UNIT_SOURCE_WORDS[found.source];
  if (other.source === found.source) {
    const line = found.line;
    return makeIssue('warning', code, line !== undefined ? { ...at, line } : at,
      `${line !== undefined ? `第${line}行的` : ''}${where.zh}写了“${found.name}”和“${other.name}”两个单位，已记为“${found.name}”的数据；一张表只能是一个社区的，如本表是两个单位的合计，请每个社区单独填一张表后重新导入`,
      `${line !== undefined ? `Line ${line}: the` : 'The'} ${where.en} names two units, "${found.name}" and "${other.name}"; recorded as "${found.name}". Fill in one form per community.`);
  }
  return makeIssue('warning', code, at,
    `${UNIT_SOURCE_WORDS[found.source].zh}写的是“${found.name}”，${UNIT_SOURCE_WORDS[other.source].zh}写的是“${other.name}”，已按${UNIT_SOURCE_WORDS[found.source].zh}记为“${found.name}”的数据；如是套用了其他社区的表格，请改正后重新导入`,
    `The ${UNIT_SOURCE_WORDS[found.source].en} names "${found.name}" but the ${UNIT_SOURCE_WORDS[other.source].en} names "${other.name}"; recorded as "${found.name}".`);
}

/**
 * The same community, however its committee is written (`光明社区`, `光明社区居委会`, `光明居委会`; `东姜井村`,
 * `东姜井村委会`, `东姜井村民委员会`) and with a state remark or not (`新城社区（筹）`).
 */
export function sameUnitName(a: string, b: string): boolean {
  const base = (x: string): string => x.replace(STATE_REMARK_END, '')
    .replace(/(?:社区)?(?:居民委员会|居委会?)$/, '社区').replace(/村?(?:村民委员会|村委会?)$/, '村').replace(/委员会$/, '');
  return base(a) === base(b);
}

/**
 * `2024-03` (how a date cell reads: 2024年3月 typed into Excel becomes one), `2024/3`, `2024.03`
 * → `2024年3月`, as MONTH_HEADER reads a month; any other header as it is.
 */
function monthWords(header: string): string {
  const m = /^(\d{4})[-/.](0?[1-9]|1[0-2])$/.exec(header);
  return m === null ? header : `${m[1]}年${Number(m[2])}月`;
}

/** The month a header's numeral names (`3`, `三`, `十一`), or 0. */
function monthNumber(text: string): number {
  const n = digit(text) ?? 0;
  return n >= 1 && n <= 12 ? n : 0;
}

/** What a column right of the metric names holds, from its header (a two-row header's lower cell first). */
interface PeriodRole { readonly role: 'current' | 'cumulative'; readonly month?: number; readonly year?: number; readonly monthWord: boolean }
type ColumnRole = PeriodRole | { readonly role: 'unit' | 'note' | 'comparison' | 'total' | 'target' };

function columnRole(name: string): ColumnRole | null {
  const parts = name.split('/').map((x) => monthWords(x.replace(/\s+/g, '')));
  const word = parts[parts.length - 1]!;
  // `2024年3月 / 本月`: the upper cell names the month of the columns under it.
  const upper = parts.length > 1 ? MONTH_HEADER.exec(parts[0]!) : null;
  const above = upper ? { month: monthNumber(upper[2]!), ...(upper[1] ? { year: Number(upper[1]) } : {}) } : {};
  if (CURRENT_WORDS.test(word)) return { role: 'current', ...above, monthWord: MONTH_WORDS.test(word) };
  if (CUMULATIVE_WORDS.test(word)) {
    const through = /^1-(\d{1,2})月累计$/.exec(word);
    return { role: 'cumulative', ...above, ...(through ? { month: Number(through[1]) } : {}), monthWord: false };
  }
  // `目标值 | 完成值`: what was done is the period's figure; the target and the share done are none.
  if (DONE_WORDS.test(word)) return { role: 'current', ...above, monthWord: false };
  if (TARGET_WORDS.test(word)) return { role: 'target' };
  if (MEASURE_UNIT.test(word)) return { role: 'unit' };
  if (NOTE_COLUMN.test(word) || ROW_NUMBER.test(word)) return { role: 'note' };
  if (COMPARISON_WORDS.test(word)) return { role: 'comparison' };
  if (SUBTOTAL_NAME.test(totalHeader(word))) return { role: 'total' };
  const month = MONTH_HEADER.exec(word);
  if (month && monthNumber(month[2]!) > 0) return { role: 'current', month: monthNumber(month[2]!), ...(month[1] ? { year: Number(month[1]) } : {}), monthWord: false };
  const range = RANGE_HEADER.exec(word);
  if (range && monthNumber(range[2]!) > 0) return { role: 'cumulative', month: monthNumber(range[2]!), ...(range[1] ? { year: Number(range[1]) } : {}), monthWord: false };
  return null;
}

/**
 * Recognises the vertical form from the header: a metric column first (`项目`, `指标`, or a blank
 * corner above metric names; a 序号 column, or a 类别 one grouping its rows, before it is passed over) and then only period-value
 * columns, at least one of them `本月`-like, beside units, remarks and comparisons with another
 * period (上年同期, 同比, not imported). Null when the table has another shape. Issues: where the
 * community and period came from, and where the title, sheet, file name and header disagree.
 */
export function detectVerticalForm(
  columns: readonly HeaderColumn[],
  ctx: { file: string; sheet?: string; periodName?: string; cover?: CoverPeriod; caption?: string; captionLine?: number; filedBy?: string; filedByAt?: number; captionedFiler?: string; headerLine?: number; firstColumn?: readonly string[]; sampleOf?: (column: number) => readonly string[]; streetTotal?: boolean; sumOfUnits?: boolean },
): { form: VerticalForm; issues: ImportIssue[] } | null {
  let k = 0;
  while (k < columns.length - 2 && (ROW_NUMBER.test(columns[k]!.name.replace(/\s+/g, '')) || groupsMetricRows(columns[k]!.name, columns[k + 1]!.name))) k++;
  if (columns.length - k < 2) return null;
  const first = columns[k]!;
  // 项目 over two columns (就业 merged down beside 再就业人数, 新增就业人数; 低保户数 across both): the second holds each item.
  const item = itemColumnAfter(columns, k, ctx.sampleOf);
  const rest = columns.slice(item >= 0 ? k + 2 : k + 1);
  const firstCells = isNamelessName(first.name) ? (k === 0 ? ctx.firstColumn : ctx.sampleOf?.(first.index)) ?? [] : [];
  const firstIsMetric = matchDimensionHeader(first.name) === 'metric' || firstCells.some((c) => matchMetricHeader(c).metricId !== null);
  // Items the catalogue does not know under a blank corner are a form's only where a title or name gives its community (below).
  const itemWords = !firstIsMetric && namesItems(firstCells);
  if (!firstIsMetric && !itemWords) return null;
  let current = -1;
  let cumulative = -1;
  let measureUnit = -1;
  let currentRole: PeriodRole | null = null;
  let cumulativeRole: PeriodRole | null = null;
  const comparisons: HeaderColumn[] = [];
  const targets: HeaderColumn[] = [];
  // `项目 | 1月 | 2月 | 3月 | 合计`: one community's months across (read as the first month's column is), and their total.
  const more: { index: number; role: PeriodRole }[] = [];
  const totals: HeaderColumn[] = [];
  // `项目 | 本月 | 本月 | 累计` (the second 本月 renamed `本月 (2)`): one period twice, its numbers merging or
  // conflicting. Only beside the first: 本月 | 累计 | 本月 | 累计 is each community's pair of a transposed table.
  const twice: { column: HeaderColumn; of: 'current' | 'cumulative' }[] = [];
  for (const c of rest) {
    const r = columnRole(headerAsWritten(c.name));
    if (r === null) return null;
    if (r.role === 'current' && current < 0) { current = c.index; currentRole = r; } else if (r.role === 'current' && r.month !== undefined && currentRole?.month !== undefined) more.push({ index: c.index, role: r });
    else if (r.role === 'current' && c.index === current + 1 && r.month === currentRole?.month && r.year === currentRole?.year) twice.push({ column: c, of: 'current' });
    else if (r.role === 'cumulative' && cumulative >= 0 && c.index === cumulative + 1 && r.month === cumulativeRole?.month && r.year === cumulativeRole?.year) twice.push({ column: c, of: 'cumulative' });
    else if (r.role === 'total') totals.push(c);
    else if (r.role === 'cumulative' && cumulative < 0) { cumulative = c.index; cumulativeRole = r; } else if (r.role === 'unit' && measureUnit < 0) measureUnit = c.index;
    else if (r.role === 'comparison') comparisons.push(c);
    else if (r.role === 'target') targets.push(c);
    else if (r.role !== 'note') return null;
  }
  if (current < 0 || (totals.length > 0 && more.length === 0)) return null;
  const names = new Map(columns.map((c) => [c.index, c.name]));
  const at = { file: ctx.file };
  // A note on a header cell points at the header's line; the rest are about the whole sheet.
  const head = ctx.headerLine !== undefined && ctx.headerLine > 0 ? { ...at, line: ctx.headerLine } : at;
  // (A sheet named for the street beside the community sheets sums them too: read-workbook-file.ts says so as sumOfUnits.)
  const summary = ctx.sheet !== undefined ? isSummarySheet(ctx.sheet) || ctx.sumOfUnits === true : false;
  // Read only to check it against the community sheets (summary-sheet-check.ts), a 汇总 form is the street's.
  const checked = summary && ctx.streetTotal === true;
  const { found, other } = checked ? { found: { source: 'sheet-name', name: ctx.sheet!.trim(), bare: false } as const, other: undefined }
    : summary ? {} : oneTableUnit(ctx, bareSheetUnit);
  if (itemWords && (summary || found === undefined || found.bare)) return null;
  // A street's summary form (`全街道汇总`, `…统计汇总表`) names no community: it is not one.
  if ((summary && !checked) || (found === undefined && [ctx.caption, ctx.file].some((t) => t !== undefined && SUMMARY_TEXT.test(nameText(t))))) {
    const what = ctx.sheet !== undefined && summary ? `工作表“${ctx.sheet}”` : '该表';
    return {
      form: { metric: first.index, current, cumulative, measureUnit, unitName: '', unitSource: null, summarySheet: true, names },
      issues: [makeIssue('info', 'summary-sheet', at,
        `${what}是各社区竖表的汇总表，不是一个社区，未导入；各社区以各自的表为准`,
        `${ctx.sheet !== undefined && summary ? `Sheet "${ctx.sheet}"` : 'This table'} sums the one-community forms; it is not a community and was not imported.`)],
    };
  }
  const issues: ImportIssue[] = [];
  const filePeriod = filePeriodOf(ctx.caption, ctx.file, ctx.periodName ?? ctx.sheet, issues, at, ctx.captionLine, ctx.cover, ctx.periodName !== undefined);
  const unitName = found?.name ?? '';
  const unitSource = found?.source ?? null;
  if (found) {
    issues.push(found.bare
      ? makeIssue('warning', 'vertical-unit-from-sheet', at,
        `表格形式：单个社区竖表（指标在行）；标题和文件名中没有社区名称，已把工作表名“${unitName}”当作社区名称，请核对（工作表名写全称，如“${unitName}社区”，可免去此提示）`,
        `One community's vertical form; no community is named in the title or file name, so the sheet name "${unitName}" is taken as the community.`)
      : makeIssue('info', 'vertical-form', at,
        `表格形式：单个社区竖表（指标在行），社区“${unitName}”取自${UNIT_SOURCE_WORDS[found.source].zh}`,
        `Table shape: one community's vertical form; the community "${unitName}" comes from the ${UNIT_SOURCE_WORDS[found.source].en}.`));
    if (other) issues.push(unitDisagreeIssue('vertical-unit-disagree', found, other, at));
  } else {
    issues.push(makeIssue('error', 'vertical-no-unit', at,
      `这是单个社区的竖表（项目｜本月），但标题${ctx.sheet !== undefined ? '、工作表名' : ''}和文件名中都没有社区名称（名称要以“社区”“村”或“居委会”结尾）。请把社区名写进${ctx.sheet !== undefined ? '工作表名（如“东湖社区”）、' : ''}文件名（如“东湖社区-2024年3月.xlsx”）或标题行后重新导入`,
      'A one-community vertical form, but neither the title nor the file name names the community; put it in the file name.'));
  }
  const periods = columnPeriods(currentRole!, cumulativeRole, filePeriod, names.get(current) ?? '', at, issues);
  if (periods === null && filePeriod?.yearOnly) {
    issues.push(noPeriodIssue({ ...ctx, sheet: ctx.periodName ?? ctx.sheet }, filePeriod, issues, at));
  } else if (periods === null) {
    // `西湖社区-3月.xlsx`: the month is there, the year is not.
    const yearless = [ctx.caption, ctx.sheet, fileBaseName(ctx.file)].map((t) => (t ? YEARLESS.exec(t)?.[0] : undefined)).find((x) => x !== undefined);
    issues.push(makeIssue('error', 'no-period', at,
      yearless !== undefined
        ? `期间“${yearless}”没有年份。请在标题、工作表名或文件名中写明年份，如“${unitName || '东湖社区'}-2024年${yearless}.xlsx”`
        : '找不到统计期间。请把期间写进标题、工作表名或文件名，如“东湖社区-2024年3月.xlsx”',
      yearless !== undefined ? `The period "${yearless}" has no year; write the year in the title, sheet or file name.` : 'No period found: put it in the title, the sheet name or the file name.'));
  } else if (filePeriod) {
    issues.push(periodSourceNote(filePeriod, at));
  }
  if (totals.length > 0) {
    issues.push(makeIssue('info', 'vertical-total-column', { ...head, column: totals[0]!.index + 1, columnName: totals[0]!.name },
      `${totals.map((c) => `“${c.name}”`).join('、')}列是各月之和，未单独导入（各月已分别导入）`,
      `${totals.map((c) => `"${c.name}"`).join(', ')}: the sum of the months; not imported.`));
  }
  const year = periods !== null ? parsePeriodKey(periods.current)?.year : undefined;
  const months = year !== undefined ? more.map((m) => ({ index: m.index, key: formatPeriodKey(makePeriod(m.role.year ?? year, 'M', m.role.month!)) })) : [];
  for (const { column, of } of twice) {
    const key = of === 'current' ? periods?.current : periods?.cumulative;
    // A second 累计 in a whole year's form is that year, as the first is: not imported, said as for it.
    if (key === null && periods !== null) issues.push(cumulativeSkippedIssue(at, column.index, column.name, periods.current));
    if (key === undefined || key === null) continue;
    months.push({ index: column.index, key });
    issues.push(samePeriodColumnsIssue(columns.find((c) => c.index === (of === 'current' ? current : cumulative))!, column, key, undefined, head));
  }
  if (comparisons.length > 0) {
    const list = comparisons.map((c) => `“${c.name}”`).join('、');
    issues.push(makeIssue('info', 'comparison-column', { ...head, column: comparisons[0]!.index + 1, columnName: comparisons[0]!.name },
      `${list}列是与上年同期或上一期的比较，不是本期的数值，未导入；本工具按期间自行比较（要比较上年，请一并导入上年的报表）`,
      `${comparisons.map((c) => `"${c.name}"`).join(', ')}: comparisons with another period; not imported.`));
  }
  if (targets.length > 0) {
    issues.push(makeIssue('info', 'target-column', { ...head, column: targets[0]!.index + 1, columnName: targets[0]!.name },
      `${targets.map((c) => `“${c.name}”`).join('、')}列是目标任务或完成进度，不是本期的统计数，未导入`,
      `${targets.map((c) => `"${c.name}"`).join(', ')}: targets or the share of them done, not figures of the period; not imported.`));
  }
  return {
    form: {
      metric: first.index, ...(item >= 0 ? { item } : {}), current, cumulative, measureUnit, unitName, unitSource, summarySheet: false, names,
      ...(filePeriod ? { filePeriod } : {}), ...(periods ? { currentKey: periods.current, cumulativeKey: periods.cumulative } : {}),
      ...(months.length > 0 ? { months } : {}),
    },
    issues,
  };
}

/** The note at a 累计 column of a form whose period is a whole year (`current`): the same as the period, not imported. */
export function cumulativeSkippedIssue(at: { file: string }, column: number, name: string, current: PeriodKey): ImportIssue {
  return makeIssue('info', 'vertical-cumulative-skipped', { ...at, column: column + 1, columnName: name },
    `期间是全年（${formatPeriodLabel(current, 'zh')}），“${name}”列与本期相同，未单独导入`,
    'The period is a whole year; the year-to-date column was not imported separately.');
}

/**
 * The periods of the current and year-to-date columns: a month the header names (`3月`,
 * `2024年3月 / 本月`, `1-3月`), in the year the title, sheet or file name gives; else that period,
 * whose last month a `本月` column is when it spans several (`2024年第一季度` over 本月 | 累计).
 * Null when no year is known.
 */
function columnPeriods(
  cur: PeriodRole, cum: PeriodRole | null, filePeriod: FilePeriod | undefined,
  currentName: string, at: { file: string }, issues: ImportIssue[],
): { current: PeriodKey; cumulative: PeriodKey | null } | null {
  const p = filePeriod ? parsePeriodKey(filePeriod.key) : null;
  const year = cur.year ?? cum?.year ?? p?.year;
  if (year === undefined) return null;
  let current: PeriodKey;
  if (cur.month !== undefined) {
    current = formatPeriodKey(makePeriod(year, 'M', cur.month));
    if (filePeriod && p && p.granularity === 'M' && filePeriod.key !== current) {
      issues.push(makeIssue('warning', 'vertical-period-disagree', at,
        `表头“${currentName}”是${formatPeriodLabel(current, 'zh')}，${SOURCE_WORDS[filePeriod.source].zh}写的是${formatPeriodLabel(filePeriod.key, 'zh')}，已按表头记录；请核对哪一个正确`,
        `The header "${currentName}" is ${formatPeriodLabel(current, 'en')} but the ${SOURCE_WORDS[filePeriod.source].en} says ${formatPeriodLabel(filePeriod.key, 'en')}; the header is used.`));
    }
  } else if (filePeriod && cur.monthWord && lastMonthOfSpan(filePeriod.key) !== null) {
    current = lastMonthOfSpan(filePeriod.key)!;
    issues.push(makeIssue('info', 'vertical-month-of-period', at,
      `${lastMonthWords(currentName, current, filePeriod.key)}记录`,
      `The ${SOURCE_WORDS[filePeriod.source].en} says ${formatPeriodLabel(filePeriod.key, 'en')}; the "${currentName}" column is read as its last month.`));
  } else if (filePeriod && !filePeriod.yearOnly) current = filePeriod.key;
  else return null; // (a 月报 naming only its year has no month to give 本月)
  const cumulative = cum?.month !== undefined ? formatPeriodKey(makePeriod(year, 'C', cum.month)) : cumulativeThrough(current);
  return { current, cumulative };
}
