/**
 * Columns of a community sheet that carry no statistic though their header is no catalogue metric:
 * who filled it in and how to reach them (负责人, 联系电话, 地址), and columns of words (所属网格:
 * 第一网格, 第二网格). Read as custom metrics they became metrics of invalid values, with warnings
 * asking for numbers, or a metric of phone numbers. A column whose numbers are written with a
 * decimal comma (`3,5`) is no column of words: it stays a metric, and each such cell is warned of.
 */
import { parseValue } from '../records/parse-value';

/** A header naming contact details (the whole header, so 网格员人数 stays a metric). */
const CONTACT = /^(?:社区|村|单位)?(?:负责人|联系人|联系电话|电话|固定电话|办公电话|手机|手机号|手机号码|联系方式|地址|办公地址|填报人|填表人|审核人|统计人|邮箱|电子邮箱|书记|主任|书记主任|书记兼主任|网格员|网格长|签字|签名)(?:姓名)?$/;

/** Why a column is not a metric; `example` is its first word (for `words`). */
export interface InfoColumn { readonly kind: 'contact' | 'words'; readonly example: string }

/**
 * Why a column whose header names no metric is not one: its header names contact details, or
 * `sample` (its first cells) holds at least two words and nothing that could be a number.
 */
export function infoColumn(header: string, sample: readonly string[]): InfoColumn | null {
  if (CONTACT.test(header.replace(/\s+/g, '').replace(/[（(][^()（）]*[)）]$/, ''))) return { kind: 'contact', example: '' };
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
