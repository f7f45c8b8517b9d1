/**
 * Periods across the top (`社区 | 1月 | 2月 | 3月`, one-metric-columns.ts) compared with the period
 * the sheet name, title or file name gives the table.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import { monthRange, parsePeriodKey, periodWithin, type PeriodKey } from '../vocabulary/period';
import { SOURCE_WORDS, type FilePeriod } from './file-period';

/** The period columns of a table: each header's period and its column. */
interface AcrossPeriods {
  readonly periods: readonly { readonly key: PeriodKey; readonly column: { readonly index: number; readonly name: string } }[];
}

/**
 * Warning: periods across the top outside the period the sheet name, title or file name gives
 * (a `二季度` sheet copied from `一季度` whose 1月 2月 3月 headers were not changed), as a period
 * column's cells are (read-cells.ts); the columns are read as they say. A year alone (`2024年月报`)
 * gives only the year, and is not compared.
 */
export function outsideIssue(across: AcrossPeriods, file: FilePeriod | undefined, at: { file: string; line: number }): ImportIssue[] {
  if (file === undefined || file.yearOnly) return [];
  const out = across.periods.filter((p) => !periodWithin(p.key, file.key));
  if (out.length === 0 || yearToDate(across, file.key)) return [];
  const first = out[0]!.column;
  const names = out.map((p) => p.column.name).join('、');
  const { zh: from, en: fromEn } = SOURCE_WORDS[file.source];
  return [makeIssue('warning', 'period-disagree', { ...at, column: first.index + 1, columnName: first.name },
    `列名中的期间（${names}）不在${from}的期间${formatPeriodLabel(file.key, 'zh')}之内，已按列名统计；如是复制表格后没有改列名，请改正${from}或列名后重新导入`,
    `The period headers ${out.map((p) => p.column.name).join(', ')} are outside the ${fromEn} period ${formatPeriodLabel(file.key, 'en')}; read as the headers say.`)];
}

/**
 * A month's table (`2024年3月.xlsx`) whose columns are its year's months up to it, its own among
 * them (1月 2月 3月): the year to date, as a month's report often shows it, no disagreement. Without
 * its own month (1月 2月: a leftover February table) or with a later one, it is still said.
 */
function yearToDate(across: AcrossPeriods, file: PeriodKey): boolean {
  const month = parsePeriodKey(file);
  if (month === null || month.granularity !== 'M') return false;
  const [, end] = monthRange(month);
  return across.periods.some((p) => p.key === file) && across.periods.every((p) => {
    const q = parsePeriodKey(p.key);
    return q !== null && q.year === month.year && monthRange(q)[1] <= end;
  });
}

