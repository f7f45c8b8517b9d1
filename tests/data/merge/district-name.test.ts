import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseDistrictName } from '../../../src/data/merge/district-name';

describe('normaliseDistrictName', () => {
  it.each([
    // [raw, name, key]
    ['河西区', '河西区', '河西'], ['河西', '河西', '河西'], ['天津市河西区', '河西区', '河西'], [' 河西区 ', '河西区', '河西'],
    ['天津市 河西区', '河西区', '河西'], ['河西\u3000区', '河西区', '河西'],
    ['滨海新区', '滨海新区', '滨海'], ['滨海', '滨海', '滨海'], ['天津市滨海新区', '滨海新区', '滨海'],
    ['薊州區', '蓟州区', '蓟州'], ['寶坻區', '宝坻区', '宝坻'],
    // 市中区 is a district name (济南, 枣庄), not 市 + 中区; a county-level city keeps its 市 in the name.
    ['市中区', '市中区', '市中'], ['济南市市中区', '市中区', '市中'], ['霸州市', '霸州市', '霸州'], ['廊坊市霸州市', '霸州市', '霸州'],
    ['静海县', '静海县', '静海'], ['', '', ''],
  ])('%j → %s / %s', (raw, name, key) => {
    const r = normaliseDistrictName(raw);
    expect([r.name, r.key]).toEqual([name, key]);
  });

  it('the 16 districts of Tianjin, each written three ways, give 16 keys', () => {
    const districts = [...new Set(readFileSync('data/tianjin-units.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[7]!))];
    expect(districts).toHaveLength(16);
    const keys = districts.map((d) => new Set([d, `天津市${d}`, d.replace(/新?区$/, '')].map((s) => normaliseDistrictName(s).key)));
    expect(keys.every((k) => k.size === 1)).toBe(true);
    expect(new Set(keys.map((k) => [...k][0])).size).toBe(16);
  });
});
