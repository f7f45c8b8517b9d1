/** Whether the latest accepted import was saved in this browser, in the UI language. */
import type { SaveOutcome } from '../api/last-import-query';
import { storeFailureText } from '../data-manager/store-failure-text';
import { useT } from '../i18n/use-t';

export function SaveNotice({ save, appended }: { save: SaveOutcome; appended: boolean }) {
  const all = useT();
  const t = all.save;
  switch (save.state) {
    case 'saving':
      return <p className="save-notice" role="status"><span className="spinner" aria-hidden="true" />{t.saving}</p>;
    case 'saved':
      return (
        <p className="save-notice save-ok" role="status">
          {t.saved(appended)}
        </p>
      );
    case 'failed':
      return (
        <p className="save-notice save-failed" role="alert">
          <strong>{t.failed}</strong>
          {storeFailureText({ reason: save.reason === 'exception' ? 'unknown' : save.reason, detail: save.detail }, 'import', all.dm)}
          {t.memoryOnly}
        </p>
      );
  }
}
