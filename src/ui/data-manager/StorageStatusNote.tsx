/**
 * Where the data lives and whether the browser keeps it: persisted (kept until the user clears it)
 * or best-effort (may be evicted under storage pressure), with the space used.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { requestPersistence } from '../../storage/storage-manager';
import { invalidateStorageQueries, storageStatusQueryOptions } from './datasets-query';
import { formatBytes } from './format-storage';
import { useT } from '../i18n/use-t';

const PERSISTENCE_KEY = { persisted: 'persisted', 'best-effort': 'bestEffort', unsupported: 'unsupported' } as const;

export function StorageStatusNote() {
  const client = useQueryClient();
  const t = useT().dm;
  const status = useQuery(storageStatusQueryOptions());
  const persist = useMutation({
    mutationFn: requestPersistence,
    onSettled: () => invalidateStorageQueries(client),
  });
  const s = status.data;
  return (
    <div className="dm-storage" role="note" aria-label={t.storageNote}>
      <p>{t.storageText}</p>
      {s && (
        <p>
          <strong>{t.storageStatus}</strong>{t[PERSISTENCE_KEY[s.persistence]]}
          {s.persistence === 'best-effort' && (
            <button type="button" onClick={() => persist.mutate()} disabled={persist.isPending}>
              {t.persist}
            </button>
          )}
          {persist.data === 'best-effort' && <span className="dm-hint">{t.persistRefused}</span>}
          {s.estimate && s.estimate.quota > 0 && (
            <span className="dm-usage">
              {t.usage(formatBytes(s.estimate.usage, t), formatBytes(s.estimate.quota, t))}
            </span>
          )}
        </p>
      )}
    </div>
  );
}
