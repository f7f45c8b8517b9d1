/** One saved dataset in the 数据管理 table, with its actions. Names are rendered as text only. */
import type { DatasetMeta } from '../../storage/schema';
import { formatCount, formatImportTime, periodRangeText } from './format-storage';
import { sourceNames } from '../../charts/spec-text';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { RenameInput } from './RenameInput';

/** What a row can ask the panel to do. */
export interface DatasetRowActions {
  readonly onSelect: (meta: DatasetMeta) => void;
  readonly onStartRename: (meta: DatasetMeta) => void;
  readonly onRename: (meta: DatasetMeta, name: string) => void;
  readonly onCancelRename: () => void;
  readonly onDownload: (meta: DatasetMeta) => void;
  readonly onDelete: (meta: DatasetMeta) => void;
}

export interface DatasetRowProps extends DatasetRowActions {
  readonly meta: DatasetMeta;
  readonly isCurrent: boolean;
  readonly renaming: boolean;
  /** True while a write for this row runs. */
  readonly busy: boolean;
}

export function DatasetRow({ meta, isCurrent, renaming, busy, ...act }: DatasetRowProps) {
  const t = useT().dm;
  const lang = useLang();
  const files = sourceNames(meta.files, lang);
  return (
    <tr aria-current={isCurrent ? 'true' : undefined} className={isCurrent ? 'dm-current' : undefined}>
      <th scope="row">
        {renaming ? (
          <RenameInput initial={meta.name} busy={busy} onSave={(n) => act.onRename(meta, n)} onCancel={act.onCancelRename} />
        ) : (
          <>
            <span className="dm-name">{meta.name}</span>
            {isCurrent && <span className="dm-badge">{t.current}</span>}
            {meta.isSample && <span className="dm-badge dm-badge-sample">{t.sample}</span>}
          </>
        )}
      </th>
      <td title={files.join('\n')}>
        {files.length === 0 ? '—' : files.length <= 2 ? files.join(t.fileSep) : t.filesMore(files[0]!, files.length)}
      </td>
      <td className="num">{formatCount(meta.unitCount, lang)}</td>
      <td>{periodRangeText(meta.firstPeriod, meta.lastPeriod, meta.periodCount, lang, t)}</td>
      {meta.numberCount !== undefined ? (
        <td className="num">{formatCount(meta.numberCount, lang)}</td>
      ) : (
        <td className="num" title={t.cellsWithBlanksTitle}>{t.cellsWithBlanks(formatCount(meta.observationCount, lang))}</td>
      )}
      <td>{formatImportTime(meta.createdAt, lang)}</td>
      <td className="dm-actions">
        <button type="button" onClick={() => act.onSelect(meta)} disabled={isCurrent || busy} aria-label={t.setCurrentOf(meta.name)}>
          {isCurrent ? t.isCurrent : t.setCurrent}
        </button>
        <button type="button" onClick={() => act.onStartRename(meta)} disabled={renaming || busy} aria-label={t.renameOf(meta.name)}>
          {t.rename}
        </button>
        <button type="button" onClick={() => act.onDownload(meta)} disabled={busy} aria-label={t.downloadOf(meta.name)}>
          {t.download}
        </button>
        <button type="button" className="danger" onClick={() => act.onDelete(meta)} disabled={busy} aria-label={t.removeOf(meta.name)}>
          {t.remove}
        </button>
      </td>
    </tr>
  );
}
