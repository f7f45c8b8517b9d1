/**
 * The message catalogue of the current UI language: `const t = useT(); t.toolbar.metric`.
 * Components re-render when the language changes (useLang is an external store).
 */
import { MESSAGES_EN } from './messages-en';
import { MESSAGES_ZH, type Messages } from './messages-zh';
import { getLang, useLang, type Lang } from './lang-store';

/** Both catalogues by language. */
export const MESSAGES: Readonly<Record<Lang, Messages>> = { zh: MESSAGES_ZH, en: MESSAGES_EN };

/** The messages of a language. */
export function messagesFor(lang: Lang): Messages {
  return MESSAGES[lang];
}

/** The messages of the current language, outside React (class components, plain functions). */
export function currentMessages(): Messages {
  return MESSAGES[getLang()];
}

/** The messages of the current language; re-renders the caller on a language change. */
export function useT(): Messages {
  return MESSAGES[useLang()];
}
