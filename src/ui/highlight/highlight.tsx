/**
 * The highlighted units: the URL `units` of the view query (its only copy), handed to every chart
 * and table under a view, so a unit clicked in one place stands out everywhere and a reload or
 * Back/Forward shows the same. The selection is unit names; a name shared by two units (前白庙村
 * in two districts) highlights both.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { MAX_UNITS } from '../url-state';
import type { ViewQuery } from '../view-query';

/** Most units highlighted at once (the URL keeps no more). */
export const MAX_HIGHLIGHTED = MAX_UNITS;

/** The highlighted unit names, in the order chosen, and the ways to change them. */
export interface Highlight {
  readonly names: readonly string[];
  /** Replace the selection. Blank names and repeats are dropped; at most MAX_HIGHLIGHTED kept. */
  readonly set: (names: readonly string[]) => void;
  /** Add the unit, or remove it when it is already highlighted. */
  readonly toggle: (name: string) => void;
  readonly clear: () => void;
}

/** Outside a view (a chart drawn off-screen for an export): nothing highlighted, clicks do nothing. */
const NONE: Highlight = { names: [], set: () => undefined, toggle: () => undefined, clear: () => undefined };

const HighlightContext = createContext<Highlight>(NONE);

/** The names as the URL should hold them: trimmed, no blanks, no repeats, at most MAX_HIGHLIGHTED. */
function cleanHighlight(names: readonly string[]): string[] {
  return [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))].slice(0, MAX_HIGHLIGHTED);
}

/** Gives the views under it the query's `units` as the highlight, written back with setQuery. */
export function HighlightProvider({ units, setQuery, children }: {
  readonly units: readonly string[];
  readonly setQuery: (patch: Partial<ViewQuery>) => void;
  readonly children: ReactNode;
}) {
  const value = useMemo<Highlight>(() => {
    const set = (names: readonly string[]) => setQuery({ units: cleanHighlight(names) });
    return {
      names: units,
      set,
      toggle: (name) => set(units.includes(name) ? units.filter((n) => n !== name) : [...units, name]),
      clear: () => set([]),
    };
  }, [units, setQuery]);
  return <HighlightContext.Provider value={value}>{children}</HighlightContext.Provider>;
}

/** The highlighted units of the view this component is in. */
export function useHighlight(): Highlight {
  return useContext(HighlightContext);
}
