/**
 * A total short of its rows' sum by exactly the numbers stored as text among them: Excel's SUM (and
 * SUBTOTAL) leaves out a text cell (`3,210` a clerk typed into a cell formatted as text), which the
 * import reads as the number it shows. Only a workbook knows which cells are text (rows/visible-sums.ts):
 * in a CSV every cell is, so nothing is said of one. Asked only of a sum formula's total that
 * disagrees with its rows (records/subtotal-check.ts), with the observations of text cells among its rows.
 */
import type { ObservationRecords } from './observation-records';
import type { VisibleSums } from '../rows/visible-sums';
import { lineRanges } from '../report/make-issue';
import { sumMismatch } from './sum-mismatch';
import { QUALIFIER_CODE } from '../dataset/dataset';

const EXACT = QUALIFIER_CODE.exact;

/** How many of the text cells' texts a note quotes. */
const QUOTED = 3;

export interface TextNumbersNote {
  readonly zh: string;
  readonly en: string;
}

/**
 * The note for the sum formula at (`line`, `column`) whose value `value` is not `sum`, the sum of its
 * rows (the observations `obs` of `store`, in order, that `covers` accepts), when they differ by exactly
 * the sum of those rows' exact values written in text cells; null otherwise (or when the cell is no sum formula).
 */
export function textNumbersNote(
  store: ObservationRecords, obs: readonly number[], covers: (i: number, line: number) => boolean,
  visible: VisibleSums | undefined, label: string, line: number, column: number, value: number, sum: number,
  /** The total is a row's (合计 under the rows) or a column's (a transposed table's 合计 column). */
  totalIs: 'row' | 'column' = 'row',
): TextNumbersNote | null {
  if (visible === undefined || !visible.sums(line, column)) return null;
  let text = 0;
  const lines: number[] = [];
  const raws: string[] = [];
  for (const i of obs) {
    const l = store.rowLine[store.row[i]!]!;
    if (store.qualifier[i] !== EXACT || !visible.isText(l, store.column[i]!) || !covers(i, l)) continue;
    text += store.value[i]!;
    if (lines[lines.length - 1] !== l) lines.push(l);
    if (raws.length <= QUOTED) raws.push(store.rawOf(i) ?? String(store.value[i]));
  }
  if (lines.length === 0 || sumMismatch(text, sum - value) !== null) return null;
  const diff = Math.round(Math.abs(sum - value) * 1e6) / 1e6;
  const more = raws.length > QUOTED;
  const quoted = raws.slice(0, QUOTED);
  const zhCells = `第${lineRanges(lines)}行${quoted.map((t) => `“${t}”`).join('')}${more ? '等' : ''}`;
  // No straight quotes around the texts: the English message quotes the label already (report/make-issue.ts pairs them).
  const enCells = `line${lines.length > 1 ? 's' : ''} ${lineRanges(lines)} (${quoted.join('; ')}${more ? '; …' : ''})`;
  return {
    zh: `，合计比各${totalIs === 'row' ? '行' : '社区'}之和${sum > value ? '少' : '多'}${diff}，正是${zhCells}以文本形式保存的数值${lines.length > 1 ? '之和' : ''}（Excel的求和公式不计文本格式的数字）。数据已按各${totalIs === 'row' ? '行' : '社区'}数值导入，“${label}”${totalIs === 'row' ? '行' : '列'}未导入；如需表中合计也正确，请在Excel中把这些单元格转换为数字`,
    en: `; the difference is exactly the numbers stored as text on ${enCells}, which Excel's SUM leaves out. The ${totalIs === 'row' ? 'rows were' : 'units were'} imported with their values; the total ${totalIs} was not. Convert those cells to numbers in Excel for the sheet's total to be right.`,
  };
}
