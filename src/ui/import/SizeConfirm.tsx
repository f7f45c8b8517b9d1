/**
 * The size message of an import blocked before any work (a file over 300 MB or an estimated 10
 * million rows) and, because CONFIRMED_LIMITS would accept it, a 仍然导入 button that runs the
 * same files again with the confirmed limits.
 */
import type { ImportIssue } from '../../data/report/import-report';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';

export interface SizeConfirmProps {
  /** The size check's issue (file-too-big / too-many-rows). */
  readonly issue: ImportIssue | undefined;
  readonly onConfirm: () => void;
}

export function SizeConfirm({ issue, onConfirm }: SizeConfirmProps) {
  const p = useT().importPanel;
  const lang = useLang();
  return (
    <div className="size-confirm notice" role="alert">
      <p><strong>{p.tooLarge}</strong>{issue ? (lang === 'en' ? issue.messageEn : issue.message) : ''}</p>
      <p className="muted">{p.importAnywayHint}</p>
      <button type="button" onClick={onConfirm}>{p.importAnyway}</button>
    </div>
  );
}
