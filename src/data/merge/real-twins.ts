/**
 * The twins of the real unit list (vocabulary/twin-units.ts) read as this import reads places, so
 * that a name without its level is matched against them: `东姜井` under 中北镇 (or with no street
 * written) could be 东姜井社区 or 东姜井村, whatever units the import itself holds; and 丁家庄村
 * written without a street could be 宝坻区's of 朝霞街道 or of 新开口镇.
 */
import { STREET_TWINS, TWIN_UNITS, type StreetTwins, type TwinUnits } from '../vocabulary/twin-units';
import type { Place } from './unit-place';

/** Two units of the real list a name could be, with their street and district. */
export type RealTwins = TwinUnits;
export type { StreetTwins };

/** What a twin lookup reads of a mention or a unit. */
type Where = Pick<Place, 'key' | 'level' | 'parentKey' | 'districtKey'>;

/**
 * Reads the twins with `place` (the import's place reader); the function returned gives the twins
 * a place without a level could be, when the street and district it states (if any) are theirs.
 */
export function realTwins(place: (name: string, district: string, street: string) => Place): (p: Where) => RealTwins | null {
  const known = TWIN_UNITS.map((t) => ({ twins: t, at: place(t.names[0]!, t.district, t.street) }));
  return (p) => {
    if (p.level !== '') return null;
    const hit = known.find(({ at }) => at.key === p.key && (p.parentKey === '' || p.parentKey === at.parentKey) && (p.districtKey === '' || p.districtKey === at.districtKey));
    return hit?.twins ?? null;
  };
}

/**
 * Reads the street twins with `place`; the function returned gives the names of one district's
 * streets that unit `u` (its name, street and district as the import read them) is one of.
 */
export function realStreetTwins(place: (name: string, district: string, street: string) => Place): (u: Where) => StreetTwins | null {
  const known = STREET_TWINS.flatMap((t) => t.streets.map((street) => ({ twins: t, at: place(t.name, t.district, street) })));
  return (u) => known.find(({ at }) => at.key === u.key && (u.level === '' || u.level === at.level) && at.parentKey === u.parentKey
    && (u.districtKey === '' || u.districtKey === at.districtKey))?.twins ?? null;
}
