/**
 * Cell texts that stand for no number: placeholders for "no data" (`—`, `/`, `无`, `暂无`, `N/A`, `不涉及`),
 * masked numbers (`XX`, `***`, `某`) and spreadsheet errors (`#DIV/0!`, `#####`). None of them is 0.
 */

const PLACEHOLDER_WORDS = String.raw`-+|—+|–+|―+|_+|\/+|\\|无|暂无|不详|未知|空|没有|缺|暂缺|无数据|未统计|待统计|未填|未填报|未报|未上报|不涉及|不适用|无此项|null|none|nil|n\/?a|#n\/a|\.+|…+`;
/** A placeholder meaning no data, alone or in brackets (`（空）`, `【暂无】`): the value is missing, never 0. */
export const PLACEHOLDER = new RegExp(
  [['', ''], [String.raw`\(`, String.raw`\)`], [String.raw`\[`, String.raw`\]`], ['【', '】']].map(([open, close]) => `^${open}(?:${PLACEHOLDER_WORDS})${close}$`).join('|'), 'i');
/** A masked number (`XX`, `***`, `某某`): missing. */
export const MASKED = /^(?:x+|\*+|某+)$/i;
/** An error value a spreadsheet shows for a broken formula or a column too narrow (`#####`). */
export const EXCEL_ERROR = /^(?:#(?:div\/0!|value!|ref!|name\?|num!|null!|spill!|calc!|getting_data|field!|blocked!|unknown!)|#{2,})$/i;

/** An Excel error value as a cell's text (`#REF!`, `#DIV/0!`, and `#N/A`, which PLACEHOLDER reads as 无 in a value cell). */
export function isExcelErrorText(text: string): boolean {
  return EXCEL_ERROR.test(text) || /^#n\/a$/i.test(text);
}
