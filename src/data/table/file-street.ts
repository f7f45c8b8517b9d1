/**
 * The street (街道/镇/乡) a file comes from, for a table without a street column: a street's own
 * report names itself in the 填报单位 line, the title, the sheet name or the file name
 * (`双林街道-2024年3月.xlsx`, `双林街道各社区就业情况统计表`). Every row of such a table is that
 * street's, so twin names of two streets (花园路社区 in 双林街道 and in 葛沽镇) stay two units.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { nameText } from './name-text';
import { streetRowKey, streetWithoutLead } from '../vocabulary/place-words';
import { toSimplified } from '../vocabulary/t2s-table';
import { STATE_REMARK } from '../vocabulary/remark-words';

/**
 * A street's or town's level after its name: 街道, 镇, 乡, or 街 at the end of a word (`塘沽街`, `塘沽街各社区`;
 * never `街巷`).
 */
const LEVEL = '(?:街道|镇|乡|街(?=(?:办事处|办)?(?:各|$)))';
/**
 * A street or town name, not the start of a community's (`大新镇社区`, `莱茵小镇社区居委会`); 办事处 and
 * 人民政府 dropped. `台头镇村级…` names the town: 村级 is no village's name.
 */
const STREET = new RegExp(`([\\u3400-\\u9fff]{2,10}?${LEVEL})(?:办事处|办|人民政府|政府)?(?!(?:社区|村|居委会)(?!级))`);
/**
 * Over a table of several units, a town followed by 社区/村 and a word for a report (`台头镇社区统计`,
 * `王口镇村就业情况表`), or by 村居 (villages and communities: `王稳庄镇村居统计`, not 村居委会) or
 * 社区居民, names the town's communities: one community would be one row, not the table.
 * Over one community's form the same title names that community (`大新镇社区统计表`).
 */
const STREET_OVER_UNITS = new RegExp(`([\\u3400-\\u9fff]{2,10}?${LEVEL})(?:办事处|办|人民政府|政府)?(?!(?:社区|村|居委会)(?!级|居(?!委)|统计|情况|数据|报表|汇总|月报|季报|年报|基本情况|主要指标|指标|就业|工作))`);
/** 各街道, 全镇, 各街镇 (streets and towns), 所有乡镇: all of them, not one. */
const ALL_STREETS = /(?:^|区|县|市)(?:各|全部?|所有|本|该|辖区|下属)(?:街道|镇|乡|街镇|街乡镇|街乡|乡镇|镇街)$/;

/**
 * What a table without a street column lists: several units (a unit column, or units across the
 * top), or one community's form.
 */
export type TableUnits = 'many' | 'one';

/**
 * The street named in a file name, title, sheet name or 填报单位 text, or '': none, or two different
 * ones (`咸水沽镇 双港镇`, a title over each of two tables side by side), no one street of all the rows.
 */
export function streetNameIn(text: string, units: TableUnits = 'one'): string {
  const street = units === 'many' ? STREET_OVER_UNITS : STREET;
  let found = '';
  // A title in traditional characters (`中北鎮各村居統計`) names its street as the simplified one does.
  for (const part of toSimplified(nameText(text)).split(/[\s\-_—–·,，、:：()（）[\]【】]+/)) {
    const m = street.exec(part);
    if (!m) continue;
    // 关于报送咸水沽镇, 2024年度咸水沽镇, 津南区咸水沽镇: the words and districts before it are no part of it.
    const name = streetWithoutLead(m[1]!);
    // 各街道, 全镇, 本街道: all of them, not one street.
    if (ALL_STREETS.test(name)) { if (found === '') return ''; continue; }
    // (塘沽街 and 塘沽街道 are one street.)
    if (found !== '' && streetRowKey(name) !== streetRowKey(found)) return '';
    found ||= name;
  }
  return found;
}

export interface FileStreet { readonly name: string; readonly where: string; readonly issue: ImportIssue }

/** The street of a table without a street column, from the first place that names one; null when none does. */
export function fileStreet(ctx: { file: string; fileName: string; filedBy?: string; caption?: string; sheet?: string }, units: TableUnits): FileStreet | null {
  const sources = [['填报单位', ctx.filedBy], ['标题行', ctx.caption], ['工作表名', ctx.sheet], ['文件名', ctx.fileName]] as const;
  const en = { 填报单位: 'reporting unit', 标题行: 'title row', 工作表名: 'sheet name', 文件名: 'file name' } as const;
  for (const [where, text] of sources) {
    const street = text ? streetNameIn(text, units) : '';
    if (street === '') continue;
    // A state remark right after it (`新城街道(筹)2024年3月.csv`) is kept, as a street cell keeps it: the merge reads the
    // street without it and names the spelling (street-alias). Any other bracket (a period, `(2)`, `(终稿)`) is not the street's.
    const name = street + (new RegExp(`${street}\\s*(${STATE_REMARK})`).exec(toSimplified(nameText(text!)))?.[1] ?? '');
    return {
      name, where,
      issue: makeIssue('info', 'street-from-file', { file: ctx.file }, `表中没有街道列，街道取自${where}：${name}`,
        `No street column: the street is taken from the ${en[where]}: ${name}.`),
    };
  }
  return null;
}
