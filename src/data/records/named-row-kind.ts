/**
 * What a named row of a table is by its names, before it is read (read-table.ts readNamed): a
 * unit's row (null), or a total, a street's subtotal, a footer, an average… (cells/row-label.ts).
 * Worked out once while the rows below repeat the same names.
 */
import { districtTotal, rowKind, segmentName, type RowLabels, type SubtotalKind } from '../cells/row-label';
import type { TableShape } from '../table/detect-shape';
import { cellAt } from './cell-at';

export class NamedRowKinds {
  private unit = '\u0000';
  private parent = '';
  private district = '';
  private kind: SubtotalKind | null = null;
  /** What a row naming the district is its total by (district-row.ts), set before the first row is read. */
  districtNames: string | undefined;

  /** The kind of the row of `labels`, whose street is `parent` (its street cell, or the street it is under). */
  of(labels: RowLabels, parent: string): SubtotalKind | null {
    const { unit, district } = labels;
    if (unit === '' || unit !== this.unit || parent !== this.parent || district !== this.district) {
      this.unit = unit; this.parent = parent; this.district = district;
      // Without a district column, a row of the district the title names (`西青区`, `西青区合计`) is its total.
      const kind = rowKind(labels);
      const names = this.districtNames;
      this.kind = (kind === null && districtTotal(unit, names)) || (kind === 'segment' && districtTotal(segmentName(unit), names)) ? 'total' : kind;
    }
    return this.kind;
  }
}

/**
 * A long file's row with its 社区 cell blank under a row of the very period and metric (`above`): no
 * merged cell (that covers a community's other metrics or periods) but the street's total, when it
 * names a street (`parent`), or the district's; null for any other row.
 */
export function blankUnitTotal(cells: readonly string[], above: readonly string[] | null, unit: string, parent: string, s: TableShape): SubtotalKind | null {
  if (unit !== '' || s.kind !== 'long' || s.unit < 0 || above === null || cellAt(cells, s.code) !== '') return null;
  if (cellAt(above, s.metric) !== cellAt(cells, s.metric) || cellAt(above, s.period) !== cellAt(cells, s.period)) return null;
  return s.parent >= 0 && parent !== '' ? 'segment' : 'total';
}
