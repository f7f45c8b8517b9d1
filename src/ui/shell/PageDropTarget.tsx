/**
 * Lets a person drop files anywhere on the page: shows a hint while dragging, imports on drop,
 * then opens the 数据 view where the report is. Drops on the import zone are handled there.
 */
import { useEffect, useState } from 'react';
import { useImportFiles } from '../api/last-import-query';

function hasFiles(e: DragEvent): boolean {
  return e.dataTransfer !== null && [...e.dataTransfer.types].includes('Files');
}

export function PageDropTarget({ onImported }: { onImported: () => void }) {
  const mutation = useImportFiles();
  const [dragging, setDragging] = useState(false);
  const { mutate } = mutation;
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
      if (files.length > 0) mutate({ files }, { onSettled: onImported });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [mutate, onImported]);
  if (!dragging && !mutation.isPending) return null;
  return (
    <div className="page-drop" role="status" aria-live="polite">
      {mutation.isPending ? '正在导入，请稍候…' : '松开鼠标即可导入文件'}
    </div>
  );
}
