/**
 * Asks before deleting a dataset. A modal alertdialog: focus starts on 取消 (the safe choice),
 * Esc cancels, and the dataset name is shown as text, never as markup.
 */
import { useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/use-t';

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
  const t = useT().dm;
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
        <h3 id={titleId}>{t.confirmTitle(name)}</h3>
        <p id={descId}>{t.confirmText}</p>
        <div className="dm-dialog-actions">
          <button type="button" ref={cancelRef} onClick={onCancel} disabled={busy}>{t.cancel}</button>
          <button type="button" className="danger" onClick={onConfirm} disabled={busy}>
            {busy ? t.deleting : t.remove}
          </button>
        </div>
      </div>
    </div>
  );
}
