/**
 * The visible 中文 / English switch in the header: two toggle buttons (aria-pressed), each in its
 * own language (lang attribute) so a screen reader pronounces it right whichever UI is on.
 */
import { setLang, useLang, type Lang } from './lang-store';
import { useT } from './use-t';

const CHOICES: readonly { lang: Lang; label: string; htmlLang: string }[] = [
  { lang: 'zh', label: '中文', htmlLang: 'zh-CN' },
  { lang: 'en', label: 'English', htmlLang: 'en' },
];

export function LanguageSwitch() {
  const lang = useLang();
  const t = useT();
  return (
    <span className="segmented lang-switch" role="group" aria-label={t.app.langGroup}>
      {CHOICES.map((c) => (
        <button key={c.lang} type="button" lang={c.htmlLang} aria-pressed={lang === c.lang} onClick={() => setLang(c.lang)}>
          {c.label}
        </button>
      ))}
    </span>
  );
}
