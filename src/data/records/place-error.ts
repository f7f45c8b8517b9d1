/**
 * A street (街道) or district (区) cell that is an Excel error (`#REF!`, a lookup's `#N/A`): it names
 * no place, so the unit is read without it (under the file's street, if the file names one) and known
 * by its name, with a warning at the cell. Asked once per change of a row's unit cells, not per row.
 */
import type { TableShape } from '../table/detect-shape';
import { makeIssue } from '../report/make-issue';
import type { ReadContext } from './read-context';
import { isExcelError } from './nameless-row';

/** The place a unit is read under for the cell `text` (a street when `which` is 'parent'). */
export function placeOf(text: string, which: 'parent' | 'district', line: number, shape: TableShape, ctx: ReadContext): string {
  if (text.charCodeAt(0) !== 35 || !isExcelError(text)) return text;
  const column = which === 'parent' ? shape.parent : shape.district;
  const [zh, en] = which === 'parent' ? ['街道（镇）', 'street'] : ['区（县）', 'district'];
  ctx.sink.pushCapped(makeIssue('warning', which === 'parent' ? 'street-error' : 'district-error', { file: ctx.file, line, column: column + 1, columnName: shape.names.get(column) },
    `第${line}行${zh}是Excel错误值“${text}”（通常是查找或引用公式出错），不是${zh}名称，已按社区名称识别该社区；请在Excel中修正公式或改为${zh}名称后重新导入`,
    `Line ${line}: the ${en} is the Excel error "${text}" (a failed formula), no ${en}; the unit is known by its name. Fix the formula or write the ${en}.`));
  return which === 'parent' ? ctx.defaultParent ?? '' : '';
}
