/**
 * Results of storage writes. A failed write never throws: it returns why, and a Chinese message
 * that says the previous data is intact and what to do next.
 */
import { StoreBlockedError } from './connection';

/** quota: storage full; aborted: cancelled; blocked: another tab; not-found: the dataset is gone. */
export type StoreFailureReason = 'quota' | 'aborted' | 'blocked' | 'not-found' | 'unknown';

export interface StoreFailure {
  readonly ok: false;
  readonly reason: StoreFailureReason;
  /** Chinese: what happened, that nothing was changed, and what to do. */
  readonly message: string;
  /** The underlying error name and message, for the console and bug reports. */
  readonly detail: string;
}

export type StoreResult = { readonly ok: true } | StoreFailure;

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'NS_ERROR_FILE_NO_DEVICE_SPACE']);

function errorName(err: unknown): string {
  if (err && typeof err === 'object' && 'name' in err && typeof err.name === 'string') return err.name;
  return '';
}

function errorText(err: unknown): string {
  if (err instanceof Error || (err && typeof err === 'object' && 'message' in err)) {
    return `${errorName(err)}: ${String((err as { message: unknown }).message)}`;
  }
  return String(err);
}

/** Builds the failure for `reason`; `what` names the action in Chinese (导入, 重命名, 删除). */
export function storeFailure(reason: StoreFailureReason, what: string, detail = ''): StoreFailure {
  return { ok: false, reason, message: failureMessage(reason, what), detail };
}

function failureMessage(reason: StoreFailureReason, what: string): string {
  const saved = what === '导入' ? '导入未保存' : `${what}未完成`;
  switch (reason) {
    case 'quota':
      return `浏览器存储空间不足，${saved}，原有数据未受影响。请删除不用的数据集后重试。`;
    case 'aborted':
      return `已取消，${saved}，原有数据未受影响。`;
    case 'blocked':
      return `数据库正被其他标签页占用，${saved}，原有数据未受影响。请关闭其他打开本应用的标签页后重试。`;
    case 'not-found':
      return `找不到该数据集，可能已在其他标签页中删除，${saved}。请刷新列表。`;
    case 'unknown':
      return `保存失败，${saved}，原有数据未受影响。请重试；如仍失败，请刷新页面或换用最新版 Chrome、Edge 浏览器。`;
  }
}

/**
 * Classifies an error thrown or rejected during a write. `cancelled` says the caller's AbortSignal
 * fired, which wins: an abort surfaces as AbortError or TransactionInactiveError depending on timing.
 */
export function classifyStoreError(err: unknown, what: string, cancelled = false): StoreFailure {
  const detail = errorText(err);
  if (cancelled) return storeFailure('aborted', what, detail);
  const name = errorName(err);
  if (err instanceof StoreBlockedError) return storeFailure('blocked', what, detail);
  if (QUOTA_NAMES.has(name) || (err instanceof DOMException && err.code === 22)) return storeFailure('quota', what, detail);
  if (name === 'VersionError') {
    return {
      ok: false,
      reason: 'unknown',
      message: `本页面版本比已保存的数据旧，${what === '导入' ? '导入未保存' : `${what}未完成`}，原有数据未受影响。请刷新页面以加载最新版本。`,
      detail,
    };
  }
  return storeFailure('unknown', what, detail);
}
