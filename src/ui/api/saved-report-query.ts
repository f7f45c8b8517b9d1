/**
 * The report of a saved dataset's latest import, from its import log (counts and first issues): what
 * the 数据 view shows for a dataset reopened after a reload, whose report is no longer in memory.
 */
import { queryOptions } from '@tanstack/react-query';
import type { ImportReport } from '../../data/report/import-report';
import { reportOfLogEntry } from '../../storage/dataset-meta';
import { listImportLog } from '../../storage/dataset-store';

export interface SavedReport {
  readonly report: ImportReport;
  /** ISO time of that import. */
  readonly at: string;
}

/** `id` null: nothing to read (the sample, or a report in memory). */
export function savedReportQueryOptions(id: string | null) {
  return queryOptions({
    queryKey: ['import', 'saved-report', id] as const,
    enabled: id !== null,
    staleTime: Infinity,
    queryFn: async (): Promise<SavedReport | null> => {
      const log = await listImportLog(id!);
      const latest = log.reduce<(typeof log)[number] | null>((a, b) => (a === null || b.at >= a.at ? b : a), null);
      return latest ? { report: reportOfLogEntry(latest), at: latest.at } : null;
    },
  });
}
