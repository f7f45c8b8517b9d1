/**
 * 数据管理: the datasets saved in this browser, with 设为当前, 重命名, 下载规范化CSV and 删除
 * (confirmed), plus the storage status. Every write is one IndexedDB transaction; a failure leaves
 * the data as it was and is shown here in Chinese.
 */
import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { deleteDataset, onStoreEvent, renameDataset, setCurrentDatasetId } from '../../storage/dataset-store';
import type { StoreTarget } from '../../storage/connection';
import { subscribeDatasetChanges } from '../../storage/change-channel';
import type { StoreResult } from '../../storage/store-result';
import type { DatasetMeta } from '../../storage/schema';
import { datasetsQueryOptions, invalidateStorageQueries } from './datasets-query';
import { DatasetTable } from './DatasetTable';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import { StorageStatusNote } from './StorageStatusNote';
import { downloadNormalizedCsv } from './download-normalized-csv';
import { storeFailureText, type StoreAction } from './store-failure-text';
import './data-manager.css';
import { useT } from '../i18n/use-t';
import type { Messages } from '../i18n/messages-zh';

export interface DataManagerProps {
  /** Id of the dataset the views show, or null (e.g. the unsaved sample). */
  readonly currentId: string | null;
  /** Called after a dataset was made current in storage; load and show it. */
  readonly onSelect: (id: string) => void | Promise<unknown>;
  /** Called after a rename or delete, so the app can refresh what it shows. */
  readonly onChanged: () => void;
  /** Another database, for tests. */
  readonly store?: StoreTarget;
}

/** A notice is worded when drawn, so a language switch rewords the one on screen. */
interface Notice {
  readonly tone: 'ok' | 'error';
  readonly text: (dm: Messages['dm']) => string;
}


export function DataManager({ currentId, onSelect, onChanged, store }: DataManagerProps) {
  const client = useQueryClient();
  const t = useT().dm;
  const datasets = useQuery(datasetsQueryOptions(store));
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<DatasetMeta | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => subscribeDatasetChanges(() => { void invalidateStorageQueries(client); }), [client]);
  useEffect(() => onStoreEvent((e) => setNotice({ tone: 'error', text: (dm) => dm[e.type] })), []);

  /** Runs one write for a row and reports its outcome. */
  const run = async (meta: DatasetMeta, action: StoreAction, write: () => Promise<StoreResult>, okText: Notice['text']): Promise<boolean> => {
    setBusyId(meta.id);
    try {
      const result = await write();
      if (!result.ok) {
        setNotice({ tone: 'error', text: (dm) => storeFailureText(result, action, dm) });
        if (result.reason === 'not-found') void invalidateStorageQueries(client);
        return false;
      }
      setNotice({ tone: 'ok', text: okText });
      await invalidateStorageQueries(client);
      return true;
    } finally {
      setBusyId(null);
    }
  };

  const actions = {
    onSelect: async (m: DatasetMeta) => {
      if (!(await run(m, 'current', () => setCurrentDatasetId(m.id, store), (dm) => dm.madeCurrent(m.name)))) return;
      // The row stays busy until the dataset is loaded and shown.
      setBusyId(m.id);
      try {
        await onSelect(m.id);
      } finally {
        setBusyId(null);
      }
    },
    onStartRename: (m: DatasetMeta) => { setRenamingId(m.id); setNotice(null); },
    onCancelRename: () => setRenamingId(null),
    onRename: async (m: DatasetMeta, name: string) => {
      if (await run(m, 'rename', () => renameDataset(m.id, name, store), (dm) => dm.renamed(name))) {
        setRenamingId(null);
        onChanged();
      }
    },
    onDownload: async (m: DatasetMeta) => {
      setBusyId(m.id);
      try {
        const problem = await downloadNormalizedCsv(m.id, m.name, store, t);
        setNotice(problem ? { tone: 'error', text: (dm) => dm.notFound(m.name) } : null);
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        setNotice({ tone: 'error', text: (dm) => dm.downloadFailed(reason) });
      } finally {
        setBusyId(null);
      }
    },
    onDelete: (m: DatasetMeta) => { setConfirming(m); setNotice(null); },
  };

  const confirmDelete = async (m: DatasetMeta) => {
    const ok = await run(m, 'delete', () => deleteDataset(m.id, store), (dm) => dm.deleted(m.name));
    setConfirming(null);
    if (ok) onChanged();
  };

  return (
    <section className="panel data-manager" aria-labelledby="dm-title">
      <header className="panel-header">
        <h2 id="dm-title">{t.title}</h2>
      </header>
      <StorageStatusNote />
      {notice && (
        <p className={notice.tone === 'error' ? 'dm-notice dm-error' : 'dm-notice'} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text(t)}
        </p>
      )}
      {datasets.isPending ? (
        <p role="status">{t.reading}</p>
      ) : datasets.isError ? (
        <p role="alert" className="dm-error">
          {t.readFailed}
        </p>
      ) : datasets.data.length === 0 ? (
        <p role="status">{t.none}</p>
      ) : (
        <DatasetTable datasets={datasets.data} currentId={currentId} renamingId={renamingId} busyId={busyId} {...actions} />
      )}
      {confirming && (
        <ConfirmDeleteDialog
          name={confirming.name}
          busy={busyId === confirming.id}
          onConfirm={() => { void confirmDelete(confirming); }}
          onCancel={() => setConfirming(null)}
        />
      )}
    </section>
  );
}
