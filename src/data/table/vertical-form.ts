/**
 * The vertical form: one community per workbook (or file), metrics down the first column and the
 * period's value across (`项目 | 本月 | 累计`), the community named in the title row or the file name
 * (`东湖社区2024年3月主要指标`, `东湖社区-2024年3月.xlsx`) or, in a workbook, the sheet name. It is not a transposed table: its columns
 * are periods of one unit, not units, so it is its own small shape, read by read-vertical.ts.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { matchDimensionHeader, matchMetricHeader } from '../vocabulary/metric-aliases';
import { filePeriodOf, periodSourceNote, SOURCE_WORDS, type FilePeriod } from './file-period';
import type { HeaderColumn } from './find-header';
import { nameText } from './name-text';
import { CUMULATIVE_WORDS, CURRENT_WORDS } from '../vocabulary/relative-period';
import { subtotalKind } from '../records/subtotal-check';

/** What the header and title say about a vertical-form table. */
export interface VerticalForm {
  /** 0-based raw column of the metric names. */
  readonly metric: number;
  /** Column of this period's values (`本月`, `本期`, `数值`). */
  readonly current: number;
  /** Column of the year-to-date values (`累计`, `本年累计`), -1 when absent. */
  readonly cumulative: number;
  /** Column of each metric's unit (`单位`, `计量单位`: 人, 万元), -1 when absent. */
  readonly measureUnit: number;
  /** The community, from the title row or the file name; '' when neither names one. */
  readonly unitName: string;
  /** Where the name came from. */
  readonly unitSource: 'caption' | 'sheet-name' | 'file-name' | null;
  readonly filePeriod?: FilePeriod;
  /** The sheet is a summary (`合计`, `汇总`, `全街道`) among one-community sheets: no community, not read. */
  readonly summarySheet: boolean;
  /** Header names by raw column (for messages). */
  readonly names: ReadonlyMap<number, string>;
}

/** Each metric's unit beside its name (`项目 | 单位 | 本月`): here 单位 is a unit of measure, not a community. */
const MEASURE_UNIT = /^(单位|计量单位|度量单位)$/;
const UNIT_NAME = /([\u3400-\u9fff0-9A-Za-z·（）()]{1,20}?(?:社区居委会|社区居民委员会|村民委员会|社区|村委会|居委会|村))/;

/** Words for all the communities (`各社区`, `全部村`, `辖区社区`): they name none of them. */
const ALL_UNITS = /^(?:各|各个|全部|所有|全体|全|辖区|辖区内|下属|本街|本镇)(?:[（(]?(?:社区|村)[)）]?)*(?:居委会|村委会)?$/;

/** A sheet that sums the others, named as a total row would be (`合计`, `3月汇总`, `汇总表`, `全街道`). */
function isSummarySheet(sheet: string): boolean {
  const kind = subtotalKind(sheet.replace(/表\s*$/, ''));
  return kind === 'total' || kind === 'segment';
}

/** The community named in a title or a file name (period and words like 主要指标 removed), or ''. */
export function unitNameIn(text: string): string {
  const base = nameText(text);
  const m = UNIT_NAME.exec(base.replace(/\s+/g, ' '));
  const name = m ? m[1]!.replace(/^(?:关于|附件\d*[:：]?)/, '').trim() : '';
  return ALL_UNITS.test(name) || ALL_UNITS.test(name.replace(/^.*?(?=各|全部|所有|辖区)/, '')) ? '' : name;
}

/**
 * Recognises the vertical form from the header: a metric column first (`项目`, `指标`, or a blank
 * corner above metric names) and then only period-value columns, at least one of them `本月`-like.
 * Null when the table has another shape. Issues: where the community and period came from.
 */
export function detectVerticalForm(
  columns: readonly HeaderColumn[],
  ctx: { file: string; sheet?: string; caption?: string; firstColumn?: readonly string[] },
): { form: VerticalForm; issues: ImportIssue[] } | null {
  if (columns.length < 2) return null;
  const [first, ...rest] = columns as [HeaderColumn, ...HeaderColumn[]];
  const firstIsMetric = matchDimensionHeader(first.name) === 'metric'
    || (/^列[A-Z]+$/.test(first.name) && (ctx.firstColumn ?? []).some((c) => matchMetricHeader(c).metricId !== null));
  if (!firstIsMetric) return null;
  let current = -1;
  let cumulative = -1;
  let measureUnit = -1;
  for (const c of rest) {
    const name = c.name.replace(/\s+/g, '');
    if (CURRENT_WORDS.test(name) && current < 0) current = c.index;
    else if (CUMULATIVE_WORDS.test(name) && cumulative < 0) cumulative = c.index;
    else if (MEASURE_UNIT.test(name) && measureUnit < 0) measureUnit = c.index;
    else if (!/^(备注|说明|注)$/.test(name)) return null;
  }
  if (current < 0) return null;
  const names = new Map(columns.map((c) => [c.index, c.name]));
  if (ctx.sheet !== undefined && isSummarySheet(ctx.sheet)) {
    return {
      form: { metric: first.index, current, cumulative, measureUnit, unitName: '', unitSource: null, summarySheet: true, names },
      issues: [makeIssue('info', 'summary-sheet', { file: ctx.file },
        `工作表“${ctx.sheet}”是单社区竖表的汇总表，不是一个社区，未导入；各社区以各自的工作表为准`,
        `Sheet "${ctx.sheet}" sums the one-community sheets; it is not a community and was not imported.`)],
    };
  }
  const sources = [['caption', ctx.caption], ['sheet-name', ctx.sheet], ['file-name', ctx.file]] as const;
  const found = sources.map(([source, text]) => ({ source, name: text ? unitNameIn(text) : '' })).find((x) => x.name !== '');
  const unitName = found?.name ?? '';
  const unitSource = found?.source ?? null;
  const filePeriod = filePeriodOf(ctx.caption, ctx.file, ctx.sheet);
  const issues: ImportIssue[] = [];
  const at = { file: ctx.file };
  if (unitName) {
    issues.push(makeIssue('info', 'vertical-form', at,
      `表格形式：单个社区竖表（指标在行），社区“${unitName}”取自${SOURCE_WORDS[unitSource!].zh}`,
      `Table shape: one community's vertical form; the community "${unitName}" comes from the ${SOURCE_WORDS[unitSource!].en}.`));
  } else {
    issues.push(makeIssue('error', 'vertical-no-unit', at,
      '这是单个社区的竖表（项目｜本月），但标题和文件名中都没有社区名称。请把社区名写进文件名（如“东湖社区-2024年3月.xlsx”）或标题行后重新导入',
      'A one-community vertical form, but neither the title nor the file name names the community; put it in the file name.'));
  }
  if (!filePeriod) {
    issues.push(makeIssue('error', 'no-period', at,
      '找不到统计期间。请把期间写进标题、工作表名或文件名，如“东湖社区-2024年3月.xlsx”',
      'No period found: put it in the title, the sheet name or the file name.'));
  } else {
    issues.push(periodSourceNote(filePeriod, at));
  }
  return {
    form: { metric: first.index, current, cumulative, measureUnit, unitName, unitSource, summarySheet: false, names, ...(filePeriod ? { filePeriod } : {}) },
    issues,
  };
}
