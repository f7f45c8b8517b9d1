/** Whether the latest accepted import was saved in this browser, in Chinese. */
import type { SaveOutcome } from '../api/last-import-query';

export function SaveNotice({ save, appended }: { save: SaveOutcome; appended: boolean }) {
  switch (save.state) {
    case 'saving':
      return <p className="save-notice" role="status"><span className="spinner" aria-hidden="true" />正在保存到本机浏览器…</p>;
    case 'saved':
      return (
        <p className="save-notice save-ok" role="status">
          ✓ 已保存在这台电脑的浏览器中{appended ? '（已与原数据合并）' : ''}，刷新或下次打开页面时会自动载入。
        </p>
      );
    case 'failed':
      return <p className="save-notice save-failed" role="alert"><strong>未能保存：</strong>{save.message}</p>;
  }
}
