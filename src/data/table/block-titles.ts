/**
 * Two tables side by side on the same lines (a second 社区 column after the first table's
 * values), each under a title of its own on one row: its period (`2024年5月` over the left table,
 * `2024年6月` over the right) or its street (`新华街道`, `和平街道`). Joined into one title naming
 * two periods, both tables were read as the first's and the right one's values refused as
 * conflicting with the left's; naming two streets, neither street was the tables'.
 */
import { parsePeriodLabel, type ParsedPeriod } from '../cells/parse-period-label';
import { scanPeriodText } from '../cells/scan-period-text';
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { matchDimensionHeader } from '../vocabulary/metric-aliases';
import { formatPeriodKey, type PeriodKey } from '../vocabulary/period';
import type { TableShape } from './detect-shape';
import type { HeaderColumn } from './find-header';
import { streetNameIn } from './file-street';

/** The two tables' titles: the left one's text (the table's own title), the right one's period or street and the right table's 社区 column. */
export interface BlockTitles {
  readonly left: string;
  readonly right: { readonly period: PeriodKey } | { readonly street: string };
  readonly rightText: string;
  /** The right table's 社区 column (0-based). */
  readonly rightUnit: number;
}

/** The period a title is, or names among words as a table's title does (`2024年5月人口情况`), with nothing the grammar warns of. */
function periodAlone(text: string): ParsedPeriod | null {
  const scan = scanPeriodText(text);
  const p = parsePeriodLabel(text) ?? (scan.problems.length === 0 ? scan.found : null);
  return p !== null && p.notes.every((n) => n.severity === 'info') ? p : null;
}

/**
 * The two tables' titles when the title row `cells` holds exactly two cells, one over each of two
 * 社区 columns' tables (`columns`, the header's), each naming a different period or a different street; else null.
 */
export function blockTitles(cells: readonly string[] | undefined, columns: readonly HeaderColumn[]): BlockTitles | null {
  if (cells === undefined) return null;
  const units = columns.filter((c) => matchDimensionHeader(c.name) === 'unit');
  if (units.length !== 2) return null;
  const rightUnit = units[1]!.index;
  const written = cells.map((text, k) => ({ text: text.trim(), k })).filter((x) => x.text !== '');
  if (written.length !== 2 || written[0]!.k >= rightUnit || written[1]!.k < rightUnit) return null;
  const [a, b] = [written[0]!.text, written[1]!.text];
  const [left, right] = [periodAlone(a), periodAlone(b)];
  if (left !== null && right !== null) {
    return formatPeriodKey(left.period) === formatPeriodKey(right.period) ? null : { left: a, right: { period: formatPeriodKey(right.period) }, rightText: b, rightUnit };
  }
  const [streetA, streetB] = [streetNameIn(a, 'many'), streetNameIn(b, 'many')];
  if (streetA === '' || streetB === '' || streetNameIn(`${a} ${b}`, 'many') !== '') return null;
  return { left: a, right: { street: streetB }, rightText: b, rightUnit };
}

/**
 * `shape` with the right table's value columns in the right title's period, when it names one (those naming none of
 * their own), and the info saying so; null when the shape read no second table at that column. (A
 * right title's street is the right table's units' street: ReadContext.rightParent.)
 */
export function withRightTitle(shape: TableShape, blocks: BlockTitles, file: string): { shape: TableShape; issue: ImportIssue } | null {
  if (shape.rightUnit !== blocks.rightUnit) return null;
  const { right } = blocks;
  const measures = 'period' in right ? shape.measures.map((m) => (m.index > blocks.rightUnit && m.period === undefined ? { ...m, period: right.period } : m)) : shape.measures;
  const column = blocks.rightUnit + 1;
  return {
    shape: { ...shape, measures },
    issue: makeIssue('info', 'side-by-side-titles', { file, column, columnName: shape.names.get(blocks.rightUnit) ?? '' },
      `左右两个表各有标题：左侧的表按“${blocks.left}”、右侧的表（第${column}列起）按“${blocks.rightText}”读取`,
      `Two tables side by side, each under its own title: the left one read as ${blocks.left}, the right one (from column ${column}) as ${blocks.rightText}.`),
  };
}
