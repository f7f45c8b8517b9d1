/** twin-units: the list is exactly the twins of data/tianjin-units.csv, read with the unit-name key the import uses. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseUnitName } from '../../../src/data/merge/normalise-unit-name';
import { STREET_TWINS, TWIN_UNITS } from '../../../src/data/vocabulary/twin-units';

describe('TWIN_UNITS', () => {
  it('lists every street of the real unit list with two units of one name key, and nothing else', () => {
    const lines = readFileSync('data/tianjin-units.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    expect(lines.length).toBe(5617);
    const byKey = new Map<string, { district: string; street: string; names: string[] }>();
    for (const c of lines) {
      const [, , short, , , street, , district] = c as [string, string, string, string, string, string, string, string];
      const k = `${district}|${street}|${normaliseUnitName(short).key}`;
      const e = byKey.get(k) ?? { district, street, names: [] };
      e.names.push(short);
      byKey.set(k, e);
    }
    const twins = [...byKey.values()].filter((e) => e.names.length > 1)
      .map((e) => ({ ...e, names: [...e.names].sort((a, b) => Number(a.endsWith('村')) - Number(b.endsWith('村'))) }));
    expect(twins).toEqual(TWIN_UNITS);
  });

  it('lists every short name the real unit list has in two streets or more of one district, with those streets, and nothing else', () => {
    const lines = readFileSync('data/tianjin-units.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const byName = new Map<string, { district: string; name: string; streets: string[] }>();
    for (const c of lines) {
      const [, , short, , , street, , district] = c as [string, string, string, string, string, string, string, string];
      const e = byName.get(`${district}|${short}`) ?? { district, name: short, streets: [] };
      e.streets.push(street);
      byName.set(`${district}|${short}`, e);
    }
    expect(STREET_TWINS).toEqual([...byName.values()].filter((e) => e.streets.length > 1));
  });
});
