/**
 * The UI language: 中文 by default, English by the header switch. Remembered in localStorage and
 * mirrored to `<html lang>` (zh-CN / en) so screen readers and fonts pick the right language.
 */
import { createStore, useStore } from '../shared/create-store';

/** `zh` Chinese (default), `en` English. */
export type Lang = 'zh' | 'en';

export const LANG_KEY = 'shequ.lang';

function isLang(v: unknown): v is Lang {
  return v === 'zh' || v === 'en';
}

function load(): Lang {
  try {
    const v = globalThis.localStorage?.getItem(LANG_KEY);
    return isLang(v) ? v : 'zh';
  } catch {
    return 'zh'; // storage blocked: Chinese, as on first open
  }
}

/** The language in use, read from localStorage on first use. */
const langStore = createStore<Lang>(load);

/** `<html lang>` value for a UI language. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/** Write the language to `<html lang>` (no-op outside a browser). */
export function applyHtmlLang(lang: Lang): void {
  if (typeof document !== 'undefined') document.documentElement.lang = htmlLang(lang);
}

/** The current UI language (read from localStorage on first use). */
export function getLang(): Lang {
  return langStore.get();
}

/** Switch the UI language, remember it and re-render every component that reads it. */
export function setLang(next: Lang): void {
  if (!isLang(next)) throw new Error(`unknown language: ${JSON.stringify(next)}`);
  try {
    globalThis.localStorage?.setItem(LANG_KEY, next);
  } catch {
    // Not remembered across reloads, but applied now.
  }
  applyHtmlLang(next);
  langStore.set(next);
}

/** The current UI language; re-renders on change. */
export function useLang(): Lang {
  return useStore(langStore);
}

/** Test helper: read the language from localStorage again, as after a reload. */
export function resetLangForTests(): void {
  langStore.set(load());
}
