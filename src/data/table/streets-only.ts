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

/** The error refusing a table whose rows are `streets`. */
export function streetsOnlyIssue(streets: readonly string[], at: { file: string }): ImportIssue {
  const shown = streets.slice(0, SHOWN).join('、') + (streets.length > SHOWN ? '等' : '');
  return makeIssue('error', 'streets-only-table', at,
    `本表各行是街道（镇）：${shown}，没有社区或村。本软件比较的是各社区、村的数据，不导入街道的汇总数：请导入各街道上报的、列出各社区（村）的表`,
    `The table's rows are streets (${streets.slice(0, SHOWN).join(', ')}), no communities or villages: the app compares communities; import the tables that list each street's communities instead.`);
}
