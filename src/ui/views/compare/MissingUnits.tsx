/** Units with no value for the period: listed by name under the chart, never drawn as zero. */
export interface MissingUnit {
  readonly name: string;
  readonly parent: string;
  /** The value exists but the per-capita base (residents/households) does not. */
  readonly noBase?: boolean;
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
          {noValue.map((m) => m.name).join('、')}
        </p>
      )}
      {noBase.length > 0 && (
        <p>
          <strong>缺少常住人口或户数，无法折算（{noBase.length}个）：</strong>
          {noBase.map((m) => m.name).join('、')}
        </p>
      )}
    </div>
  );
}
