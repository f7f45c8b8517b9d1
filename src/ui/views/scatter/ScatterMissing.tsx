/** Units the scatter cannot draw, by the value they lack (never drawn at 0). */
const MAX_NAMES = 60;

interface Named { readonly name: string }

function names(list: readonly Named[]): string {
  const shown = list.slice(0, MAX_NAMES).map((m) => m.name).join('、');
  return list.length > MAX_NAMES ? `${shown}等${list.length}个` : shown;
}

export function ScatterMissing({ x, y, missingX, missingY }: { x: string; y: string; missingX: readonly Named[]; missingY: readonly Named[] }) {
  if (missingX.length === 0 && missingY.length === 0) return null;
  return (
    <div className="missing-units">
      {missingX.length > 0 && <p><strong>缺少“{x}”（{missingX.length}个）：</strong>{names(missingX)}</p>}
      {missingY.length > 0 && <p><strong>缺少“{y}”（{missingY.length}个）：</strong>{names(missingY)}</p>}
    </div>
  );
}
