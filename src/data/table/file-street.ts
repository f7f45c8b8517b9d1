/**
 * The street (街道/镇/乡) a file comes from, for a table without a street column: a street's own
 * report names itself in the 填报单位 line, the title, the sheet name or the file name
 * (`双林街道-2024年3月.xlsx`, `双林街道各社区就业情况统计表`). Every row of such a table is that
 * street's, so twin names of two streets (花园路社区 in 双林街道 and in 葛沽镇) stay two units.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { nameText } from './name-text';

/** A street or town name, not the start of a community's (`大新镇社区`); 办事处 and 人民政府 dropped. */
const STREET = /([\u3400-\u9fff]{2,10}?(?:街道|镇|乡))(?:办事处|办|人民政府|政府)?(?!社区|村|居委会)/;
const ALL_STREETS = /(?:^|区|县|市)(?:各|全部?|所有|本|该|辖区|下属)(?:街道|镇|乡)$/;
/** A district or county before the street (`津南区双林街道`). */
const DISTRICT_BEFORE = /^[\u3400-\u9fff]{1,6}?(?:区|县|市)(?=[\u3400-\u9fff]{2,}(?:街道|镇|乡)$)/;

/** The street named in a file name, title, sheet name or 填报单位 text, or ''. */
export function streetNameIn(text: string): string {
  for (const part of nameText(text).split(/[\s\-_—–·,，、:：()（）[\]【】]+/)) {
    const m = STREET.exec(part);
    if (!m) continue;
    const name = m[1]!.replace(DISTRICT_BEFORE, '');
    // 各街道, 全镇, 本街道: all of them, not one street.
    return ALL_STREETS.test(name) ? '' : name;
  }
  return '';
}

export interface FileStreet { readonly name: string; readonly issue: ImportIssue }

/** The street of a table without a street column, from the first place that names one; null when none does. */
export function fileStreet(ctx: { file: string; fileName: string; filedBy?: string; caption?: string; sheet?: string }): FileStreet | null {
  const sources = [['填报单位', ctx.filedBy], ['标题行', ctx.caption], ['工作表名', ctx.sheet], ['文件名', ctx.fileName]] as const;
  const en = { 填报单位: 'reporting unit', 标题行: 'title row', 工作表名: 'sheet name', 文件名: 'file name' } as const;
  for (const [where, text] of sources) {
    const name = text ? streetNameIn(text) : '';
    if (name === '') continue;
    return {
      name,
      issue: makeIssue('info', 'street-from-file', { file: ctx.file }, `表中没有街道列，街道取自${where}：${name}`,
        `No street column: the street is taken from the ${en[where]}: ${name}.`),
    };
  }
  return null;
}
