import type { Messages } from '../../i18n/messages-zh';
import { useT } from '../../i18n/use-t';

/** Units with no value for the period: listed by name under the chart, never drawn as zero. */
export interface MissingUnit {
  readonly name: string;
  readonly parent: string;
  /** The value exists but the per-capita base (residents/households) does not. */
  readonly noBase?: boolean;
}

/** Names listed at most; past that `等N个` (a city can lack thousands). */
const MAX_NAMES = 60;

function names(list: readonly MissingUnit[], t: Messages['compare']): string {
  const shown = list.slice(0, MAX_NAMES).map((m) => m.name).join(t.nameSep);
  return list.length > MAX_NAMES ? t.moreNames(shown, list.length) : shown;
}

export function MissingUnits({ missing }: { missing: readonly MissingUnit[] }) {
  const t = useT().compare;
  if (missing.length === 0) return null;
  const noBase = missing.filter((m) => m.noBase);
  const noValue = missing.filter((m) => !m.noBase);
  return (
    <div className="missing-units">
      {noValue.length > 0 && (
        <p>
          <strong>{t.missing(noValue.length)}</strong>
          {names(noValue, t)}
        </p>
      )}
      {noBase.length > 0 && (
        <p>
          <strong>{t.noBase(noBase.length)}</strong>
          {names(noBase, t)}
        </p>
      )}
    </div>
  );
}
