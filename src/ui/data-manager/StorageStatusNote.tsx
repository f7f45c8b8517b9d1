/**
 * Where the data lives and whether the browser keeps it: persisted (kept until the user clears it)
 * or best-effort (may be evicted under storage pressure), with the space used.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { requestPersistence } from '../../storage/storage-manager';
import { invalidateStorageQueries, storageStatusQueryOptions } from './datasets-query';
import { formatBytes } from './format-storage';

const PERSISTENCE_TEXT = {
  persisted: '已设为持久保存：浏览器不会自动清除这些数据。',
  'best-effort': '尽力保存：磁盘空间紧张时，浏览器可能清除这些数据。',
  unsupported: '此浏览器无法查询存储状态。',
} as const;

export function StorageStatusNote() {
  const client = useQueryClient();
  const status = useQuery(storageStatusQueryOptions());
  const persist = useMutation({
    mutationFn: requestPersistence,
    onSettled: () => invalidateStorageQueries(client),
  });
  const s = status.data;
  return (
    <div className="dm-storage" role="note" aria-label="存储说明">
      <p>
        所有数据只保存在这台电脑的浏览器中（IndexedDB），不会上传到任何服务器。
        清除浏览器数据会删除这些数据集，请用“下载规范化CSV”留存备份。
      </p>
      {s && (
        <p>
          <strong>存储状态：</strong>{PERSISTENCE_TEXT[s.persistence]}
          {s.persistence === 'best-effort' && (
            <button type="button" onClick={() => persist.mutate()} disabled={persist.isPending}>
              申请持久保存
            </button>
          )}
          {persist.data === 'best-effort' && <span className="dm-hint">浏览器未同意持久保存，请定期下载备份。</span>}
          {s.estimate && s.estimate.quota > 0 && (
            <span className="dm-usage">
              已用 {formatBytes(s.estimate.usage)}，可用上限约 {formatBytes(s.estimate.quota)}。
            </span>
          )}
        </p>
      )}
    </div>
  );
}
