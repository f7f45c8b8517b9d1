/**
 * Columns of a community sheet that carry no statistic though their header is no catalogue metric:
 * who filled it in and how to reach them (负责人, 联系电话, 地址), and columns of words (所属网格:
 * 第一网格, 第二网格). Read as custom metrics they became metrics of invalid values, with warnings
 * asking for numbers, or a metric of phone numbers. A column whose numbers are written with a
 * decimal comma (`3,5`) is no column of words: it stays a metric, and each such cell is warned of.
 */
import { parseValue } from '../cells/parse-value';
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { matchMetricHeader } from '../vocabulary/metric-aliases';
import type { HeaderColumn } from './find-header';

/** A header naming contact details (the whole header, so 网格员人数 stays a metric). */
const CONTACT = /^(?:社区|村|单位)?(?:负责人|联系人|联系电话|电话|固定电话|办公电话|手机|手机号|手机号码|联系方式|地址|办公地址|填报人|填表人|审核人|统计人|邮箱|电子邮箱|书记|主任|书记主任|书记兼主任|网格员|网格长|签字|签名)(?:姓名)?$/;

/**
 * A header naming the day the sheet was filled in or sent (填报日期, 报送时间): its cells are days,
 * and Excel keeps a day as a serial number (45382 = 2024-03-31), which read as a metric became a
 * statistic of 45382 with no word said.
 */
const FILLED_ON = /^(?:填报|填表|制表|报送|报出|上报|打印)(?:日期|时间)$/;

/**
 * A header naming a code of another level or body than the row's own (街道代码 120112100 beside
 * 社区代码, 统一社会信用代码), or the statistics office's 城乡分类代码 (111 城区, 220 村庄) beside the
 * 统计用区划代码 its list is copied with: its cells are numbers, and read as a metric it became a statistic of
 * 120112100 in every row with no word said. (The row's own 区划代码 / 社区代码 is the code dimension.)
 */
const OTHER_CODE = /^(?:(?:街道|乡镇|街镇|街乡镇|镇街|镇|乡|区|区县|县|所属街道|所属乡镇|所属街镇|所属区|单位|机构|组织机构|统一社会信用|信用|网格)(?:区划)?(?:代码|编码|编号)|城乡(?:分类|属性|类别)(?:代码|编码)?)$/;

/**
 * A header naming each row's place when the rows are sorted by a value (排名, 名次, 常住人口排名):
 * read as a metric, the places 1, 2, 3 became a statistic 排名, summed into street totals and ranked
 * in their turn. The board ranks the communities by each metric itself.
 */
const RANK = /(?:排名|名次|位次|排位)$/;

/** Why a column is not a metric; `example` is its first word (for `words`). */
export interface InfoColumn { readonly kind: 'contact' | 'date' | 'code' | 'rank' | 'words'; readonly example: string }

/**
 * What the import report says of a column that is no metric (or of a transposed table's row so
 * named, `where` 行): Chinese first, then English.
 */
export function infoColumnText(info: InfoColumn, name: string, where: '列' | '行' = '列'): { zh: string; en: string } {
  const w = where === '列' ? 'column' : 'row';
  if (info.kind === 'contact') return { zh: `“${name}”${where}是联系信息，不是统计指标，未导入`, en: `The "${name}" ${w} holds contact details, not a statistic; not imported.` };
  if (info.kind === 'rank') return { zh: `“${name}”${where}是名次，不是统计指标，未导入（看板会按各指标自行排名）`, en: `The "${name}" ${w} holds ranks, not a statistic; not imported (the board ranks the units itself).` };
  if (info.kind === 'code') return { zh: `“${name}”${where}是代码，不是统计指标，未导入`, en: `The "${name}" ${w} holds codes, not a statistic; not imported.` };
  if (info.kind === 'date') {
    return { zh: `“${name}”${where}是报表的填写或报送日期，不是统计指标，未导入（统计期间取自期间列、标题行或文件名）`,
      en: `The "${name}" ${w} is the day the sheet was filled in, not a statistic; not imported.` };
  }
  return { zh: `“${name}”${where}是文字（如“${info.example}”），不是数字，未作为指标导入；如果这是统计指标，请在源表填写数字后重新导入`,
    en: `The "${name}" ${w} holds words (such as "${info.example}"), not numbers; not imported as a metric.` };
}

/**
 * Why a column whose header names no metric is not one: its header names contact details, or
 * `sample` (its first cells) holds at least two words and nothing that could be a number.
 */
export function infoColumn(header: string, sample: readonly string[]): InfoColumn | null {
  const bare = header.replace(/\s+/g, '').replace(/[（(][^()（）]*[)）]$/, '');
  if (CONTACT.test(bare)) return { kind: 'contact', example: '' };
  if (FILLED_ON.test(bare)) return { kind: 'date', example: '' };
  if (OTHER_CODE.test(bare)) return { kind: 'code', example: '' };
  if (RANK.test(bare)) return { kind: 'rank', example: '' };
  let words = 0;
  let example = '';
  for (const raw of sample) {
    const cell = raw.trim();
    if (cell === '') continue;
    // As the value reader reads it: a number (三十 too), a range or a spreadsheet error is no word; 无 or — says nothing.
    const { qualifier: q, notes } = parseValue(raw);
    if (q === 'missing') continue;
    if (q !== 'invalid') return null;
    // `3,5` (a decimal comma) is a number of unclear form, no word: read as a metric, each such cell is warned of.
    if (notes.some((n) => n.code === 'ambiguous-separator')) return null;
    if (words++ === 0) example = cell;
  }
  return words >= 2 ? { kind: 'words', example } : null;
}

/**
 * A division code as a cell holds it: 12 digits beginning with a province's two (11 北京 … 65
 * 新疆; 12 天津), behind Excel's text prefix or with a number's `.0`.
 */
const CODE_CELL = /^'?(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5])\d{10}(?:\.0+)?$/;

/**
 * The column whose header names no role (居委代码, 国标码, 统计码: headers the code's aliases do
 * not list) but whose first cells are each a 12-digit division code, two at least: the code
 * column, said in an info at its header. Read as a metric it became a statistic of 120111100005
 * in every row, and the units were matched by name only. Null when no such column.
 */
export function codeColumnByContent(columns: readonly HeaderColumn[], roles: readonly (string | null)[], sampleOf: (column: number) => readonly string[],
  at: { file: string; line?: number }): { k: number; issue: ImportIssue } | null {
  const k = columns.findIndex((c, i) => {
    if (roles[i] !== null || matchMetricHeader(c.name).metricId !== null) return false;
    const cells = sampleOf(c.index).map((x) => x.normalize('NFKC').trim()).filter((x) => x !== '');
    return cells.length >= 2 && cells.every((x) => CODE_CELL.test(x));
  });
  if (k < 0) return null;
  const name = columns[k]!.name;
  return { k, issue: makeIssue('info', 'code-column-by-content', { ...at, column: columns[k]!.index + 1, columnName: name },
    `第${columns[k]!.index + 1}列“${name}”的内容是12位区划代码，按区划代码列读取（不作为统计指标）`,
    `Column ${columns[k]!.index + 1} ("${name}") holds 12-digit division codes: read as the code column, not a statistic.`) };
}
