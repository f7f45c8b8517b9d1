/**
 * Where a unit mention says it is: display names and matching keys of its name, street and
 * district, each distinct text normalised once per import. A mention without a street takes the
 * one written with its name (`劝业场街道花园路社区`, `花园路社区（劝业场街道）`), as a street takes the
 * district in front of it.
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
  /** Names written with their street (splitWrittenStreet), for mentions without a street of their own. */
  const fronts = new Map<string, { street: string; unit: string } | null>();
  return (rawName, rawDistrict, rawParent) => {
    if (rawParent === '') {
      // The street written with the name stands in for a missing street column.
      let f = fronts.get(rawName);
      if (f === undefined) fronts.set(rawName, (f = splitWrittenStreet(rawName)));
      if (f !== null) { rawName = f.unit; rawParent = f.street; }
    }
    let n = names.get(rawName);
    if (!n) {
      const r = normaliseUnitName(rawName);
      names.set(rawName, (n = { name: r.name || rawName, key: r.key || r.name || rawName, level: r.level }));
    }
    let s = streets.get(rawParent);
    if (!s) {
      const r = rawParent === '' ? null : normaliseStreetName(rawParent);
      streets.set(rawParent, (s = r ? { name: r.name || rawParent, key: r.key || r.name || rawParent, district: r.district } : { name: '', key: '', district: '' }));
    }
    // The district written in front of the street stands in for a missing district column.
    const d = district(rawDistrict !== '' ? rawDistrict : s.district);
    return { name: n.name, key: n.key, level: n.level, district: d.name, districtKey: d.key, parent: s.name, parentKey: s.key };
  };
}
