import type { Messages } from '../i18n/messages-zh';
import { MESSAGES_ZH } from '../i18n/messages-zh';

/**
 * Message for a failed export, in the UI language: what happened and what to try next. The
 * error's own text is added only when it is in the same script as the UI (a Chinese message in
 * the Chinese UI, a Latin one in the English UI), so nobody gets a mixed-language sentence.
 */
export function exportErrorMessage(what: string, error: unknown, words: Messages['exportMenu'] = MESSAGES_ZH.exportMenu): string {
  const msg = error instanceof Error ? error.message : '';
  const chinese = /[\u4e00-\u9fff]/.test(msg);
  const zhUi = words === MESSAGES_ZH.exportMenu;
  const detail = msg === '' ? '' : zhUi ? (chinese ? `（${msg}）` : '') : (chinese ? '' : ` (${msg})`);
  return words.failed(what, detail);
}
