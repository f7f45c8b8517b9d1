/**
 * Asks before deleting a dataset. A modal alertdialog: focus starts on 取消 (the safe choice),
 * Esc cancels, and the dataset name is shown as text, never as markup.
 */
import { useEffect, useId, useRef } from 'react';

export interface ConfirmDeleteDialogProps {
  readonly name: string;
  /** True while the deletion runs: buttons are disabled. */
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function ConfirmDeleteDialog({ name, busy, onConfirm, onCancel }: ConfirmDeleteDialogProps) {
  const titleId = useId();
  const descId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => { cancelRef.current?.focus(); }, []);
  return (
    <div className="dm-backdrop">
      <div
        className="dm-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descId}
        onKeyDown={(e) => { if (e.key === 'Escape' && !busy) onCancel(); }}
      >
        <h3 id={titleId}>确定删除“{name}”？此操作不可恢复</h3>
        <p id={descId}>将同时删除该数据集的原始文件和导入记录。如需留底，请先点击“下载规范化CSV”。</p>
        <div className="dm-dialog-actions">
          <button type="button" ref={cancelRef} onClick={onCancel} disabled={busy}>取消</button>
          <button type="button" className="danger" onClick={onConfirm} disabled={busy}>
            {busy ? '正在删除…' : '删除'}
          </button>
        </div>
      </div>
    </div>
  );
}
