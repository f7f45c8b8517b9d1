/** The saved datasets as a real table (名称, 文件, 社区数, 期间, 数值, 导入时间, 操作). */
import type { DatasetMeta } from '../../storage/schema';
import { DatasetRow, type DatasetRowActions } from './DatasetRow';
import { useT } from '../i18n/use-t';

export interface DatasetTableProps extends DatasetRowActions {
  readonly datasets: readonly DatasetMeta[];
  readonly currentId: string | null;
  readonly renamingId: string | null;
  readonly busyId: string | null;
}

export function DatasetTable({ datasets, currentId, renamingId, busyId, ...actions }: DatasetTableProps) {
  const t = useT().dm;
  return (
    <div className="dm-table-wrap">
      <table className="dm-table">
        <caption>{t.caption(datasets.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colName}</th>
            <th scope="col">{t.colFiles}</th>
            <th scope="col">{t.colUnits}</th>
            <th scope="col">{t.colPeriods}</th>
            <th scope="col">{t.colValues}</th>
            <th scope="col">{t.colTime}</th>
            <th scope="col">{t.colActions}</th>
          </tr>
        </thead>
        <tbody>
          {datasets.map((m) => (
            <DatasetRow
              key={m.id}
              meta={m}
              isCurrent={m.id === currentId}
              renaming={m.id === renamingId}
              busy={m.id === busyId}
              {...actions}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
