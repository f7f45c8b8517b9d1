/**
 * Checks of a table's header names before their columns are read as metrics (for detect-shape.ts): a
 * header that is an Excel error value (`#REF!`) names nothing and its column is left out; a header that
 * is a bare number (`1`, `2`) is read under that name, with a warning.
 */
import type { MeasureColumn } from './measure-column';
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { isExcelErrorText } from '../cells/missing-value-texts';
import type { HeaderColumn } from './find-header';

/**
 * The columns but those headed by an Excel error value (a header formula `=汇总!B1` whose sheet was
 * deleted shows #REF!): they name no metric, period or (across a transposed table) community, and
 * are left out with a warning each.
 */
export function withoutErrorHeaders(
  columns: readonly HeaderColumn[], at: { file: string }, issues: ImportIssue[], names: 'metric' | 'unit' = 'metric',
): readonly HeaderColumn[] {
  const bad = columns.filter((c) => isExcelErrorText(c.name.trim()));
  const [zh, en] = names === 'unit' ? ['社区', 'unit'] : ['指标', 'metric'];
  for (const c of bad) {
    const name = c.name.trim();
    issues.push(makeIssue('warning', 'header-error', { ...at, column: c.index + 1, columnName: c.name },
      `第${c.index + 1}列的列名是Excel错误值“${name}”（表头单元格的公式出错，如引用的工作表或单元格已删除），看不出是哪个${zh}的数值，未导入；请在Excel中把列名改为${zh}名称${names === 'metric' ? '或期间' : ''}后重新导入`,
      `Column ${c.index + 1}'s header is the Excel error "${name}" (its formula failed): which ${en} it holds is unknown, not imported. Write the ${en}'s name in Excel.`));
  }
  return bad.length === 0 ? columns : columns.filter((c) => !bad.includes(c));
}

/** A header that is only a number (`1`, `2`, `3`): a month without its 月, a 序号, never a metric's name. */
const NUMBER_HEADER = /^\d+(?:\.\d+)?$/;

/** Metric columns named by a bare number are imported under that name, with a warning naming them (once per table). */
export function numberHeaders(measures: readonly MeasureColumn[], issues: ImportIssue[], at: { file: string }): void {
  const bare = measures.filter((m) => m.period === undefined && NUMBER_HEADER.test(m.name.trim()));
  if (bare.length === 0) return;
  const list = bare.slice(0, 6).map((m) => `“${m.name}”`).join('') + (bare.length > 6 ? '等' : '');
  issues.push(makeIssue('warning', 'header-number', { ...at, column: bare[0]!.index + 1, columnName: bare[0]!.name },
    `列名${list}是数字，不是指标名称，已按名为${list}的指标导入，请核对：如是月份，请写成“1月”“2月”；如是其他指标，请写明指标名称后重新导入`,
    `Headers ${bare.map((m) => `"${m.name}"`).join(', ')} are bare numbers, not metric names; imported as metrics of those names. Write months as 1月, 2月.`));
}
