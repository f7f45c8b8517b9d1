/**
 * Where a unit mention says it is: display names and matching keys of its name, street and
 * district, each distinct text normalised once per import. A mention without a street takes the
 * one written with its name (`劝业场街道花园路社区`, `花园路社区（劝业场街道）`), as a street takes the
 * district in front of it; a mention under its street column is matched without that street in front.
 */
import type { UnitMention } from '../records/observation-records';
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { normaliseDistrictName } from './district-name';
import { bracketAfter, normaliseStreetName, normaliseUnitName, splitWrittenStreet, type UnitLevel } from './normalise-unit-name';

/** A mention read: display names and matching keys of name, street and district. */
export interface Place {
  name: string;
  key: string;
  level: UnitLevel;
  district: string;
  districtKey: string;
  parent: string;
  parentKey: string;
  /** A remark in brackets written after the street (`（筹）`), no part of its name; said with its spellings (street-spelling.ts). */
  parentRemark?: string;
}

/** Reads name, district and street of a mention, each distinct text normalised once. */
export function placeReader(): (rawName: string, rawDistrict: string, rawParent: string) => Place {
  const names = new Map<string, { name: string; key: string; level: UnitLevel }>();
  const streets = new Map<string, { name: string; key: string; district: string; remark: string }>();
  const districts = new Map<string, { name: string; key: string }>();
  const district = (raw: string): { name: string; key: string } => {
    let d = districts.get(raw);
    if (!d) {
      const r = normaliseDistrictName(raw);
      districts.set(raw, (d = { name: r.name || raw, key: r.key || r.name || raw }));
    }
    return d;
  };
  const street = (raw: string): { name: string; key: string; district: string; remark: string } => {
    let st = streets.get(raw);
    if (!st) {
      const r = raw === '' ? null : normaliseStreetName(raw);
      streets.set(raw, (st = r ? { name: r.name || raw, key: r.key || r.name || raw, district: r.district, remark: r.remark } : { name: '', key: '', district: '', remark: '' }));
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
    // A bracket naming the row's own street, though no street word ends it (`东北组团社区（天津经济技术开发区西区）`).
    const b = f === null && s.key !== '' ? bracketAfter(rawName) : null;
    const own = f !== null && rawName !== f.unit && street(f.street).key === s.key ? unitName(f.unit)
      : b !== null && street(b.inner).key === s.key ? unitName(b.name) : null;
    // A path (`西青区/中北镇/东姜井社区`) is shown as its unit: the separator says the street is no part of the name.
    const shown = own !== null && (f === null || rawName.trim().startsWith(f.unit) || rawName.trim() !== f.street + f.unit) ? own : n;
    // The district written in front of the street stands in for a missing district column.
    const d = district(rawDistrict !== '' ? rawDistrict : s.district);
    return { name: shown.name, key: (own ?? n).key, level: (own ?? n).level, district: d.name, districtKey: d.key, parent: s.name, parentKey: s.key, parentRemark: s.remark };
  };
}

/**
 * A bare name in a table that states its units' level (`村名` over the names, `中北镇各村` in its
 * title: UnitMention.unitLevel) is of that level, and shown with it: `东姜井` under 村名 is 东姜井村,
 * never 东姜井社区.
 * Unless a row under the same words states another level (`祥福里社区` under 村名, or under a part's
 * heading `二、村`): the words were loose, and the bare names under them are matched as any. Returns the places to match by, and an info note per table
 * naming where it says so and the names read at its level.
 */
export function withTableLevels(mentions: readonly UnitMention[], places: readonly Place[], fileNames: readonly string[]): { places: Place[]; notes: ImportIssue[] } {
  // By file and hint: one part of a table (二、村) naming another level leaves the others' as stated.
  const loose = new Set<string>();
  const keyOf = (x: UnitMention): string => `${x.file}\u0001${x.unitLevel?.from ?? ''}`;
  mentions.forEach((x, m) => {
    const own = places[m]!.level;
    if (x.unitLevel !== undefined && own !== '' && own !== x.unitLevel.level) loose.add(keyOf(x));
  });
  const read = new Map<string, { file: number; hint: NonNullable<UnitMention['unitLevel']>; line: number; names: string[] }>();
  const out = places.map((p, m) => {
    const x = mentions[m]!;
    if (x.unitLevel === undefined || p.level !== '' || loose.has(keyOf(x))) return p;
    const key = keyOf(x);
    let r = read.get(key);
    if (!r) read.set(key, (r = { file: x.file, hint: x.unitLevel, line: x.line, names: [] }));
    r.line = Math.min(r.line, x.line);
    if (!r.names.includes(p.name)) r.names.push(p.name);
    // Shown with its level (东姜井村): what the table meant, and what a re-import of the normalised CSV reads.
    return { ...p, name: /[（(]/.test(p.name) ? p.name : p.name + x.unitLevel.level, level: x.unitLevel.level };
  });
  const notes = [...read.values()].map(({ file, hint, line, names }) => {
    const shown = names.length > 5 ? `“${names.slice(0, 5).join('”、“')}”等${names.length}个名称` : `“${names.join('”、“')}”`;
    return makeIssue('info', 'unit-level-from-table', { file: fileNames[file] ?? '', line },
      `${hint.from}表明${hint.below !== undefined ? `其下各${hint.below}` : '本表'}的单位是${hint.level}：${shown}按${hint.level}匹配`,
      `The ${hint.fromEn} says the ${hint.below === '行' ? 'rows below it list' : hint.below === '列' ? 'columns under it list' : 'table lists'} ${hint.level === '村' ? 'villages' : 'communities'}: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''} matched as such.`);
  });
  return { places: out, notes };
}
