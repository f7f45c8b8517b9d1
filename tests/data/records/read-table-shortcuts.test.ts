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
