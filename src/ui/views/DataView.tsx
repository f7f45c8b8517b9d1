/**
 * 数据: the import UI, the report of the latest import (or of the data on screen) with whether it
 * was saved, what is loaded, and the 数据管理 panel (datasets saved in this browser).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dataset } from '../../data/dataset/dataset';
import type { ImportReport } from '../../data/report/import-report';
import { reopenSaved } from '../data-manager/reopen-client';
import { showDataset } from '../api/dataset-query';
import { lastImportQueryOptions } from '../api/last-import-query';
import { reconcileShownDataset } from '../api/reconcile-shown-dataset';
import { DataManager } from '../data-manager/DataManager';
import { ImportPanel } from '../import/ImportPanel';
import { ImportReportPanel } from '../import/ImportReportPanel';
import { SaveNotice } from '../import/SaveNotice';
import { PanelErrorBoundary } from '../shell/PanelErrorBoundary';
import { DatasetSummary } from './data/DatasetSummary';
import { useT } from '../i18n/use-t';
import { useLang } from '../i18n/lang-store';
import { savedReportQueryOptions } from '../api/saved-report-query';
import { formatImportTime } from '../data-manager/format-storage';

export interface DataViewProps {
  readonly dataset: Dataset | undefined;
  /** Report of the import that produced the dataset on screen. */
  readonly report: ImportReport | null;
}

export function DataView({ dataset, report }: DataViewProps) {
  const client = useQueryClient();
  const t = useT();
  const lang = useLang();
  const d = t.data;
  const last = useQuery(lastImportQueryOptions()).data ?? null;
  const onSelect = (id: string) =>
    reopenSaved(id)
      .then((saved) => (saved ? showDataset(client, { ...saved, report: null }) : false))
      .catch((err: unknown) => console.error('[数据管理]', err));
  const onChanged = () => {
    reconcileShownDataset(client).catch((err: unknown) => console.error('[数据管理]', err));
  };
  // A dataset reopened after a reload has no report in memory: its latest import's, as saved, is shown.
  const ownId = dataset && !dataset.isSample && !report && !last ? dataset.id : null;
  const saved = useQuery(savedReportQueryOptions(ownId)).data ?? null;
  // A blocked import did not replace the data: show its report first, then what is still loaded.
  const shownReport = last?.report ?? report ?? (ownId !== null ? saved?.report : undefined) ?? null;
  const title = last ? (last.report.status === 'blocked' ? d.lastImportFailed : d.lastImport)
    : !report && saved ? d.savedReport(formatImportTime(saved.at, lang)) : d.currentReport;
  return (
    <div className="data-view">
      <PanelErrorBoundary label={d.importPanel}><ImportPanel current={dataset} /></PanelErrorBoundary>
      {dataset
        ? <PanelErrorBoundary label={d.summaryPanel}><DatasetSummary dataset={dataset} /></PanelErrorBoundary>
        : <section className="panel"><p className="loading" role="status"><span className="spinner" aria-hidden="true" />{t.app.loadingData}</p></section>}
      {shownReport && (
        <PanelErrorBoundary label={d.reportPanel}>
          <ImportReportPanel report={shownReport} title={title}>
            {last?.save && <SaveNotice save={last.save} appended={last.appended} />}
          </ImportReportPanel>
        </PanelErrorBoundary>
      )}
      <PanelErrorBoundary label={d.managerPanel}>
        <DataManager currentId={dataset && !dataset.isSample ? dataset.id : null} onSelect={onSelect} onChanged={onChanged} />
      </PanelErrorBoundary>
    </div>
  );
}
