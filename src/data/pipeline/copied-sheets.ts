/**
 * Sheets named as Excel names a copy of another sheet beside them (`3月 (2)`, `Sheet1 (2)`), said once
 * every sheet of the workbook is read and its period known.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import type { FilePeriod } from '../table/file-period';

/**
 * A sheet named as Excel names a copy (`3月 (2)`, `Sheet1 (2)`) beside the sheet it copies, read for the
 * same period, is said at the copy: its rows merge with the other's or conflict. One read for another
 * period (`Sheet1 (2)` titled 2024年2月 beside `Sheet1` titled 2024年3月: the clerk's next month, made
 * by copying) is a table of its own and not said; nor is one that found no period (its own error says so).
 */
export function flagCopiedSheets(issues: ImportIssue[], sheets: readonly { name: string; sheet: string; copyOf?: string; filePeriod?: FilePeriod }[]): void {
  for (const s of sheets) {
    const original = s.copyOf === undefined ? undefined : sheets.find((t) => t.sheet.trim() === s.copyOf);
    if (original === undefined || original.filePeriod?.key !== s.filePeriod?.key) continue;
    issues.push(makeIssue('warning', 'sheet-copy', { file: s.name, sheet: s.sheet },
      `工作表“${s.sheet}”像是“${s.copyOf}”的副本（复制工作表时加在名称上的编号或“副本”字样），已按与“${s.copyOf}”相同的期间读取：相同的行合并，不同的数值列为冲突；如是多余的副本，请删除该工作表后重新导入`,
      `Sheet "${s.sheet}" looks like a copy of "${s.copyOf}" and is read for the same period; delete it if it is a leftover copy.`));
  }
}
