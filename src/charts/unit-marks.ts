/**
 * The marks a bar chart writes after a unit's name (`单位2*†`), which its notes explain, and their
 * reading back from a category. Their own file so the words (chart-words.ts) and the specs use the
 * same characters without importing each other.
 */

/** After the name of a unit whose value is partial. */
export const PARTIAL_MARK = '*';

/** After the name of a unit whose comparison value is partial (after PARTIAL_MARK when both are). */
export const PREV_PARTIAL_MARK = '†';

const MARKS_AT_END = new RegExp(`[${PARTIAL_MARK}${PREV_PARTIAL_MARK}]*$`);

/** The marks after the unit's name in a bar's category: `单位2*†` → `*†`, `单位2` → ``. */
export function categoryMarks(category: string): string {
  return MARKS_AT_END.exec(category)?.[0] ?? '';
}
