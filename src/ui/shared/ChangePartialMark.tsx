/**
 * The mark beside a change one of whose values is partial: （比较期不完整）, （本期不完整） or
 * （两期均不完整）, in the exports' words (change-partial.ts), with a tip saying what it means.
 * Nothing when `kind` is null.
 */
import type { PartialMeaning } from '../../analysis/partial-meaning';
import { changePartialMark, type ChangePartial } from '../../charts/change-partial';
import { chartWords } from '../../charts/chart-words';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';

export function ChangePartialMark({ kind, meaning }: { readonly kind: ChangePartial | null; readonly meaning: PartialMeaning }) {
  const l = useT().league;
  const lang = useLang();
  if (kind === null) return null;
  return <span className="partial-mark" title={l.changePartialTip[kind](meaning)}>{chartWords(lang).paren(changePartialMark(kind, lang))}</span>;
}
