/** Builds the small records stored next to a dataset: its list summary and its import-log entry. */
import { numberCount, sourceFileOf, type Dataset } from '../data/dataset/dataset';
import { parsePeriodKey } from '../data/vocabulary/period';
import type { ImportReport } from '../data/report/import-report';
import type { DatasetMeta, ImportLogEntry, StoredFileInfo } from './schema';

/** At most this many issues are kept per import-log entry; the rest are counted. */
export const LOG_ISSUE_CAP = 2000;

/**
 * The list summary of `ds`. `hashes` maps a file name to the SHA-256 of the original bytes kept in
 * `rawFiles` (a workbook sheet's source, `三月.xlsx › 3月`, takes its workbook's); `createdAt` is kept from the dataset being replaced, if any.
 */
export function buildDatasetMeta(
  ds: Dataset,
  hashes: ReadonlyMap<string, string>,
  now: string,
  createdAt: string = ds.createdAt,
): DatasetMeta {
  const files: StoredFileInfo[] = ds.files.map((f) => ({
    name: f.name,
    encoding: f.encoding,
    bytes: f.bytes,
    sha256: hashes.get(sourceFileOf(f.name).file) ?? f.sha256 ?? '',
  }));
  const single = ds.periods.filter((p) => parsePeriodKey(p)?.granularity !== 'C');
  const span = single.length > 0 ? single : ds.periods;
  const parents = new Set<string>();
  for (const u of ds.units) if (u.parent !== '') parents.add(`${u.district}|${u.parent}`);
  return {
    id: ds.id,
    name: ds.name,
    createdAt,
    updatedAt: now,
    files,
    unitCount: ds.units.length,
    parentCount: parents.size,
    periodCount: ds.periods.length,
    metricCount: ds.metrics.length,
    observationCount: ds.obs.value.length,
    numberCount: numberCount(ds.obs.value),
    // The span of the months, quarters… (years to date, 1-3月累计, would make 2024年3月 至 2024年1-3月累计).
    firstPeriod: span[0] ?? '',
    lastPeriod: span[span.length - 1] ?? '',
    isSample: ds.isSample,
  };
}

/** The import-log entry for one commit of `report` into dataset `datasetId`. */
export function buildLogEntry(report: ImportReport, datasetId: string, at: string): ImportLogEntry {
  let errorCount = 0;
  let warningCount = 0;
  for (const i of report.issues) {
    if (i.severity === 'error') errorCount++;
    else if (i.severity === 'warning') warningCount++;
  }
  return {
    datasetId,
    at,
    files: [...report.files],
    counts: { ...report.counts },
    observations: report.observations,
    ...(report.values !== undefined ? { values: report.values } : {}),
    ...(report.added !== undefined ? { added: report.added } : {}),
    ...(report.corrected !== undefined ? { corrected: report.corrected } : {}),
    errorCount,
    warningCount,
    issues: report.issues.slice(0, LOG_ISSUE_CAP),
    issuesOmitted: Math.max(0, report.issues.length - LOG_ISSUE_CAP),
  };
}

/**
 * The report an import-log entry keeps (its counts and first issues; not the list of rows not
 * imported): what the 数据 view shows for a dataset reopened after a reload.
 */
export function reportOfLogEntry(entry: ImportLogEntry): ImportReport {
  return { status: 'ok', files: [...entry.files], counts: { ...entry.counts }, issues: [...entry.issues], rows: [], observations: entry.observations,
    ...(entry.values !== undefined ? { values: entry.values } : {}),
    ...(entry.added !== undefined ? { added: entry.added } : {}), ...(entry.corrected !== undefined ? { corrected: entry.corrected } : {}) };
}

/** A deeply frozen Dataset again after a structured clone (which drops Object.freeze). */
export function refreezeDataset(ds: Dataset): Dataset {
  for (const u of ds.units) {
    Object.freeze(u.aliases);
    Object.freeze(u);
  }
  for (const m of ds.metrics) Object.freeze(m);
  for (const f of ds.files) Object.freeze(f);
  Object.freeze(ds.units);
  Object.freeze(ds.periods);
  Object.freeze(ds.metrics);
  Object.freeze(ds.files);
  Object.freeze(ds.rawText);
  Object.freeze(ds.obs);
  return Object.freeze(ds);
}
