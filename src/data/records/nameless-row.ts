/**
 * A row with no unit name, a bare number for one (a stray 0 typed far below a sheet's table), an
 * Excel error value for one (a lookup's #N/A) or a placeholder for none (`—`, `……`, `/`: a row of
 * dashes drawn through an unused line) is not a unit: values that read as numbers block the
 * import (whose are they?); words alone (a stray 已核对) are a note. The row is settled as rejected either way,
 * but for a template's unfilled row (no name; only a 序号, formula errors or zeros): blank, listed with the others once.
 */
import { makeIssue } from '../report/make-issue';
import type { TableShape } from '../table/detect-shape';
import { cellAt } from './cell-at';
import { isExcelErrorText, PLACEHOLDER } from '../cells/missing-value-texts';
import { isDateName } from '../cells/row-label';
import type { ReadContext } from './read-context';
import type { ValueCells } from './value-cells';
import type { TableNotes } from './table-notes';

/** An Excel error value for a name (`#N/A` from a failed VLOOKUP, `#REF!`): the value parser's, with #N/A, which it reads as 无. */
export const isExcelError = isExcelErrorText;

/** A name cell holding no name: an Excel error value (`#N/A`), a placeholder for none (`—`, `……`, `/`, `（空）`) or a day's date (`2024年4月5日`). */
export function notAName(name: string): boolean {
  return isExcelError(name) || PLACEHOLDER.test(name) || isDateName(name);
}

export function rejectNamelessRow(
  cells: readonly string[], line: number, row: number, written: string, s: TableShape, values: ValueCells, ctx: ReadContext, notes: TableNotes,
): void {
  const { store, sink, file } = ctx;
  // A dash for a name (`—`, `……`) is none: the row is read as one with the name cell blank.
  const unitName = !isExcelError(written) && PLACEHOLDER.test(written) ? '' : written;
  const texts = (s.kind === 'long' ? [cellAt(cells, s.value)] : s.measures.map((m) => cellAt(cells, m.index))).filter((t) => t !== '');
  const hasValues = texts.some((t) => !Number.isNaN(values.parse(t, 1).value));
  const words = !hasValues && texts.length > 0 ? `，只有文字“${texts.slice(0, 3).join('”“')}”` : '';
  const at = { file, line, column: s.unit + 1, columnName: s.names.get(s.unit) };
  // The street written on the row itself (not filled down from a merged cell above).
  const streetOnly = unitName === '' ? cellAt(cells, s.parent) : '';
  // A template's unfilled row: no name, nothing but its 序号, blanks and what its formulas make of
  // blank cells (=D5/C5 → #DIV/0!, =SUM(C5:E5) → 0). Listed once; zeros with a warning (a unit's zeros?).
  if (unitName === '' && streetOnly === '' && texts.every((t) => isExcelError(t) || PLACEHOLDER.test(t) || values.parse(t, 1).value === 0)) {
    const zero = texts.some((t) => !isExcelError(t) && !PLACEHOLDER.test(t));
    notes.addTemplateRow(line, zero, texts.find(isExcelError));
    store.settleRow(row, 'blank', zero ? '未填的模板行（数值都是0）' : '未填的模板行');
    return;
  }
  if (isExcelError(unitName)) {
    sink.push(makeIssue(hasValues ? 'error' : 'warning', 'unit-name-error', at,
      `第${line}行社区名称是Excel错误值“${unitName}”（通常是查找公式找不到），不是社区名称${hasValues ? '，但该行有数据。请在Excel中修正公式或改为社区名称后重新导入' : `${words}，已跳过`}`,
      `Line ${line}: the unit name is the Excel error "${unitName}" (usually a failed lookup)${hasValues ? ', and the row has values' : '; skipped'}.`));
  } else if (isDateName(unitName)) {
    sink.push(makeIssue(hasValues ? 'error' : 'warning', 'unit-name-date', at,
      `第${line}行社区名称是日期“${unitName}”（多为填报日期），不是社区名称${hasValues ? '，但该行有数据。如是某个社区的数据，请改为社区名称；如是填报日期，请删去该行的数值。然后重新导入' : `${words}，已跳过`}`,
      `Line ${line}: the unit name is the date "${unitName}"${hasValues ? ', and the row has values' : '; skipped'}.`));
  } else if (unitName !== '') {
    sink.push(makeIssue(hasValues ? 'error' : 'warning', 'unit-name-numeric', at,
      `第${line}行社区名称是数字“${unitName}”，不是社区名称${hasValues ? '，但该行有数据。请改为社区名称后重新导入' : `${words}，已跳过`}`,
      `Line ${line}: the unit name is the number "${unitName}"${hasValues ? ', and the row has values' : '; skipped'}.`));
  } else if (hasValues && streetOnly !== '') {
    // 街道 | (blank) | 46 above its communities: most likely the street's total, written without 合计.
    sink.push(makeIssue('error', 'unit-name-missing', at,
      `第${line}行只写了街道“${streetOnly}”，没有社区名称，但有数据。如果这是“${streetOnly}”的合计行，请删除该行（合计由本工具自行计算）；如果是某个社区的数据，请补全社区名称。然后重新导入`,
      `Line ${line} names only the street "${streetOnly}" and has values: if it is the street's total, delete the row (totals are computed here); else fill in the unit name.`));
  } else {
    sink.push(makeIssue(hasValues ? 'error' : 'warning', 'unit-name-missing', at,
      `第${line}行缺少社区名称${hasValues ? '，但有数据。请补全社区名称后重新导入' : `${words}，已跳过`}`,
      `Line ${line} has no unit name${hasValues ? ' but has values' : texts.length > 0 ? ', only words' : ''}.`));
  }
  store.settleRow(row, 'rejected', isExcelError(unitName) ? '社区名称是错误值' : isDateName(unitName) ? '社区名称是日期' : unitName !== '' ? '社区名称是数字' : '缺少社区名称');
}
