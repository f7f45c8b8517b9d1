/**
 * One shared IndexedDB connection per database name, and the multi-tab events around it:
 * `blocked` (another tab holds an older version open) and `versionchange` (another tab wants a newer
 * version, so this tab closes its connection and should reload).
 */
import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, upgradeSchema, type ShequDatabase, type ShequSchema } from './schema';

/** What the UI should tell the user about the database connection. */
export type StoreEvent =
  /** Another tab keeps the database open at an older version: 请关闭其他打开本应用的标签页. */
  | { readonly type: 'blocked'; readonly name: string }
  /** Another tab opened a newer version; this connection is closed: 请刷新本页. */
  | { readonly type: 'versionchange'; readonly name: string }
  /** The browser closed the connection abnormally (e.g. storage cleared); it reopens on next use. */
  | { readonly type: 'terminated'; readonly name: string };

/** Where a storage call reads and writes: an open handle, or a database name (default DB_NAME). */
export interface StoreTarget {
  readonly db?: ShequDatabase;
  readonly name?: string;
}

/** Thrown by `openStoreUnlessBlocked` while another tab blocks the upgrade. */
export class StoreBlockedError extends Error {
  constructor(name: string) {
    super(`IndexedDB "${name}" is blocked by another tab`);
    this.name = 'StoreBlockedError';
  }
}

const connections = new Map<string, Promise<ShequDatabase>>();
const blockedNames = new Set<string>();
const listeners = new Set<(e: StoreEvent) => void>();

function emit(e: StoreEvent): void {
  for (const l of listeners) l(e);
}

/** Subscribes to connection events; returns the unsubscribe function. */
export function onStoreEvent(listener: (e: StoreEvent) => void): () => void {
  listeners.add(listener);
  return () => { listeners.delete(listener); };
}

/** Opens (or reuses) the connection to database `name`, creating or upgrading the schema. */
export function openStore(name: string = DB_NAME): Promise<ShequDatabase> {
  const cached = connections.get(name);
  if (cached) return cached;
  const opening: Promise<ShequDatabase> = openDB<ShequSchema>(name, DB_VERSION, {
    upgrade: upgradeSchema,
    blocked: () => {
      blockedNames.add(name);
      emit({ type: 'blocked', name });
    },
    blocking: () => {
      // Closing lets the other tab upgrade; this tab's data views must reload after that.
      forget(name, opening);
      void opening.then((db) => db.close());
      emit({ type: 'versionchange', name });
    },
    terminated: () => {
      forget(name, opening);
      emit({ type: 'terminated', name });
    },
  });
  connections.set(name, opening);
  opening.then(
    () => { blockedNames.delete(name); },
    () => { blockedNames.delete(name); forget(name, opening); },
  );
  return opening;
}

function forget(name: string, p: Promise<ShequDatabase>): void {
  if (connections.get(name) === p) connections.delete(name);
}

/**
 * Like `openStore`, but rejects with StoreBlockedError as soon as the open is blocked by another tab,
 * so an import can report it instead of waiting. The open itself goes on and is reused once unblocked.
 */
export function openStoreUnlessBlocked(name: string = DB_NAME): Promise<ShequDatabase> {
  return new Promise<ShequDatabase>((resolve, reject) => {
    const off = onStoreEvent((e) => {
      if (e.type === 'blocked' && e.name === name) {
        off();
        reject(new StoreBlockedError(name));
      }
    });
    const opening = openStore(name);
    if (blockedNames.has(name)) {
      off();
      reject(new StoreBlockedError(name));
      return;
    }
    opening.then((db) => { off(); resolve(db); }, (err: unknown) => { off(); reject(err); });
  });
}

/** The handle for a target: its own `db`, else the shared connection to `name`. */
export function resolveStore(target?: StoreTarget): Promise<ShequDatabase> {
  return target?.db ? Promise.resolve(target.db) : openStore(target?.name);
}

/** Closes and forgets the shared connection to `name` (tests use it to simulate a reload). */
export async function closeStore(name: string = DB_NAME): Promise<void> {
  const p = connections.get(name);
  if (!p) return;
  connections.delete(name);
  try {
    (await p).close();
  } catch {
    // A failed open has nothing to close.
  }
}
