/**
 * Whether an import replaces the user dataset on screen or is added to it (e.g. a new month).
 * Kept in the query cache so the file picker and a drop anywhere on the page follow one choice,
 * and remembered in localStorage: a clerk who adds each month to one dataset chooses it once,
 * not again after every reload (and then finds next month's file saved as a dataset of its own).
 */
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/** replace: the import becomes a new saved dataset; append: merged into the one on screen. */
export type ImportMode = 'replace' | 'append';

const importModeKey = ['import', 'mode'] as const;
export const IMPORT_MODE_STORAGE_KEY = 'shequ.importMode';

function storedMode(): ImportMode {
  try {
    return globalThis.localStorage?.getItem(IMPORT_MODE_STORAGE_KEY) === 'append' ? 'append' : 'replace';
  } catch {
    return 'replace'; // storage blocked (private mode, policy): the default still works
  }
}

function importModeOptions() {
  return queryOptions({ queryKey: importModeKey, queryFn: storedMode, staleTime: Infinity, gcTime: Infinity });
}

export function useImportMode(): [ImportMode, (mode: ImportMode) => void] {
  const client = useQueryClient();
  const mode = useQuery(importModeOptions()).data ?? 'replace';
  const set = useCallback((next: ImportMode) => {
    try {
      globalThis.localStorage?.setItem(IMPORT_MODE_STORAGE_KEY, next);
    } catch {
      // Not remembered across reloads, but used now.
    }
    client.setQueryData(importModeKey, next);
  }, [client]);
  return [mode, set];
}
