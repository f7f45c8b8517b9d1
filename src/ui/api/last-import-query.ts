/**
 * The outcome of the latest import (ok or blocked), kept in the query cache so the 数据 view can
 * show the report of an import started anywhere (file picker or a drop onto the page).
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Dataset } from '../../data/dataset';
import { readFiles, runImport, type ImportOutcome } from '../import/import-client';
import { showDataset } from './dataset-query';

export interface LastImport extends ImportOutcome {
  /** Local time the import finished, ISO. */
  readonly at: string;
}

export const lastImportQueryKey = ['import', 'last'] as const;

export function lastImportQueryOptions() {
  return queryOptions({
    queryKey: lastImportQueryKey,
    queryFn: (): LastImport | null => null,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** What an import needs besides the files. */
export interface ImportVariables {
  readonly files: readonly File[];
  /** Merge into this dataset instead of replacing it. */
  readonly mergeInto?: Dataset;
}

/** Import mutation: reads the files, runs the worker, shows the dataset when the import is ok. */
export function useImportFiles() {
  const client = useQueryClient();
  return useMutation({
    mutationKey: ['import'],
    mutationFn: async ({ files, mergeInto }: ImportVariables): Promise<LastImport> => {
      const bytes = await readFiles(files);
      const name = files.length === 1 ? files[0]!.name.replace(/\.[^.]+$/, '') : `${files.length}个文件`;
      const outcome = await runImport(bytes, { datasetName: mergeInto ? mergeInto.name : name, existing: mergeInto });
      return { ...outcome, at: new Date().toISOString() };
    },
    onSuccess: (result) => {
      client.setQueryData(lastImportQueryKey, result);
      if (result.dataset && result.report.status === 'ok') {
        showDataset(client, { dataset: result.dataset, report: result.report });
      }
    },
  });
}
