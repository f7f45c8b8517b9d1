/**
 * A real <table> in a scroll box. Up to VIRTUALIZE_ABOVE rows every row is in the page (so
 * find-in-page, copy and screen readers see them all); above that only the rows in view are
 * rendered (@tanstack/react-virtual), with spacer rows keeping the scroll height, and the table
 * keeps its semantics through role=table/rowgroup/row, aria-rowcount and aria-rowindex.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useState, type ReactNode } from 'react';

/** More rows than this and the table is virtualised (issue 6: city scale is 5,617 units). */
export const VIRTUALIZE_ABOVE = 1000;

/** Row height in px; styles.css fixes virtual rows to exactly this (one line, no wrapping). */
const ROW_HEIGHT = 31;

export interface VirtualTableProps<R> {
  readonly caption: ReactNode;
  /** Accessible name of the scroll region, e.g. `排行表（可滚动）`. */
  readonly regionLabel: string;
  readonly className?: string;
  /** The header cells (<th scope="col">…). */
  readonly head: ReactNode;
  /** CSS widths of the columns; used when virtualised (fixed layout keeps columns steady). */
  readonly columnWidths: readonly string[];
  readonly rows: readonly R[];
  readonly rowKey: (row: R) => string | number;
  readonly rowClassName?: (row: R) => string | undefined;
  /** The cells of one row. */
  readonly cells: (row: R, index: number) => ReactNode;
}

export function VirtualTable<R>(props: VirtualTableProps<R>) {
  // State, not a ref: the virtualiser must see the box after it mounts (a child's effects run
  // before a parent's ref is attached, so a ref would still be null there).
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const virtual = props.rows.length > VIRTUALIZE_ABOVE;
  return (
    <div ref={setBox} className="table-scroll" tabIndex={0} role="region" aria-label={props.regionLabel}>
      <table
        className={[props.className, virtual ? 'virtual-table' : ''].filter(Boolean).join(' ')}
        role={virtual ? 'table' : undefined}
        aria-rowcount={virtual ? props.rows.length + 1 : undefined}
      >
        <caption>{props.caption}</caption>
        {virtual && <colgroup>{props.columnWidths.map((w, i) => <col key={i} style={{ width: w }} />)}</colgroup>}
        <thead role={virtual ? 'rowgroup' : undefined}>
          <tr role={virtual ? 'row' : undefined} aria-rowindex={virtual ? 1 : undefined}>{props.head}</tr>
        </thead>
        {virtual ? <VirtualBody {...props} box={box} /> : (
          <tbody>
            {props.rows.map((r, i) => <tr key={props.rowKey(r)} className={props.rowClassName?.(r)}>{props.cells(r, i)}</tr>)}
          </tbody>
        )}
      </table>
    </div>
  );
}

function VirtualBody<R>({ rows, rowKey, rowClassName, cells, columnWidths, box }: VirtualTableProps<R> & { box: HTMLDivElement | null }) {
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => box,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    // Rows have a fixed height (no measuring: one line each), so the scroll height is exact.
    // Before layout, assume a box of about 20 rows.
    initialRect: { width: 1000, height: 20 * ROW_HEIGHT },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const before = first ? first.start : 0;
  const after = last ? virtualizer.getTotalSize() - last.end : 0;
  const span = columnWidths.length;
  return (
    <tbody role="rowgroup">
      {before > 0 && <tr role="presentation" aria-hidden="true"><td colSpan={span} className="spacer" style={{ height: before }} /></tr>}
      {items.map((item) => {
        const r = rows[item.index]!;
        return (
          <tr
            key={rowKey(r)}
            role="row"
            aria-rowindex={item.index + 2}
            className={rowClassName?.(r)}
          >
            {cells(r, item.index)}
          </tr>
        );
      })}
      {after > 0 && <tr role="presentation" aria-hidden="true"><td colSpan={span} className="spacer" style={{ height: after }} /></tr>}
    </tbody>
  );
}
