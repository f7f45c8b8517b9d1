/**
 * The words a sheet writes before its period (`统计时间：2024年3月`, `报告期：2024年一季度`,
 * `统计周期：2024年1-3月`), in a line above a table's header (preamble-lines.ts) or on a cover
 * sheet (cover-period.ts): one list, so a label read in one place is read in the other; a column
 * headed so is a period column too (metric-aliases.ts).
 */
export const PERIOD_LABEL_WORDS: readonly string[] = [
  '统计时间', '统计期间', '统计期', '统计月份', '统计年月', '统计周期', '统计时段', '统计区间', '统计日期',
  '报告期间', '报告期', '报告时间', '报表期间', '报表期', '报表月份',
  '所属期间', '所属期', '所属时间', '所属月份', '数据时间', '数据期间',
  '时间段', '时间', '期间', '期别', '月份', '年月',
];

/** Longest first, so a match names the whole label (`报表期间`, not its `期间`). */
const ALTERNATIVES = [...PERIOD_LABEL_WORDS].sort((a, b) => b.length - a.length).join('|');

/**
 * A labelled period inside a line, label and value (`统计时间：2024年3月`); never the date the sheet
 * was filled in, made or sent (`填报时间：`, `报送时间：`, `制表时间：`).
 */
export const LABELLED_PERIOD = new RegExp(`(?<!填报|填表|报送|上报|制表|打印|导出|生成)(?:${ALTERNATIVES})\\s*[:：]\\s*[^\\s,，;；]+`);

/** A period label opening a line and one word after it, without the colon (`统计期间 | 2024年3月` in cells of their own): the word. */
export const BARE_LABELLED_PERIOD = new RegExp(`^(?:${ALTERNATIVES})\\s+([^\\s,，;；:：]+)$`);

/** A period label at the start of a cell, with its colon (`报告期：`). */
export const PERIOD_LABEL = new RegExp(`^(?:${ALTERNATIVES})\\s*[:：]\\s*`);
