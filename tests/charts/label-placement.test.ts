import { describe, expect, it } from 'vitest';
import { fitText, placeLabels, textEms, type Box } from '../../src/charts/label-placement';

const bounds: Box = { x0: 0, y0: 0, x1: 400, y1: 300 };
const o = { fontSize: 12, pointRadius: 4, bounds };
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('textEms', () => {
  it('counts CJK as 1 em and Latin or digits as 0.6', () => {
    expect(textEms('甲社区')).toBe(3);
    expect(textEms('A1')).toBeCloseTo(1.2);
  });

  it('counts % as 1 em: a league table\'s 四分位 cell 50%–75% is about 5 ems wide, not 4.2 (it wrapped and pushed the table off the slide)', () => {
    expect(textEms('50%–75%')).toBeCloseTo(5);
  });
});

describe('placeLabels', () => {
  it('puts a lone label right of its point', () => {
    const { placed, dropped } = placeLabels([{ id: 7, text: '甲社区', x: 100, y: 100 }], [{ x: 100, y: 100 }], o);
    expect(dropped).toEqual([]);
    expect(placed[0]).toMatchObject({ id: 7, anchor: 'start', x: 108, y: 100 });
  });

  it('moves a label left when the right side leaves the plot', () => {
    const { placed } = placeLabels([{ id: 1, text: '甲社区', x: 390, y: 100 }], [{ x: 390, y: 100 }], o);
    expect(placed[0]!.anchor).toBe('end');
  });

  it('never overlaps another label or any point; what cannot fit is dropped, earlier labels win', () => {
    // Twelve points in a tight cluster, every one asking for a label.
    const pts = Array.from({ length: 12 }, (_, k) => ({ x: 200 + (k % 4) * 6, y: 150 + Math.floor(k / 4) * 6 }));
    const labels = pts.map((p, k) => ({ id: k, text: `第${k}社区`, ...p }));
    const { placed, dropped } = placeLabels(labels, pts, o);
    expect(placed.length + dropped.length).toBe(12);
    expect(placed[0]!.id).toBe(0);
    expect(dropped.length).toBeGreaterThan(0);
    for (const a of placed) {
      for (const b of placed) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
      for (const p of pts) expect(overlaps(a.box, { x0: p.x - 5, y0: p.y - 5, x1: p.x + 5, y1: p.y + 5 })).toBe(false);
      expect(a.box.x0 >= 0 && a.box.x1 <= 400 && a.box.y0 >= 0 && a.box.y1 <= 300).toBe(true);
    }
  });
});

describe('fitText', () => {
  it('keeps a name that fits, and shortens a long one in the middle keeping its end', () => {
    expect(fitText('甲社区', 5)).toBe('甲社区');
    const short = fitText('天津市仪表无线电工业学校社区', 9);
    expect(short).toBe('天津市仪表无…社区');
    expect(textEms(short)).toBeLessThanOrEqual(9);
  });
});
