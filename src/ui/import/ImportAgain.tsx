/**
 * A blocked import that can go on another way, with the button that runs it: the size message of
 * an import blocked before any work (a file over 300 MB or an estimated 10 million rows) with
 * 仍然导入 (the same files under CONFIRMED_LIMITS), and the files that cannot be read with
 * 导入其余文件 (the other files without them).
 */
import type { ReactNode } from 'react';

export interface ImportAgainProps {
  /** What stopped the import (in bold first). */
  readonly lead: ReactNode;
  readonly hint: string;
  readonly action: string;
  readonly onAction: () => void;
}

export function ImportAgain({ lead, hint, action, onAction }: ImportAgainProps) {
  return (
    <div className="size-confirm notice" role="alert">
      <p>{lead}</p>
      <p className="muted">{hint}</p>
      <button type="button" onClick={onAction}>{action}</button>
    </div>
  );
}
