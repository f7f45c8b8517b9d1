/**
 * React Query options for what the 数据管理 panel reads from IndexedDB: the list of saved datasets
 * and the storage status. Every write invalidates the `storage` key so all of them refresh.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { listDatasets } from '../../storage/dataset-store';
import type { StoreTarget } from '../../storage/connection';
import { DB_NAME } from '../../storage/schema';
import { estimateStorage, getPersistence, type PersistenceStatus, type StorageEstimate } from '../../storage/storage-manager';

/** Prefix of every storage query key. */
export const storageQueryKey = ['storage'] as const;

/** Saved datasets, newest import first. `target` is for tests (another database name). */
export function datasetsQueryOptions(target?: StoreTarget) {
  return queryOptions({
    queryKey: [...storageQueryKey, 'datasets', target?.name ?? DB_NAME] as const,
    queryFn: () => listDatasets(target),
    retry: false,
  });
}

/** Whether the browser keeps the data (persisted) and how much space it uses. */
export interface StorageStatus {
  readonly persistence: PersistenceStatus;
  /** null where navigator.storage.estimate() is missing. */
  readonly estimate: StorageEstimate | null;
}

export function storageStatusQueryOptions() {
  return queryOptions({
    queryKey: [...storageQueryKey, 'status'] as const,
    queryFn: async (): Promise<StorageStatus> => ({
      persistence: await getPersistence(),
      estimate: await estimateStorage(),
    }),
    retry: false,
  });
}

/** Refreshes every storage query after a write (here or in another tab). */
export function invalidateStorageQueries(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: storageQueryKey });
}
