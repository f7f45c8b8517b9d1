/**
 * The import controls: a labelled file picker (several files at once) and a drop zone. Files are
 * read in the page and imported in the worker; the report shows in ImportReportPanel.
 */
import { useId, useState, type DragEvent } from 'react';
import type { Dataset } from '../../data/dataset';
import { useImportFiles } from '../api/last-import-query';

export const ACCEPTED_EXTENSIONS = '.csv,.txt,.tsv';

export function ImportPanel({ current }: { current: Dataset | undefined }) {
  const id = useId();
  const mutation = useImportFiles();
  const [merge, setMerge] = useState(false);
  const [over, setOver] = useState(false);
  const canMerge = current !== undefined && !current.isSample;

  const start = (list: FileList | null) => {
    const files = list ? [...list] : [];
    if (files.length === 0) return;
    mutation.mutate({ files, mergeInto: canMerge && merge ? current : undefined });
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    e.stopPropagation();
    setOver(false);
    start(e.dataTransfer.files);
  };

  return (
    <section className="panel import-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>导入数据</h2>
      <div
        className={over ? 'drop-zone drop-over' : 'drop-zone'}
        onDragOver={(e) => { e.preventDefault(); e.stopPropagation(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <label htmlFor={`${id}-file`} className="file-label">导入CSV文件</label>
        <input
          id={`${id}-file`}
          className="file-input"
          type="file"
          multiple
          accept={ACCEPTED_EXTENSIONS}
          disabled={mutation.isPending}
          onChange={(e) => { start(e.target.files); e.target.value = ''; }}
        />
        <p>或把文件拖到这里（可一次选多个文件）。支持 Excel/WPS 另存的 CSV（GBK 或 UTF-8）和制表符分隔的文本。</p>
        <p className="muted">数据只在本机浏览器中处理，不会上传。</p>
      </div>
      {canMerge && (
        <label className="checkbox">
          <input type="checkbox" checked={merge} onChange={(e) => setMerge(e.target.checked)} />
          追加到当前数据“{current.name}”（不勾选则替换当前数据）
        </label>
      )}
      <p className="import-status" role="status" aria-live="polite">
        {mutation.isPending ? '正在导入，请稍候…' : ''}
        {mutation.isError ? `导入程序出错：${mutation.error.message}。当前数据没有改变，请重试或换一个文件。` : ''}
      </p>
    </section>
  );
}
