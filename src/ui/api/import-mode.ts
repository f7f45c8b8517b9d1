/**
 * Whether an import replaces the user dataset on screen or is added to it (e.g. a new month).
 * Kept in the query cache so the file picker and a drop anywhere on the page follow one choice.
 */
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/** replace: the import becomes a new saved dataset; append: merged into the one on screen. */
export type ImportMode = 'replace' | 'append';

const importModeKey = ['import', 'mode'] as const;

function importModeOptions() {
  return queryOptions({ queryKey: importModeKey, queryFn: (): ImportMode => 'replace', staleTime: Infinity, gcTime: Infinity });
}

export function useImportMode(): [ImportMode, (mode: ImportMode) => void] {
  const client = useQueryClient();
  const mode = useQuery(importModeOptions()).data ?? 'replace';
  const set = useCallback((next: ImportMode) => client.setQueryData(importModeKey, next), [client]);
  return [mode, set];
}
