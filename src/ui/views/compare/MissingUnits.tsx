/** Units with no value for the period: listed by name under the chart, never drawn as zero. */
export interface MissingUnit {
  readonly name: string;
  readonly parent: string;
  /** The value exists but the per-capita base (residents/households) does not. */
  readonly noBase?: boolean;
}

/** Names listed at most; past that `等N个` (a city can lack thousands). */
const MAX_NAMES = 60;

function names(list: readonly MissingUnit[]): string {
  const shown = list.slice(0, MAX_NAMES).map((m) => m.name).join('、');
  return list.length > MAX_NAMES ? `${shown}等${list.length}个（完整名单见“排行”页）` : shown;
}

export function MissingUnits({ missing }: { missing: readonly MissingUnit[] }) {
  if (missing.length === 0) return null;
  const noBase = missing.filter((m) => m.noBase);
  const noValue = missing.filter((m) => !m.noBase);
  return (
    <div className="missing-units">
      {noValue.length > 0 && (
        <p>
          <strong>无数据（{noValue.length}个）：</strong>
          {names(noValue)}
        </p>
      )}
      {noBase.length > 0 && (
        <p>
          <strong>缺少常住人口或户数，无法折算（{noBase.length}个）：</strong>
          {names(noBase)}
        </p>
      )}
    </div>
  );
}
