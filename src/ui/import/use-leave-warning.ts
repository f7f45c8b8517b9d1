/**
 * While an import is running or being saved (a pending mutation with the key ['import']), closing
 * or reloading the tab would lose it: the browser asks first (beforeunload). In the app shell, so
 * it holds whichever view is on screen.
 */
import { useIsMutating } from '@tanstack/react-query';
import { useEffect } from 'react';

/** The mutation key of an import (useImportFiles). */
export const IMPORT_MUTATION_KEY = ['import'] as const;

export function useLeaveWarningWhileImporting(): void {
  const importing = useIsMutating({ mutationKey: IMPORT_MUTATION_KEY }) > 0;
  useEffect(() => {
    if (!importing) return;
    const ask = (e: BeforeUnloadEvent): void => { e.preventDefault(); };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [importing]);
}
