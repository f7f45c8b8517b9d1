/**
 * Rows heading a part of a table by level (`一、社区` over the communities, `二、村` over the villages),
 * in the name cell or alone in the row: no units (read as ones, `一、社区` was a community called 社区).
 * The bare names below one, to the next, are of its level (`汪庄` under `二、村` is 汪庄村), as under
 * a table's `村名` (table/unit-level.ts). A heading with values holds its part's totals: read as a
 * street's heading is, checked against the rows below it (SubtotalChecker), never imported.
 */
import { makeIssue } from '../report/make-issue';
import type { TableShape } from '../table/detect-shape';
import { sectionLevel, type UnitLevelHint } from '../table/unit-level';
import { cellAt } from './cell-at';
import type { ReadContext } from './read-context';

/** Whether a row has a value in a value cell. */
export function hasValues(cells: readonly string[], s: TableShape): boolean {
  return s.kind === 'long' ? cellAt(cells, s.value) !== '' : s.measures.some((m) => cellAt(cells, m.index) !== '');
}

export class SectionRows {
  /** The level stated for the rows read now: the last part heading's, else the table's (a mention's unitLevel). */
  level: { unitLevel?: UnitLevelHint };

  constructor(private readonly ctx: ReadContext, private readonly shape: TableShape, table: { unitLevel?: UnitLevelHint }) {
    this.level = table;
  }

  /**
   * 'heading' when the row heads a part and has no values (settled here), 'valued' when it heads
   * one with its totals (the caller reads them as a street heading's), else null. Said in an info either way.
   */
  read(cells: readonly string[], line: number, row: number, unitText: string): 'heading' | 'valued' | null {
    const s = this.shape;
    const text = unitText !== '' ? unitText : this.onlyText(cells);
    const level = text === '' ? null : sectionLevel(text);
    if (level === null) return null;
    this.level = { unitLevel: { level, from: `分段行“${text}”`, fromEn: `section row "${text}"`, rows: true } };
    const valued = hasValues(cells, s);
    const { file, sink, store } = this.ctx;
    sink.pushCapped(makeIssue('info', 'section-row', { file, line, column: s.unit + 1, columnName: s.names.get(s.unit) },
      `第${line}行“${text}”是分段标题，不是${level}：其下各行（到下一个分段为止）未写明社区或村的名称按${level}匹配${valued ? '；本行的数值是该段的小计，不作为社区导入，与其下各行之和核对' : ''}`,
      `Line ${line}: "${text}" heads a part of the table, not a unit; bare names below it are read as ${level === '村' ? 'villages' : 'communities'}${valued ? '; its values, the part\'s totals, are checked against them' : ''}.`));
    if (!valued) store.settleRow(row, 'subtotal', `分段行：${text}`);
    return valued ? 'valued' : 'heading';
  }

  /** The row's one written cell outside its value columns (a heading merged across the row sits in the first), else ''. */
  private onlyText(cells: readonly string[]): string {
    const s = this.shape;
    let text = '';
    for (let c = 0; c < cells.length; c++) {
      const t = cellAt(cells, c);
      if (t === '' || (s.kind === 'long' ? c === s.value : s.measures.some((m) => m.index === c))) continue;
      if (text !== '') return '';
      text = t;
    }
    return text;
  }
}
