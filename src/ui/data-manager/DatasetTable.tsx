/** The saved datasets as a real table (名称, 文件, 社区数, 期间, 行数, 导入时间, 操作). */
import type { DatasetMeta } from '../../storage/schema';
import { DatasetRow, type DatasetRowActions } from './DatasetRow';

export interface DatasetTableProps extends DatasetRowActions {
  readonly datasets: readonly DatasetMeta[];
  readonly currentId: string | null;
  readonly renamingId: string | null;
  readonly busyId: string | null;
}

export function DatasetTable({ datasets, currentId, renamingId, busyId, ...actions }: DatasetTableProps) {
  return (
    <div className="dm-table-wrap">
      <table className="dm-table">
        <caption>本机浏览器中保存的数据集（共 {datasets.length} 个）</caption>
        <thead>
          <tr>
            <th scope="col">名称</th>
            <th scope="col">文件</th>
            <th scope="col">社区数</th>
            <th scope="col">期间</th>
            <th scope="col">行数</th>
            <th scope="col">导入时间</th>
            <th scope="col">操作</th>
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
