/** One saved dataset in the 数据管理 table, with its actions. Names are rendered as text only. */
import type { DatasetMeta } from '../../storage/schema';
import { formatCount, formatImportTime, periodRangeZh } from './format-storage';
import { RenameInput } from './RenameInput';

/** What a row can ask the panel to do. */
export interface DatasetRowActions {
  readonly onSelect: (meta: DatasetMeta) => void;
  readonly onStartRename: (meta: DatasetMeta) => void;
  readonly onRename: (meta: DatasetMeta, name: string) => void;
  readonly onCancelRename: () => void;
  readonly onDownload: (meta: DatasetMeta) => void;
  readonly onDelete: (meta: DatasetMeta) => void;
}

export interface DatasetRowProps extends DatasetRowActions {
  readonly meta: DatasetMeta;
  readonly isCurrent: boolean;
  readonly renaming: boolean;
  /** True while a write for this row runs. */
  readonly busy: boolean;
}

export function DatasetRow({ meta, isCurrent, renaming, busy, ...act }: DatasetRowProps) {
  const files = meta.files.map((f) => f.name);
  return (
    <tr aria-current={isCurrent ? 'true' : undefined} className={isCurrent ? 'dm-current' : undefined}>
      <th scope="row">
        {renaming ? (
          <RenameInput initial={meta.name} busy={busy} onSave={(n) => act.onRename(meta, n)} onCancel={act.onCancelRename} />
        ) : (
          <>
            <span className="dm-name">{meta.name}</span>
            {isCurrent && <span className="dm-badge">当前</span>}
            {meta.isSample && <span className="dm-badge dm-badge-sample">示例</span>}
          </>
        )}
      </th>
      <td title={files.join('\n')}>
        {files.length === 0 ? '—' : files.length <= 2 ? files.join('、') : `${files[0]}等${files.length}个文件`}
      </td>
      <td className="num">{formatCount(meta.unitCount)}</td>
      <td>{periodRangeZh(meta.firstPeriod, meta.lastPeriod, meta.periodCount)}</td>
      <td className="num">{formatCount(meta.observationCount)}</td>
      <td>{formatImportTime(meta.createdAt)}</td>
      <td className="dm-actions">
        <button type="button" onClick={() => act.onSelect(meta)} disabled={isCurrent || busy} aria-label={`设为当前：${meta.name}`}>
          {isCurrent ? '当前数据' : '设为当前'}
        </button>
        <button type="button" onClick={() => act.onStartRename(meta)} disabled={renaming || busy} aria-label={`重命名：${meta.name}`}>
          重命名
        </button>
        <button type="button" onClick={() => act.onDownload(meta)} disabled={busy} aria-label={`下载规范化CSV：${meta.name}`}>
          下载规范化CSV
        </button>
        <button type="button" className="danger" onClick={() => act.onDelete(meta)} disabled={busy} aria-label={`删除：${meta.name}`}>
          删除
        </button>
      </td>
    </tr>
  );
}
