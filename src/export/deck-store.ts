/**
 * The 汇报篮 (deck basket): pinned charts and tables, in order, kept in a small IndexedDB
 * database `shequ-deck` so pins survive a reload. Separate from the dataset database on purpose:
 * a dataset migration can never lose pins, and clearing pins never touches data.
 * The whole list is one record (tens of pins at most), read and written in one transaction; every
 * change returns the new list (the page's basket shows it: src/ui/export/use-pins.ts).
 */
import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import type { DeckItem } from './deck-item';

/** One pin: what to export, and where it came from. */
export interface Pin {
  /** Stable id, e.g. the view URL plus the chart name; adding the same id again replaces it. */
  readonly id: string;
  /** Title shown in the basket, e.g. `各社区再就业人数对比（2024年第二季度）`. */
  readonly title: string;
  readonly item: DeckItem;
  /** The view's URL (query) when pinned, to reopen it. */
  readonly viewUrl: string;
  /** ISO timestamp of pinning. */
  readonly addedAt: string;
}

interface DeckDb extends DBSchema {
  kv: { key: string; value: Pin[] };
}

const DB_NAME = 'shequ-deck';
const KEY = 'pins';
let dbPromise: Promise<IDBPDatabase<DeckDb>> | null = null;

function db(): Promise<IDBPDatabase<DeckDb>> {
  dbPromise ??= openDB<DeckDb>(DB_NAME, 1, {
    upgrade(d) { d.createObjectStore('kv'); },
  });
  return dbPromise;
}

/** Read-modify-write the pin list in one transaction; returns the new list. */
async function update(change: (pins: Pin[]) => Pin[]): Promise<readonly Pin[]> {
  const d = await db();
  const tx = d.transaction('kv', 'readwrite');
  const next = change([...((await tx.store.get(KEY)) ?? [])]);
  await tx.store.put(next, KEY);
  await tx.done;
  return next;
}

/** All pins in deck order. */
export async function listPins(): Promise<readonly Pin[]> {
  return (await (await db()).get('kv', KEY)) ?? [];
}

/** Add a pin at the end (or replace the pin with the same id in place). */
export function addPin(pin: Omit<Pin, 'addedAt'> & { addedAt?: string }): Promise<readonly Pin[]> {
  const full: Pin = { ...pin, addedAt: pin.addedAt ?? new Date().toISOString() };
  return update((pins) => {
    const at = pins.findIndex((p) => p.id === pin.id);
    if (at >= 0) pins[at] = full;
    else pins.push(full);
    return pins;
  });
}

/** Remove a pin; unknown ids are ignored. */
export function removePin(id: string): Promise<readonly Pin[]> {
  return update((pins) => pins.filter((p) => p.id !== id));
}

/** Move a pin by `delta` places (−1 up, +1 down), clamped to the list. */
export function movePin(id: string, delta: number): Promise<readonly Pin[]> {
  return update((pins) => {
    const from = pins.findIndex((p) => p.id === id);
    if (from < 0) return pins;
    const to = Math.max(0, Math.min(pins.length - 1, from + Math.trunc(delta)));
    const [pin] = pins.splice(from, 1);
    if (pin !== undefined) pins.splice(to, 0, pin);
    return pins;
  });
}

/** Remove every pin. */
export function clearPins(): Promise<readonly Pin[]> {
  return update(() => []);
}

/** Close the connection (tests, or before deleting the database). */
export async function closeDeckDb(): Promise<void> {
  if (dbPromise !== null) (await dbPromise).close();
  dbPromise = null;
}
