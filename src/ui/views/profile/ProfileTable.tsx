/** The profile's every-metric table, drawn from the same TableSpec that CSV/XLSX/PPTX export. */
import type { TableSpec } from '../../../charts/chart-spec';
import { cellText } from '../../../export/table-cell-text';

export function ProfileTable({ table, caption }: { readonly table: TableSpec; readonly caption: string }) {
  return (
    <div className="profile-table-box" role="region" aria-label={caption} tabIndex={0}>
      <table className="profile-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>{table.columns.map((c) => <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>{c.label}</th>)}</tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {table.columns.map((c, i) => (i === 0
                ? <th key={c.key} scope="row">{cellText(row[i] ?? null, c, table.lang, r)}</th>
                : <td key={c.key} className={c.numeric ? 'num' : undefined}>{cellText(row[i] ?? null, c, table.lang, r)}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
