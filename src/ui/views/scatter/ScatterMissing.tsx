import type { Messages } from '../../i18n/messages-zh';
import { useT } from '../../i18n/use-t';

/** Units the scatter cannot draw, by the value they lack (never drawn at 0). */
const MAX_NAMES = 60;

interface Named { readonly name: string }

function names(list: readonly Named[], t: Messages): string {
  const shown = list.slice(0, MAX_NAMES).map((m) => m.name).join(t.compare.nameSep);
  return list.length > MAX_NAMES ? t.scatter.moreNames(shown, list.length) : shown;
}

export function ScatterMissing({ x, y, missingX, missingY }: { x: string; y: string; missingX: readonly Named[]; missingY: readonly Named[] }) {
  const t = useT();
  if (missingX.length === 0 && missingY.length === 0) return null;
  return (
    <div className="missing-units">
      {missingX.length > 0 && <p><strong>{t.scatter.lacks(x, missingX.length)}</strong>{names(missingX, t)}</p>}
      {missingY.length > 0 && <p><strong>{t.scatter.lacks(y, missingY.length)}</strong>{names(missingY, t)}</p>}
    </div>
  );
}
