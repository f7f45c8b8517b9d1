/**
 * The issues of a workbook's sheets, rewritten once every sheet is read: a sheet that took its
 * period from the file name beside sheets named for theirs, a community sheet titled for another
 * period than its siblings, a sheet of streets only beside sheets that were read; and each issue's
 * sheet label (`文件.xlsx › 3月`) parted into its file and sheet for the report.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import type { FilePeriod } from '../table/file-period';
import { unitNameIn } from '../table/vertical-form';
import { bareUnitSheet } from '../table/months-down';
import { streetsOnlySheetIssue } from '../table/streets-only';
import { parsePeriodKey } from '../vocabulary/period';
import { formatPeriodLabel } from '../vocabulary/format-period-label';

/**
 * In a workbook whose sheets are named for their periods (`3月`, `2024.4`), a sheet that took its
 * period from the file name (or the cover sheet) instead (a leftover `Sheet1 (2)` under
 * `2024年社区月报.xlsx`, read as the whole year) is said in a warning, not only noted: issues[from..]
 * are the workbook's.
 */
export function flagSheetsWithoutPeriod(
  issues: ImportIssue[], from: number, sheets: readonly { label: string; sheet: string; filePeriod?: FilePeriod }[],
): void {
  if (!sheets.some((s) => s.filePeriod?.source === 'sheet-name')) return;
  for (let k = from; k < issues.length; k++) {
    const i = issues[k]!;
    // The note a table without a period column gets when the file name (or the cover sheet) gives its period.
    const sheet = i.code === 'period-from-file-name' || i.code === 'period-from-cover' ? sheets.find((s) => s.label === i.file) : undefined;
    if (sheet?.filePeriod === undefined) continue;
    const { key, coverSheet } = sheet.filePeriod;
    const whole = parsePeriodKey(key)?.granularity === 'Y' ? '（全年）' : '';
    const label = formatPeriodLabel(key, 'zh');
    const [from, fromEn] = coverSheet !== undefined ? [`封面工作表“${coverSheet}”`, `cover sheet "${coverSheet}"`] : ['文件名', 'file name'];
    issues[k] = makeIssue('warning', i.code, { file: i.file },
      `工作表“${sheet.sheet}”的名称和标题中没有统计期间（其他工作表按名称各为一期），已按${from}取为${label}${whole}；如是多余的副本，请删除该工作表后重新导入`,
      `Sheet "${sheet.sheet}" names no period (the other sheets are named for theirs); the ${fromEn}'s ${formatPeriodLabel(key, 'en')} is used. Delete the sheet if it is a leftover copy.`);
  }
}

/**
 * In a workbook of a sheet per community (祥福里社区, 红星里), every sheet is one period's form: one
 * whose title names another period than the others' (a sheet copied from last month's workbook,
 * its title not changed) is read by its title, and said in a warning at it. With as many sheets of
 * each, the earlier period is taken to be the stale one.
 */
export function flagUnitSheetPeriods(issues: ImportIssue[], sheets: readonly { label: string; sheet: string; filePeriod?: FilePeriod }[]): void {
  const titled = sheets.filter((s) => s.filePeriod?.source === 'caption' && (unitNameIn(s.sheet.trim(), false) !== '' || bareUnitSheet(s.sheet) !== null));
  const count = new Map<string, number>();
  for (const s of titled) count.set(s.filePeriod!.key, (count.get(s.filePeriod!.key) ?? 0) + 1);
  if (count.size < 2) return;
  const [usual] = [...count].sort(([a, m], [b, n]) => n - m || b.localeCompare(a))[0]!;
  const others = titled.filter((s) => s.filePeriod!.key === usual).map((s) => s.sheet.trim());
  const named = `${others.slice(0, 2).join('、')}${others.length > 2 ? '等' : ''}`;
  for (const s of titled.filter((t) => t.filePeriod!.key !== usual)) {
    const own = formatPeriodLabel(s.filePeriod!.key, 'zh');
    issues.push(makeIssue('warning', 'period-sheets-differ', { file: s.label },
      `工作表“${s.sheet.trim()}”标题中的期间是${own}，而本工作簿其他社区的工作表（${named}）是${formatPeriodLabel(usual, 'zh')}，已按其标题导入为${own}；如是沿用了另一期的表格而没有改标题，请改正后重新导入`,
      `Sheet "${s.sheet.trim()}" is titled for ${formatPeriodLabel(s.filePeriod!.key, 'en')}, the workbook's other community sheets for ${formatPeriodLabel(usual, 'en')}; read by its title. Correct the title if it was copied from another period.`));
  }
}

/**
 * A sheet of streets only (streets-only-table) is refused alone; beside sheets whose tables were
 * read (`shaped`) it is left out with a warning instead (streetsOnlySheetIssue, naming the
 * `streetsOnly` its reading found).
 */
export function skipStreetsOnlySheets(
  issues: ImportIssue[], from: number, sheets: readonly { label: string; sheet: string; shaped: boolean; streetsOnly?: readonly string[] }[],
): void {
  if (!sheets.some((s) => s.shaped)) return;
  for (let k = from; k < issues.length; k++) {
    const i = issues[k]!;
    const sheet = i.code === 'streets-only-table' ? sheets.find((s) => s.label === i.file) : undefined;
    if (sheet?.streetsOnly !== undefined) issues[k] = streetsOnlySheetIssue(sheet.streetsOnly, sheet.sheet, { file: i.file });
  }
}

/** An issue whose `file` is a sheet label (`文件.xlsx › 3月`) names the file and the sheet apart. */
export function withSheet(i: ImportIssue, places: ReadonlyMap<string, { file: string; sheet: string }>): ImportIssue {
  const place = places.get(i.file);
  if (!place) return i;
  const { severity, code, line, column, columnName, message, messageEn } = i;
  return { severity, code, file: place.file, sheet: place.sheet, line, column, ...(columnName !== undefined ? { columnName } : {}), message, messageEn };
}

