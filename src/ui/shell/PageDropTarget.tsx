/**
 * Lets a person drop files anywhere on the page: shows a hint while dragging, imports on drop
 * (replacing or adding to the saved dataset on screen, as chosen on the 数据 page) and opens
 * the 数据 view, where the progress and then the report show. Drops on the import zone are
 * handled there.
 */
import { useEffect, useState } from 'react';
import type { Dataset } from '../../data/dataset/dataset';
import { useImportMode } from '../api/import-mode';
import { useImportFiles } from '../api/last-import-query';
import { useT } from '../i18n/use-t';

function hasFiles(e: DragEvent): boolean {
  return e.dataTransfer !== null && [...e.dataTransfer.types].includes('Files');
}

export interface PageDropTargetProps {
  /** The dataset on screen (an append merges into it when it is a saved one). */
  readonly current: Dataset | undefined;
  /** Called when a drop starts an import: open the 数据 view (progress, then the report). */
  readonly onImported: () => void;
}

export function PageDropTarget({ current, onImported }: PageDropTargetProps) {
  const mutation = useImportFiles();
  const [mode] = useImportMode();
  const [dragging, setDragging] = useState(false);
  const t = useT();
  const { mutate, isPending } = mutation;
  const mergeInto = mode === 'append' && current && !current.isSample ? current : undefined;
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => { if (hasFiles(e)) { depth++; setDragging(true); } };
    const leave = () => { depth = Math.max(0, depth - 1); if (depth === 0) setDragging(false); };
    const over = (e: DragEvent) => { if (hasFiles(e)) e.preventDefault(); };
    const drop = (e: DragEvent) => {
      depth = 0;
      setDragging(false);
      if (!hasFiles(e)) return;
      e.preventDefault();
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length === 0 || isPending) return;
      mutate({ files, mergeInto });
      onImported(); // the 数据 view shows the progress, 取消导入 and then the report
    };
    // A drop anywhere ends the drag, even one the 数据 page's drop zone keeps to itself
    // (stopPropagation): the capture phase sees it first, so the hint never stays on screen.
    const end = () => { depth = 0; setDragging(false); };
    window.addEventListener('drop', end, true);
    window.addEventListener('dragend', end, true);
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('drop', end, true);
      window.removeEventListener('dragend', end, true);
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [mutate, onImported, mergeInto, isPending]);
  if (!dragging) return null;
  return (
    <div className="page-drop" role="status" aria-live="polite">
      {isPending ? t.drop.busy(t.stage[mutation.stage]) : mergeInto ? t.drop.append(mergeInto.name) : t.drop.import}
    </div>
  );
}
