/**
 * Browser storage status: how much the app uses, and whether the browser may evict it
 * (best-effort) or has promised to keep it (persisted).
 */

/** Storage use of this site, in bytes. */
export interface StorageEstimate {
  readonly usage: number;
  readonly quota: number;
}

/** persisted: kept until the user clears it; best-effort: may be evicted; unsupported: API absent. */
export type PersistenceStatus = 'persisted' | 'best-effort' | 'unsupported';

function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : undefined;
}

/** Usage and quota from navigator.storage.estimate(), or null where unavailable. */
export async function estimateStorage(): Promise<StorageEstimate | null> {
  const sm = storageManager();
  if (!sm || typeof sm.estimate !== 'function') return null;
  try {
    const e = await sm.estimate();
    return { usage: e.usage ?? 0, quota: e.quota ?? 0 };
  } catch {
    return null;
  }
}

/** Current status without asking the browser for anything. */
export async function getPersistence(): Promise<PersistenceStatus> {
  const sm = storageManager();
  if (!sm || typeof sm.persisted !== 'function') return 'unsupported';
  try {
    return (await sm.persisted()) ? 'persisted' : 'best-effort';
  } catch {
    return 'unsupported';
  }
}

/**
 * Asks the browser to keep the app's data (navigator.storage.persist()). Call it after the first
 * successful import; browsers may refuse or decide silently (it needs a secure context, not a worker).
 */
export async function requestPersistence(): Promise<PersistenceStatus> {
  const sm = storageManager();
  if (!sm || typeof sm.persist !== 'function') return 'unsupported';
  try {
    if (typeof sm.persisted === 'function' && (await sm.persisted())) return 'persisted';
    return (await sm.persist()) ? 'persisted' : 'best-effort';
  } catch {
    return 'unsupported';
  }
}
