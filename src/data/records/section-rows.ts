/**
 * Rows heading a part of a table by level (`一、社区` over the communities, `二、村` over the villages),
 * in the name cell or alone in the first (merged across the row): no units (read as ones, `一、社区`
 * was a community called 社区). The bare names below one, to the next, are of its level (`汪庄` under
 * `二、村` is 汪庄村), as under a table's `村名` (table/unit-level.ts; unit-place.ts says which were).
 * A heading's values are its part's totals: never imported, and not checked (a street's heading
 * and a 小计 below the parts are checked against the rows they cover; a part heading between them
 * is not one more level of that check).
 */
import { makeIssue } from '../report/make-issue';
import type { TableShape } from '../table/detect-shape';
import { sectionLevel, type UnitLevelHint } from '../table/unit-level';
import { cellAt, hasValues } from './cell-at';
import type { ReadContext } from './read-context';

export class SectionRows {
  /** The level stated for the rows read now: the last part heading's, else the table's (a mention's unitLevel). */
  level: { unitLevel?: UnitLevelHint };

  constructor(private readonly ctx: ReadContext, private readonly shape: TableShape, table: { unitLevel?: UnitLevelHint }) {
    this.level = table;
  }

  /** Whether the row heads a part of the table: then it is settled and said here, and its level holds below it. */
  read(cells: readonly string[], line: number, row: number, unitText: string): boolean {
    const s = this.shape;
    const column = unitText !== '' ? s.unit : this.firstOnly(cells) ? 0 : -1;
    const text = column === s.unit ? unitText : column === 0 ? cellAt(cells, 0) : '';
    const level = text === '' ? null : sectionLevel(text);
    if (level === null) return false;
    this.level = { unitLevel: { level, from: `分段行“${text}”`, fromEn: `section row "${text}"`, below: '行' } };
    const valued = hasValues(cells, s);
    const { file, sink, store } = this.ctx;
    sink.pushCapped(makeIssue('info', 'section-row', { file, line, column: column + 1, columnName: s.names.get(column) },
      `第${line}行“${text}”是分段标题，不是社区或村，未导入${valued ? '；本行的数值是该段的小计，未与其下各行核对' : ''}`,
      `Line ${line}: "${text}" heads a part of the table; not a unit, not imported${valued ? '; its values (the part\'s totals) are not checked' : ''}.`));
    store.settleRow(row, 'subtotal', `分段行：${text}`);
    return true;
  }

  /** Whether the row's one written cell outside its value columns is its first (a heading merged across the row). */
  private firstOnly(cells: readonly string[]): boolean {
    const s = this.shape;
    const isValue = (c: number): boolean => (s.kind === 'long' ? c === s.value : s.measures.some((m) => m.index === c));
    if (cellAt(cells, 0) === '' || isValue(0)) return false;
    for (let c = 1; c < cells.length; c++) if (cellAt(cells, c) !== '' && !isValue(c)) return false;
    return true;
  }
}
