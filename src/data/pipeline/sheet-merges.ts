/**
 * Merged cells of a sheet's data rows: dimension cells (街道, 社区, 期间…) filled down from their
 * first cell, and value cells merged over several rows or value columns said, their value kept in
 * the first cell only (as Excel keeps it).
 */
import { columnLetter } from '../report/import-report';
import type { IssueSink } from '../report/issue-sink';
import { makeIssue } from '../report/make-issue';
import { fillMergedDown, type MergedRange } from '../rows/merged-ranges';
import type { TableShape } from '../table/detect-shape';

/**
 * Merged cells of a sheet below the header in the dimension columns (街道, 社区, 期间…) are filled
 * down from their top-left cell, with one note per sheet naming the ranges. Returns whether a cell
 * (1-based line and column) is one of a value merged across several value columns (its first or
 * another): a 合计 there is no column's known total, so not checked (ReadContext.mergedAcross); null when none is.
 */
export function fillSheetMerges(
  rows: string[][], lines: readonly number[], merges: readonly MergedRange[], dataStart: number,
  shape: TableShape, label: string, sink: IssueSink,
): ((line: number, column: number) => boolean) | null {
  const dims = new Set([shape.code, shape.district, shape.parent, shape.unit, shape.period, shape.year ?? -1, shape.metric].filter((c) => c >= 0));
  const across = valuesMergedDown(lines, merges, dataStart, shape, label, sink);
  const inAcross = across.length === 0 ? null
    : (line: number, column: number): boolean => across.some((m) => lines[m.top] === line && column > m.left && column <= m.right + 1);
  const filled = fillMergedDown(rows, merges, dataStart, dims);
  if (filled.length === 0) return inAcross;
  const ranges = filled.slice(0, 10).map((m) => `${columnLetter(m.left + 1)}${lines[m.top]}:${columnLetter(m.right + 1)}${lines[m.bottom]}`);
  sink.push(makeIssue('info', 'merged-cells-filled', { file: label, line: lines[filled[0]!.top]! },
    `合并单元格${ranges.join('、')}${filled.length > 10 ? `等${filled.length}处` : ''}已按其第一个单元格的内容向下填充`,
    `Merged cells ${ranges.join(', ')} were filled down from their first cell.`));
  return inAcross;
}

/**
 * A value merged down over several rows (one sum for a joint event of three communities), or
 * across several value columns of one row (one figure under two metrics), stays in its first cell
 * only, as Excel keeps it: never copied to the others, but said, naming the ranges. Returns those
 * merged across value columns.
 */
function valuesMergedDown(
  lines: readonly number[], merges: readonly MergedRange[], dataStart: number, shape: TableShape, label: string, sink: IssueSink,
): MergedRange[] {
  const values = shape.kind === 'long' ? [shape.value] : shape.measures.map((m) => m.index);
  const within = (m: MergedRange): number => values.filter((c) => c >= m.left && c <= m.right).length;
  // Its first cell holds the value: a line merged from the 社区 column over the table (填表人…, 注：…) is a note.
  const data = merges.filter((m) => m.top >= dataStart && values.includes(m.left));
  mergedValuesIssue(data.filter((m) => m.bottom > m.top && within(m) > 0), lines, label, sink,
    ['跨行', '行', '几个社区'], ['over several rows', 'row']);
  const across = data.filter((m) => m.bottom === m.top && within(m) > 1);
  mergedValuesIssue(across, lines, label, sink, ['跨列', '列', '几个指标'], ['across several value columns', 'column']);
  return across;
}

function mergedValuesIssue(
  found: readonly MergedRange[], lines: readonly number[], label: string, sink: IssueSink,
  [zhHow, zhFirst, zhWho]: readonly string[], [enHow, enFirst]: readonly string[],
): void {
  if (found.length === 0) return;
  const first = found[0]!;
  const ranges = found.slice(0, 5).map((m) => `${columnLetter(m.left + 1)}${lines[m.top]}:${columnLetter(m.right + 1)}${lines[m.bottom]}`);
  sink.push(makeIssue('warning', 'merged-values', { file: label, line: lines[first.top]!, column: first.left + 1 },
    `数值单元格${ranges.join('、')}${found.length > 5 ? `等${found.length}处` : ''}是${zhHow}合并的，数值只记在合并区域的第一${zhFirst}，其余${zhFirst}按空值处理；如是${zhWho}共同的数，请拆分后分别填写再导入`,
    `Value cells ${ranges.join(', ')} are merged ${enHow}: the value counts for the first ${enFirst} only, the others are blank.`));
}
