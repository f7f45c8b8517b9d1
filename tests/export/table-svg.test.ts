// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { TableSpec } from '../../src/charts/chart-spec';
import { imageRows, tableSvg } from '../../src/export/table-svg';

function league(n: number, ranked = true): TableSpec {
  return {
    title: '再就业人数排行', subtitle: '2024年第二季度', source: '示例数据', ranked,
    columns: [
      { key: 'rank', label: '排名', numeric: true }, { key: 'name', label: '社区' },
      { key: 'change', label: '变化', numeric: true, signed: true }, { key: 'p', label: '百分位', numeric: true, heat: true },
    ],
    rows: Array.from({ length: n }, (_, i) => [i + 1, `社区${i + 1}`, i % 2 === 0 ? 3 : -2, 100 - (i % 100)]),
  };
}

describe('tableSvg', () => {
  it('154 ranked rows: top 19, the gap row, bottom 20, and a note saying so', () => {
    const { rows, note, hidden } = imageRows(league(154));
    expect(rows).toHaveLength(40);
    expect(rows[19]).toBeNull();
    expect(rows[39]).toBe(153);
    expect(hidden).toBe(115);
    expect(note).toBe('共154行，图中仅显示前19名和后20名；完整名单请导出CSV或XLSX。');
    const { svg, notes } = tableSvg(league(154));
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('…（中间115个单位略）');
    expect(texts).toContain('社区1');
    expect(texts).toContain('社区154');
    expect(texts).not.toContain('社区100');
    expect(texts).toContain('+3');
    expect(texts).toContain('−2');
    expect(notes[0]).toBe(note);
  });

  it('an unranked long table keeps its first 40 rows, never calling them the top', () => {
    const { rows, note } = imageRows(league(60, false));
    expect(rows).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(note).toBe('共60行，图中仅显示前40行；完整数据请导出CSV或XLSX。');
  });

  it('percentile cells are filled with the heatmap colour; short tables are whole', () => {
    const { svg, notes } = tableSvg(league(3));
    expect(notes).toEqual([]);
    const fills = [...svg.querySelectorAll('rect')].map((r) => r.getAttribute('fill'));
    expect(fills.some((f) => f?.startsWith('rgb('))).toBe(true);
  });
});
