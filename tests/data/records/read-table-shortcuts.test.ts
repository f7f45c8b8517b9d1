/**
 * The table reader resolves a unit once and reuses it for later rows naming it with the same
 * cells (the row above, or any earlier clean row). These cases would go wrong if a reused row
 * skipped what the full reading of a row does.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const read = (text: string) => importFiles([{ name: '2024年3月.csv', bytes: utf8(text) }], { id: 't', createdAt: '2025-01-01T00:00:00.000Z' });

describe('TableReader shortcuts', () => {
  it('a blank street is filled from the row just above, also when that row reused an earlier unit', () => {
    const r = read('街道,社区,期间,再就业人数\n东湖街道,甲社区,2024-01,1\n西山街道,乙社区,2024-01,2\n东湖街道,甲社区,2024-02,3\n,丙社区,2024-02,4\n');
    const ds = r.dataset!;
    const bing = ds.units.find((u) => u.name === '丙社区')!;
    expect(bing.parent).toBe('东湖街道');
    expect(r.report.issues.find((i) => i.code === 'forward-filled')?.line).toBe(5);
  });

  it('the same name under another street is another mention, not the remembered one', () => {
    const r = read('街道,社区,期间,再就业人数\n东湖街道,甲社区,2024-01,1\n西山街道,甲社区,2024-01,2\n东湖街道,甲社区,2024-02,3\n西山街道,甲社区,2024-02,4\n');
    const ds = r.dataset!;
    expect(ds.units.map((u) => `${u.parent}/${u.name}`).sort()).toEqual(['东湖街道/甲社区', '西山街道/甲社区']);
    expect(ds.obs.value.length).toBe(4);
  });

  it('a subtotal row between two rows of one unit is still a subtotal, and the unit after it resolves', () => {
    const r = read('社区,期间,再就业人数\n甲社区,2024-01,1\n合计,2024-01,1\n甲社区,2024-02,2\n');
    expect(r.report.counts.subtotal).toBe(1);
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['甲社区']);
  });

  it('a footer written in one cell of a short row is listed as a footer, with no short-row warning', () => {
    const r = read('社区,期间,再就业人数\n甲社区,2024-01,1\n填表人：张三    审核人：李四\n');
    expect(r.report.issues.map((i) => i.code)).not.toContain('ragged-row-short');
    expect(r.report.rows.find((x) => x.line === 3)?.reason).toContain('表尾');
  });
});

describe('TableReader shortcuts on wide and long city files', () => {
  const wide = (periods: readonly string[][]): string =>
    `区,街道,社区,期间,常住人口,户数\n${periods.map((rows) => rows.join('\n')).join('\n')}\n`;

  it('units of one name in several streets each resolve to their own unit in every period', () => {
    const rows = (p: string, k: number): string[] => [
      `河北区,东湖街道,新村,${p},${k + 1},10`, `河北区,西山街道,新村,${p},${k + 2},20`, `河北区,东湖街道,甲社区,${p},${k + 3},30`,
    ];
    const r = read(wide([rows('2024-01', 0), rows('2024-02', 10), rows('2024-03', 20)]));
    const ds = r.dataset!;
    expect(r.report.status).toBe('ok');
    expect(ds.units.map((u) => `${u.parent}/${u.name}`).sort()).toEqual(['东湖街道/新村', '东湖街道/甲社区', '西山街道/新村']);
    const west = ds.units.findIndex((u) => u.parent === '西山街道');
    const pop = ds.metrics.findIndex((m) => m.zh === '常住人口');
    const westPop = [...ds.obs.value].filter((_, i) => ds.obs.unit[i] === west && ds.obs.metric[i] === pop);
    expect(westPop).toEqual([2, 12, 22]);
  });

  it('a period listing the units in another order (the guess of the next unit misses) reads the same values', () => {
    const a = read(wide([['河北区,东湖街道,甲社区,2024-01,1,2', '河北区,东湖街道,乙社区,2024-01,3,4'], ['河北区,东湖街道,甲社区,2024-02,5,6', '河北区,东湖街道,乙社区,2024-02,7,8']]));
    const b = read(wide([['河北区,东湖街道,甲社区,2024-01,1,2', '河北区,东湖街道,乙社区,2024-01,3,4'], ['河北区,东湖街道,乙社区,2024-02,7,8', '河北区,东湖街道,甲社区,2024-02,5,6']]));
    const cells = (ds: NonNullable<typeof a.dataset>): string[] => [...ds.obs.value].map((v, i) =>
      `${ds.units[ds.obs.unit[i]!]!.name}|${ds.periods[ds.obs.period[i]!]}|${ds.metrics[ds.obs.metric[i]!]!.zh}|${v}`).sort();
    expect(cells(b.dataset!)).toEqual(cells(a.dataset!));
  });

  it('a wide file naming one unit twice in a period with another value is a conflict (the period-major key layout)', () => {
    const r = read(wide([['河北区,东湖街道,甲社区,2024-01,1,2', '河北区,东湖街道,乙社区,2024-01,3,4'], ['河北区,东湖街道,甲社区,2024-02,5,6', '河北区,东湖街道,甲社区,2024-02,9,6']]));
    expect(r.report.status).toBe('blocked');
    expect(r.report.issues.filter((i) => i.code === 'conflicting-values').map((i) => i.line)).toEqual([5]);
  });

  it('a long file whose units list their metrics in different orders reads each value under its metric', () => {
    const r = read('社区,期间,指标,数值\n甲社区,2024-01,常住人口,100\n甲社区,2024-01,户数,40\n乙社区,2024-01,户数,50\n乙社区,2024-01,常住人口,120\n丙社区,2024-01,常住人口,130\n丙社区,2024-01,户数,60\n');
    const ds = r.dataset!;
    const got = [...ds.obs.value].map((v, i) => `${ds.units[ds.obs.unit[i]!]!.name}|${ds.metrics[ds.obs.metric[i]!]!.zh}|${v}`).sort();
    expect(got).toEqual(['丙社区|常住人口|130', '丙社区|户数|60', '乙社区|常住人口|120', '乙社区|户数|50', '甲社区|常住人口|100', '甲社区|户数|40']);
  });

  it('the same approximate cell on many rows: each keeps its qualifier, the notes are capped with the full count', () => {
    const body = Array.from({ length: 25 }, (_, k) => `${k}号社区,2024-01,3余`).join('\n');
    const r = read(`社区,期间,再就业人数\n${body}\n`);
    const ds = r.dataset!;
    expect(ds.obs.value.length).toBe(25);
    expect(new Set(ds.obs.qualifier).size).toBe(1);
    expect(ds.obs.qualifier[0]).not.toBe(0);
    const notes = r.report.issues.filter((i) => i.code === 'approximate-value');
    expect(notes.length).toBe(21);
    expect(notes.slice(0, 20).map((i) => i.line)).toEqual(Array.from({ length: 20 }, (_, k) => k + 2));
    expect(notes[20]!.message).toContain('共25处');
  });

  it('a qualifier column changes only its own row, not the same text read on another row', () => {
    const r = read('社区,期间,指标,数值,qualifier\n甲社区,2024-01,户数,"1,200",gt\n乙社区,2024-01,户数,"1,200",\n');
    const ds = r.dataset!;
    const byName = new Map([...ds.obs.value].map((_, i) => [ds.units[ds.obs.unit[i]!]!.name, ds.obs.qualifier[i]]));
    expect(byName.get('甲社区')).not.toBe(byName.get('乙社区'));
    expect(byName.get('乙社区')).toBe(0);
  });
});
