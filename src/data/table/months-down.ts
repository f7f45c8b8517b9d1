/**
 * A table with a period column and metric columns but no 社区 column: one community's sheet with
 * the months down (`月份 | 再就业人数 | 注册志愿者`). The community is the one its title, sheet name
 * or file name names, by the vertical form's rule (vertical-form.ts oneTableUnit); every row is read
 * as that community's. Two names that disagree are warned, the table read as the first; none refuses it.
 */
import type { ImportIssue } from '../report/import-report';
import { rowKind } from '../cells/row-label';
import { makeIssue } from '../report/make-issue';
import { findMetricInText } from '../vocabulary/metric-aliases';
import { bareSheetUnit, isSummarySheet, oneTableUnit, unitDisagreeIssue, UNIT_SOURCE_WORDS, type UnitSource } from './vertical-form';

/** The community every row of a months-down table is, and where its name was read. */
export interface FixedUnit {
  readonly name: string;
  readonly source: UnitSource;
}

type NameCtx = {
  readonly file: string; readonly sheet?: string; readonly caption?: string; readonly filedBy?: string; readonly filedByAt?: number; readonly captionLine?: number; readonly captionedFiler?: string;
  /** A 汇总 sheet read only to check it against the community sheets (summary-sheet-check.ts): its months are the street's. */
  readonly streetTotal?: boolean;
};

/** A sheet named by a community's short name (`祥福里`), not by a total (`汇总`) nor a metric (`再就业人数`), or null. */
export function bareUnitSheet(sheet: string | undefined): string | null {
  if (sheet === undefined || isSummarySheet(sheet)) return null;
  const name = bareSheetUnit(sheet);
  return name !== null && findMetricInText(name) === null ? name : null;
}

/**
 * The community of a table with no 社区 column whose rows are periods (`periodName`: its period
 * column's header), with the info saying so; else null with the error refusing the table.
 */
export function monthsDownUnit(periodName: string | undefined, at: { file: string }, ctx: NameCtx, issues: ImportIssue[]): FixedUnit | null {
  // The street's months on a summary sheet are read, without a word, as one unit named as the sheet.
  if (ctx.streetTotal === true && periodName !== undefined && ctx.sheet !== undefined && isSummarySheet(ctx.sheet)) return { name: ctx.sheet.trim(), source: 'sheet-name' };
  // A 汇总 sheet names the street's total, not a community. The rest as a vertical form's (oneTableUnit):
  // the title's name, else the sheet's, else the file's; a sheet named `祥福里` when nothing else names one.
  const summary = ctx.sheet !== undefined && isSummarySheet(ctx.sheet);
  const { found, other } = periodName !== undefined && !summary ? oneTableUnit(ctx, bareUnitSheet) : {};
  if (found?.bare === true) {
    issues.push(makeIssue('warning', 'months-down-unit-from-sheet', at,
      `表格形式：单个社区的月度表（“${periodName}”在行、指标在列），没有社区列；标题和文件名中没有社区名称，已把工作表名“${found.name}”当作社区名称，各行按它的数据导入，请核对（工作表名写全称，如“${found.name}社区”，可免去此提示）`,
      `One unit's table with the periods down the "${periodName}" column and no unit column; no unit is named in the title or file name, so the sheet name "${found.name}" is taken as the unit.`));
    return { name: found.name, source: found.source };
  }
  if (found !== undefined) {
    const { name, source } = found;
    issues.push(makeIssue('info', 'months-down-unit', at,
      `表格形式：单个社区的月度表（“${periodName}”在行、指标在列），没有社区列：各行按“${name}”的数据导入，社区名称取自${UNIT_SOURCE_WORDS[source].zh}`,
      `One unit's table with the periods down the "${periodName}" column and no unit column: every row is read as "${name}" (from the ${UNIT_SOURCE_WORDS[source].en}).`));
    // Two names (a community's sheet copied from another's, its title left): read as the first, said.
    if (other !== undefined) issues.push(unitDisagreeIssue('months-down-unit-disagree', found, other, at));
    return { name, source };
  }
  issues.push(makeIssue('error', 'no-unit-column', at,
    '找不到社区/单位名称列。请让表头包含“社区”“单位名称”或“村”等列名后重新导入',
    'No unit-name column found; add a header such as 社区 or 单位名称.'));
  return null;
}

/**
 * The rows of a table's sample (`sampleOf`: each column's first data cells) that are footers
 * (填表人：王芳 | 审核人：刘强, 填报日期：…), by their index in the sample: no row of data.
 */
export function footerSampleRows(columns: readonly { readonly index: number }[], sampleOf: (column: number) => readonly string[]): Set<number> {
  const cells = columns.map((c) => sampleOf(c.index));
  const rows = Math.max(0, ...cells.map((x) => x.length));
  const out = new Set<number>();
  for (let r = 0; r < rows; r++) {
    if (rowKind({ cells: cells.map((x) => x[r] ?? ''), unit: '', parent: '', district: '' }) === 'footer') out.add(r);
  }
  return out;
}
