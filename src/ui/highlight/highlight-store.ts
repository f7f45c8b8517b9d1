/**
 * The highlighted units: one tiny store shared by every chart and table, so a unit clicked in one
 * place stands out everywhere. The selection is unit names (the URL `units` parameter holds names);
 * a name shared by two units (前白庙村 in two districts) highlights both.
 *
 * The URL is the durable copy: useHighlightUrlSync (called by every view) loads `query.units` into
 * the store and registers setQuery, so toggleHighlight writes the URL too and survives a reload.
 */
import { useEffect, useSyncExternalStore } from 'react';

/** Same cap as the URL parser (src/ui/url-state.ts MAX_UNITS). */
export const MAX_HIGHLIGHTED = 40;

const EMPTY: readonly string[] = Object.freeze([]);
let current: readonly string[] = EMPTY;
const listeners = new Set<() => void>();
/** Writes the selection into the URL query; set by useHighlightUrlSync. */
let writer: ((names: readonly string[]) => void) | null = null;

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

function publish(next: readonly string[], write: boolean): void {
  if (sameNames(next, current)) return;
  current = Object.freeze([...next]);
  for (const l of listeners) l();
  if (write) writer?.(current);
}

/** Subscribe to changes (useSyncExternalStore contract); returns the unsubscribe function. */
export function subscribeHighlight(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The highlighted unit names, in the order they were chosen. */
export function getHighlighted(): readonly string[] {
  return current;
}

/** Replace the selection (and the URL `units`). Blank names and duplicates are dropped. */
export function setHighlighted(names: readonly string[]): void {
  const clean = [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))].slice(0, MAX_HIGHLIGHTED);
  publish(clean, true);
}

/** Add the unit to the highlight, or remove it when it is already highlighted. */
export function toggleHighlight(name: string): void {
  setHighlighted(current.includes(name) ? current.filter((n) => n !== name) : [...current, name]);
}

/** Clear the highlight. */
export function clearHighlight(): void {
  setHighlighted([]);
}

/** The highlighted unit names; re-renders the caller when they change. */
export function useHighlightedUnits(): readonly string[] {
  return useSyncExternalStore(subscribeHighlight, getHighlighted, getHighlighted);
}

/**
 * Keep the store and the URL in step: `units` from the URL (a reload, Back/Forward) replace the
 * store, and store changes are written with `setQuery({ units })`. Safe to call from several
 * mounted components: they all register the same kind of writer.
 */
export function useHighlightUrlSync(units: readonly string[], setQuery: (patch: { units: string[] }) => void): void {
  const key = units.join('\u0000');
  useEffect(() => {
    const names = key === '' ? [] : key.split('\u0000');
    publish(names, false);
  }, [key]);
  useEffect(() => {
    const mine = (names: readonly string[]) => setQuery({ units: [...names] });
    writer = mine;
    return () => {
      if (writer === mine) writer = null;
    };
  }, [setQuery]);
}

/** Test helper: forget the selection and the URL writer. */
export function resetHighlightForTests(): void {
  writer = null;
  current = EMPTY;
  for (const l of listeners) l();
}
