/**
 * `单位：万元` (金额单位：万元, 注：金额单位为万元) written under the table instead of above it. The
 * table was read before it came, so it is not applied: it is a note, never a community, and when
 * it names another unit than a column was read in, a warning at its line names the column and
 * says where to write the unit. Asked only of footers, short rows and new names holding 单位.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import type { TableShape } from '../table/detect-shape';
import { tableUnits } from '../vocabulary/metric-aliases';

/** `单位：万元`, `单位为万元、人`; never who filed the sheet (`填报单位：`). */
const UNIT_NOTE = /(?<!填报|填表|报送|上报|统计|编制|制表)(?:计量|金额)?单位\s*(?:[:：]|为)\s*([^\s,，;；。（）()]+(?:[、，,/／][^\s,，;；。（）()]+)*)/;

/** The cell of `cells` that is a unit note and the unit it names, or null. */
export function unitNoteBelow(cells: readonly string[]): { text: string; unit: string } | null {
  for (const c of cells) {
    if (!c.includes('单位')) continue;
    const unit = UNIT_NOTE.exec(c.normalize('NFKC'))?.[1];
    if (unit !== undefined && tableUnits(unit).length > 0) return { text: c.trim(), unit };
  }
  return null;
}

/** The warning for a unit note below the table whose unit differs from the columns' own, or null. */
export function unitNoteIssue(note: { text: string; unit: string }, shape: TableShape, file: string, line: number): ImportIssue | null {
  const units = tableUnits(note.unit).filter((u) => u.scale !== 1);
  const read = shape.measures.flatMap((m) => {
    const u = units.find((x) => x.base === m.metric.unit && x.scale !== m.scale);
    return u === undefined ? [] : [{ name: m.name, base: u.base, written: u.written }];
  });
  if (read.length === 0) return null;
  const first = read[0]!;
  return makeIssue('warning', 'unit-note-below-table', { file, line },
    `第${line}行“${note.text}”写在表格下方，未用于换算：${read.map((r) => `“${r.name}”列按${r.base}读取`).join('，')}。`
      + `如这些列以${first.written}为单位，请把单位写进表头（如“${first.name}（${first.written}）”），或把这一行移到表头之上，然后重新导入`,
    `Line ${line}: "${note.text}" stands under the table and was not applied: ${read.map((r) => `"${r.name}" read in ${r.base}`).join(', ')}. Write the unit in the header or move the line above it.`);
}
