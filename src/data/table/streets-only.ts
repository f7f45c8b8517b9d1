/**
 * A district office's summary of its streets (街道 | 再就业人数: 中北镇, 杨柳青镇 … 合计), with no
 * community in it. The app compares communities and villages: read as street rows heading no
 * communities, it imported nothing under a pile of notes (or was refused as having no 社区 column,
 * which names no way out). Refused with one error saying what the table is and what to import.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { subtotalKind } from '../cells/row-label';
import { namesStreet, streetRowName } from '../vocabulary/place-words';

/** Streets shown in the message before 等. */
const SHOWN = 5;

/**
 * The streets `cells` (a name column's first data cells) name when every one written is a street's
 * name or a total (合计, 小计) and two streets at least are named; else null.
 */
export function streetsOnly(cells: readonly string[]): string[] | null {
  const streets: string[] = [];
  for (const raw of cells) {
    const c = raw.trim();
    if (c === '' || subtotalKind(c) !== null) continue;
    if (!namesStreet(c, false, undefined)) return null;
    const name = streetRowName(c);
    if (!streets.includes(name)) streets.push(name);
  }
  return streets.length >= 2 ? streets : null;
}

/** The streets a message names: the first few, then 等. */
function shownStreets(streets: readonly string[]): string {
  return streets.slice(0, SHOWN).join('、') + (streets.length > SHOWN ? '等' : '');
}

/** The error refusing a table whose rows are `streets`. */
export function streetsOnlyIssue(streets: readonly string[], at: { file: string }): ImportIssue {
  return makeIssue('error', 'streets-only-table', at,
    `本表各行是街道（镇）：${shownStreets(streets)}，没有社区或村。本软件比较的是各社区、村的数据，不导入街道的汇总数：请导入各街道上报的、列出各社区（村）的表`,
    `The table's rows are streets (${streets.slice(0, SHOWN).join(', ')}), no communities or villages: the app compares communities; import the tables that list each street's communities instead.`);
}

/**
 * A streets-only sheet beside sheets that import communities (a district's workbook, the streets'
 * summary on a sheet not named 汇总): not the clerk's mistake, so its error (streetsOnlyIssue of
 * the same `streets`) becomes a warning that the sheet was left out, the import going on with the others.
 */
export function streetsOnlySheetIssue(streets: readonly string[], sheet: string, at: { file: string }): ImportIssue {
  return makeIssue('warning', 'streets-only-sheet', at,
    `工作表“${sheet}”各行是街道（镇）：${shownStreets(streets)}，没有社区或村，未导入；各社区的数据取自其他工作表。如这张表是其他街道的汇总，请导入那些街道列出各社区的表`,
    `Sheet "${sheet}" lists streets only, no communities: left out; the communities come from the other sheets.`);
}
