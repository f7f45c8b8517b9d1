/**
 * A new uncoded unit written with its street's name in front (`劝业场花园路社区`, `劝业场街滨西社区`,
 * after its district or not: `和平区劝业场街滨西社区`), or its district's alone (`和平区花园路社区`), is
 * the unit of that street with the rest of the name, when exactly one fits.
 */
import { normaliseUnitName, type NormalisedUnitName, type UnitLevel } from './normalise-unit-name';
import { PATH_SEPARATOR, withoutDistrictBefore } from '../vocabulary/place-words';

/** The street's level after its name, shortened or not (`劝业场街滨西社区`, `劝业场街道滨西社区`). */
const STREET_LEVEL_FIRST = /^(?:街道|街|镇|乡|地区)/;

/** What the join reads of a unit. */
interface Named {
  readonly code: string;
  readonly name: string;
  readonly key: string;
  readonly level: UnitLevel;
  readonly parent: string;
  readonly parentKey: string;
  readonly districtKey: string;
}

/**
 * A new uncoded unit whose name is its street's name (its key, with 街/街道/镇 or not, a district
 * before it or not) or a district of 天津市 in full, and then the name of another unit of that
 * street (`劝业场花园路社区`, `劝业场街滨西社区` and `和平区林泉社区` beside 花园路社区, 滨西社区 and
 * 林泉社区 in 劝业场街道) is that unit: its mentions are
 * moved there, and counted for the name shown as the rest (`花园路社区`, not `和平区花园路社区`; the
 * unit-alias note names both spellings). Only when exactly one unit fits: no two
 * units of the real unit list (data/tianjin-units.csv) are joined by this, though 204 of them begin
 * with their street's name.
 */
export function joinStreetPrefixed(drafts: readonly Named[], from: number, unitOf: Int32Array, shown: { name: string }[]): void {
  const joined = new Map<number, { to: number; name: string }>();
  let byKey: Map<string, number[]> | null = null;
  /** The one other unit of `d`'s street that `rest` names, else -1. */
  const fit = (i: number, d: Named, rest: NormalisedUnitName): number => {
    if (byKey === null) {
      byKey = new Map();
      drafts.forEach((o, j) => { const list = byKey!.get(o.key); if (list) list.push(j); else byKey!.set(o.key, [j]); });
    }
    const fits = (byKey.get(rest.key) ?? []).filter((j) => {
      const o = drafts[j]!;
      return j !== i && !joined.has(j) && o.parentKey === d.parentKey && (o.level === rest.level || o.level === '')
        && (o.districtKey === '' || d.districtKey === '' || o.districtKey === d.districtKey);
    });
    return fits.length === 1 ? fits[0]! : -1;
  };
  for (let i = from; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.code !== '' || d.parentKey === '') continue;
    const named = withoutDistrictBefore(d.name, d.parentKey);
    const district = named !== d.name;
    const rests: { rest: NormalisedUnitName; level: boolean }[] = [];
    if (named.startsWith(d.parentKey) && named.length > d.parentKey.length) {
      const after = named.slice(d.parentKey.length);
      const word = STREET_LEVEL_FIRST.exec(after)?.[0] ?? '';
      const unit = after.slice(word.length).replace(PATH_SEPARATOR, '');
      // Only the street's key without its level word in front (`劝业场花园路社区`) needs the rest to state
      // its level; a street named without one (天津空港经济区), or a path, is written whole.
      rests.push({ rest: normaliseUnitName(unit), level: !district && word === '' && d.parent !== d.parentKey && unit.length === after.length });
    }
    // The district alone in front (`东丽区华明第六社区`, a unit of 华明街道 named after it; `北辰区第六街`).
    if (district) rests.push({ rest: normaliseUnitName(named), level: false });
    for (const { rest, level } of rests) {
      if (rest.key.length < 2 || (level && rest.level === '')) continue;
      const to = fit(i, d, rest);
      if (to >= 0) { joined.set(i, { to, name: rest.name }); break; }
    }
  }
  if (joined.size === 0) return;
  for (let m = 0; m < unitOf.length; m++) {
    const to = joined.get(unitOf[m]!);
    if (to !== undefined) { unitOf[m] = to.to; shown[m]!.name = to.name; }
  }
}
