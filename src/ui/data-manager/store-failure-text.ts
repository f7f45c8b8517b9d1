/**
 * A storage failure in the UI language. src/storage words its messages in Chinese only; the UI
 * maps the failure's `reason` code (and the action) to the catalogue instead, so English mode
 * never shows a Chinese storage message.
 */
import type { StoreFailure } from '../../storage/store-result';
import type { Messages } from '../i18n/messages-zh';

/** Which write failed: 导入 (save an import), 重命名, 删除, 设为当前. */
export type StoreAction = keyof Messages['dm']['notDone'];

/** The failure's message in the catalogue's language (what happened, that nothing changed, what to do). */
export function storeFailureText(failure: Pick<StoreFailure, 'reason' | 'detail'>, action: StoreAction, t: Messages['dm']): string {
  const notDone = t.notDone[action];
  switch (failure.reason) {
    case 'quota': return t.failQuota(notDone);
    case 'aborted': return t.failAborted(notDone);
    case 'blocked': return t.failBlocked(notDone);
    case 'not-found': return t.failNotFound(notDone);
    case 'unknown':
      // store-result words a VersionError (an older page than the saved data) apart; its detail says so.
      return failure.detail.startsWith('VersionError') ? t.failVersion(notDone) : t.failUnknown(notDone);
  }
}
