/**
 * The period of a whole table, when no column gives it: from the sheet name (workbooks), else the
 * title row, else the file name (`2024年3月.csv`).
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { scanPeriodText } from '../records/parse-period-label';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import { formatPeriodKey, type PeriodKey } from '../vocabulary/period';
import { sheetNamePeriod } from './sheet-period';
import { fileBaseName } from './name-text';

export interface FilePeriod {
  readonly key: PeriodKey;
  readonly cumulative: boolean;
  readonly source: 'caption' | 'file-name' | 'sheet-name';
}

/** Where a table's own period (or a one-community form's community) came from, as the report names it. */
export const SOURCE_WORDS: Readonly<Record<FilePeriod['source'], { readonly zh: string; readonly en: string }>> = {
  caption: { zh: '标题行', en: 'title row' },
  'file-name': { zh: '文件名', en: 'file name' },
  'sheet-name': { zh: '工作表名', en: 'sheet name' },
};

/** The note a table without a period column gets: `统计期间取自工作表名：2024年3月`. */
export function periodSourceNote(period: FilePeriod, at: { file: string }): ImportIssue {
  const from = SOURCE_WORDS[period.source];
  return makeIssue('info', 'period-from-' + period.source, at,
    `统计期间取自${from.zh}：${formatPeriodLabel(period.key, 'zh')}`,
    `Period taken from the ${from.en}: ${formatPeriodLabel(period.key, 'en')}.`);
}

/**
 * The period of a whole table: from the sheet name (workbooks), else the title row, else the file
 * name, with a warning in `issues` for every problem the grammar found (a range, an open span, two
 * periods in one text, title and file name disagreeing).
 */
export function filePeriodOf(
  caption: string | undefined, fileName: string, sheet?: string, issues: ImportIssue[] = [], at: { file: string } = { file: fileName },
): FilePeriod | undefined {
  // A workbook sheet named for its period (`3月`, `一季度`) says more than the title or file name.
  const fromSheet = sheet !== undefined ? sheetNamePeriod(sheet, caption, fileName) : null;
  if (fromSheet) return { key: formatPeriodKey(fromSheet.period), cumulative: fromSheet.cumulative, source: 'sheet-name' };
  const base = fileBaseName(fileName);
  const fromCaption = caption ? scanPeriodText(caption) : null;
  const fromName = scanPeriodText(base);
  const say = (where: string, n: { code: string; message: string; messageEn: string }): void => {
    issues.push(makeIssue('warning', n.code, where === '标题行' ? { ...at, line: 1 } : at,
      `${where}：${n.message}`, `${where === '标题行' ? 'Title row' : 'File name'}: ${n.messageEn}`));
  };
  for (const n of fromCaption?.problems ?? []) say('标题行', n);
  for (const n of fromName.problems) say('文件名', n);
  for (const [where, scan] of [['标题行', fromCaption], ['文件名', fromName]] as const) {
    for (const n of scan?.found?.notes ?? []) if (n.severity !== 'info') say(where, n);
  }
  const c = fromCaption?.found;
  const f = fromName.found;
  if (c && f && formatPeriodKey(c.period) !== formatPeriodKey(f.period)) {
    issues.push(makeIssue('warning', 'period-disagree', at,
      `标题行的期间“${fromCaption!.text}”（${formatPeriodLabel(formatPeriodKey(c.period), 'zh')}）与文件名中的“${fromName.text}”（${formatPeriodLabel(formatPeriodKey(f.period), 'zh')}）不一致，已按标题行统计；请核对哪一个正确`,
      `The title's period ${formatPeriodLabel(formatPeriodKey(c.period), 'en')} differs from the file name's ${formatPeriodLabel(formatPeriodKey(f.period), 'en')}; the title is used.`));
  }
  if (c) return { key: formatPeriodKey(c.period), cumulative: c.cumulative, source: 'caption' };
  if (f) return { key: formatPeriodKey(f.period), cumulative: f.cumulative, source: 'file-name' };
  return undefined;
}
