/**
 * Where a unit mention says it is: display names and matching keys of its name, street and
 * district, each distinct text normalised once per import. A mention without a street takes the
 * one written with its name (`劝业场街道花园路社区`, `花园路社区（劝业场街道）`), as a street takes the
 * district in front of it; a mention under its street column is matched without that street in front.
 */
import { normaliseDistrictName } from './district-name';
import { normaliseStreetName, normaliseUnitName, splitWrittenStreet, type UnitLevel } from './normalise-unit-name';

/** A mention read: display names and matching keys of name, street and district. */
export interface Place {
  name: string;
  key: string;
  level: UnitLevel;
  district: string;
  districtKey: string;
  parent: string;
  parentKey: string;
}

/** Reads name, district and street of a mention, each distinct text normalised once. */
export function placeReader(): (rawName: string, rawDistrict: string, rawParent: string) => Place {
  const names = new Map<string, { name: string; key: string; level: UnitLevel }>();
  const streets = new Map<string, { name: string; key: string; district: string }>();
  const districts = new Map<string, { name: string; key: string }>();
  const district = (raw: string): { name: string; key: string } => {
    let d = districts.get(raw);
    if (!d) {
      const r = normaliseDistrictName(raw);
      districts.set(raw, (d = { name: r.name || raw, key: r.key || r.name || raw }));
    }
    return d;
  };
  const street = (raw: string): { name: string; key: string; district: string } => {
    let st = streets.get(raw);
    if (!st) {
      const r = raw === '' ? null : normaliseStreetName(raw);
      streets.set(raw, (st = r ? { name: r.name || raw, key: r.key || r.name || raw, district: r.district } : { name: '', key: '', district: '' }));
    }
    return st;
  };
  const unitName = (raw: string): { name: string; key: string; level: UnitLevel } => {
    let n = names.get(raw);
    if (!n) {
      const r = normaliseUnitName(raw);
      names.set(raw, (n = { name: r.name || raw, key: r.key || r.name || raw, level: r.level }));
    }
    return n;
  };
  /** Names written with their street in front or after (splitWrittenStreet). */
  const fronts = new Map<string, { street: string; unit: string } | null>();
  return (rawName, rawDistrict, rawParent) => {
    let f = fronts.get(rawName);
    if (f === undefined) fronts.set(rawName, (f = splitWrittenStreet(rawName)));
    // The street written with the name stands in for a missing street column.
    if (f !== null && rawParent === '') { rawName = f.unit; rawParent = f.street; }
    const n = unitName(rawName);
    const s = street(rawParent);
    // Under a street column a name with that street written in it is matched without it (its key and
    // level): 劝业场街道花园路社区 and 花园路社区（劝业场街道） under 劝业场街道 are 花园路社区, and
    // 东姜井社区（中北镇） is the 社区, not the 村. Written in front it is shown as written
    // (葛沽镇冶金工业园社区 is an official name); the bracket after a name is no part of it.
    const own = f !== null && rawName !== f.unit && street(f.street).key === s.key ? unitName(f.unit) : null;
    const shown = own !== null && rawName.trim().startsWith(f!.unit) ? own : n;
    // The district written in front of the street stands in for a missing district column.
    const d = district(rawDistrict !== '' ? rawDistrict : s.district);
    return { name: shown.name, key: (own ?? n).key, level: (own ?? n).level, district: d.name, districtKey: d.key, parent: s.name, parentKey: s.key };
  };
}
