/**
 * Tells other tabs of the app that stored datasets changed, so they can refresh their lists
 * (BroadcastChannel; silently absent where unsupported). A tab does not receive its own messages.
 */

const CHANNEL = 'shequ-compare';

export type DatasetChangeKind = 'commit' | 'rename' | 'delete' | 'current';

/** Message posted after a successful write. */
export interface DatasetChange {
  readonly type: 'datasets-changed';
  readonly kind: DatasetChangeKind;
  readonly id: string;
}

/** Posts a change message to the other tabs. */
export function notifyDatasetsChanged(kind: DatasetChangeKind, id: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const message: DatasetChange = { type: 'datasets-changed', kind, id };
  const channel = new BroadcastChannel(CHANNEL);
  try {
    channel.postMessage(message);
  } finally {
    channel.close();
  }
}

/** Calls `listener` for every change another tab reports; returns the unsubscribe function. */
export function subscribeDatasetChanges(listener: (change: DatasetChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<unknown>) => {
    const d = e.data;
    if (d && typeof d === 'object' && (d as { type?: unknown }).type === 'datasets-changed') listener(d as DatasetChange);
  };
  return () => channel.close();
}
