import { describe, expect, it } from 'vitest';
import { floorImport } from '../../bench/floor-import';

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('floorImport (the bench floor for the wide-file line)', () => {
  it('stores one observation per row of a long file, past its title and header, with quoted cells whole', () => {
    const cols = floorImport(bytesOf([
      '2024年统计表',
      '区划代码,区,街道,社区,期间,指标,数值,单位',
      '1201,和平区,劝业场街道,花园路社区,2024-01,常住人口,"1,568",人',
      '1201,和平区,劝业场街道,花园路社区,2024-01,户数,3500余,户',
      '1202,和平区,劝业场街道,滨西社区,2024-02,常住人口,12,人',
      '',
    ].join('\r\n')), { skipLines: 2, unit: 0, period: 4, long: { metric: 5, value: 6 } });
    expect(cols.size).toBe(3);
    expect([...cols.value.subarray(0, 3)]).toEqual([1568, 3500, 12]);
    expect([...cols.mention.subarray(0, 3)]).toEqual([0, 0, 1]);
    expect([...cols.metric.subarray(0, 3)]).toEqual([0, 1, 0]);
    expect([...cols.period.subarray(0, 3)]).toEqual([0, 0, 1]);
    expect([...cols.row.subarray(0, 3)].map((r) => cols.rowLine[r])).toEqual([3, 4, 5]);
  });

  it('stores every value cell of a wide row, each under its column, and grows past its first capacity', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `${1000 + i},和平区,劝业场街道,社区${i},2024-01,${i},${i + 1},${i + 2},${i + 3},${i + 4}`);
    const cols = floorImport(bytesOf(['区划代码,区,街道,社区,期间,a,b,c,d,e', ...rows].join('\n')), { skipLines: 1, unit: 0, period: 4, valuesFrom: 5 });
    expect(cols.size).toBe(5000);
    expect([...cols.value.subarray(4995, 5000)]).toEqual([999, 1000, 1001, 1002, 1003]);
    expect([...cols.metric.subarray(0, 5)]).toEqual([5, 6, 7, 8, 9]);
    expect(cols.mention[4999]).toBe(999);
    expect(cols.rowLine[cols.row[4999]!]).toBe(1001);
    expect([...cols.column.subarray(0, 5)]).toEqual([6, 7, 8, 9, 10]);
  });

  it('makes room for the rest of a file after its first MB and still stores every value', () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `${i},和平区,劝业场街道,社区${i},2024-01,${i % 97},${i % 13}`);
    const cols = floorImport(bytesOf(['区划代码,区,街道,社区,期间,a,b', ...rows].join('\r\n')), { skipLines: 1, unit: 0, period: 4, valuesFrom: 5 });
    expect(cols.size).toBe(60_000);
    expect(cols.value[59_998]).toBe(29_999 % 97);
    expect(cols.mention[59_999]).toBe(29_999);
    expect(cols.rows).toBe(30_000);
  });
});
