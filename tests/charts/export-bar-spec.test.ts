import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../src/charts/chart-spec';
import { buildCompareBarsSpec, type CompareBarItem } from '../../src/charts/compare-bars-spec';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';
import { EXPORT_MAX_BARS, exportBarSpec, exportKeep, needsExportTrim } from '../../src/charts/export-bar-spec';

/** `n` units 单位1 … 单位n with values n … 1 (sorted best → worst). */
function bars(n: number, over: Partial<ChartSpec> = {}): ChartSpec {
  const names = Array.from({ length: n }, (_, i) => `单位${i + 1}`);
  return {
    kind: 'bar', horizontal: true, title: 't', subtitle: 's', source: 'src', unit: '人',
    categories: names, categoryUnits: names,
    series: [{ name: '再就业人数', values: names.map((_, i) => n - i), marks: names.map((_, i) => (i === 0 ? '≈' : '')) }],
    notes: ['带“≈”的数值为约数（原表写作“约”“近”）。'],
    ranked: true,
    ...over,
  };
}

describe('exportBarSpec', () => {
  it.each<[number, boolean]>([[EXPORT_MAX_BARS, false], [EXPORT_MAX_BARS + 1, true], [154, true]])('%d bars → trimmed %s', (n, trim) => {
    expect(needsExportTrim(bars(n))).toBe(trim);
    expect(exportBarSpec(bars(n)).categories.length).toBe(trim ? 31 : n);
  });

  it('keeps the top 15 and bottom 15 of 154 with a gap row and the note first', () => {
    const out = exportBarSpec(bars(154));
    expect(out.categories.slice(0, 2)).toEqual(['单位1', '单位2']);
    expect(out.categories[15]).toBe('…（中间124个单位略）');
    expect(out.categories.slice(-1)).toEqual(['单位154']);
    expect(out.categoryUnits![15]).toBeNull();
    expect(out.series[0]!.values.slice(14, 17)).toEqual([140, null, 15]);
    expect(out.series[0]!.marks!.slice(0, 2)).toEqual(['≈', '']);
    expect(out.notes).toEqual(['共154个单位，仅显示前15名和后15名（完整名单见排行表）。', '带“≈”的数值为约数（原表写作“约”“近”）。']);
    expect(out.title).toBe('t');
  });

  it('keeps 10 at each end when each row has two bars, with the deltas picked the same way', () => {
    const one = bars(100);
    const spec = bars(100, { series: [{ ...one.series[0]!, deltas: one.categories.map((_, i) => i) }, { name: '上期', values: one.categories.map(() => 1) }] });
    const out = exportBarSpec(spec);
    expect(exportKeep(2)).toBe(10);
    expect(out.categories).toHaveLength(21);
    expect(out.series[0]!.deltas!.slice(9, 12)).toEqual([9, null, 90]);
    expect(out.series[1]!.values[10]).toBeNull();
  });

  it('never trims bars that are not in rank order (street order, bins): 前15名 would be false', () => {
    const streets = bars(154, { ranked: false });
    expect(needsExportTrim(streets)).toBe(false);
    expect(exportBarSpec(streets)).toBe(streets);
    expect(exportBarSpec(bars(154, { ranked: undefined })).categories).toHaveLength(154);
  });

  it('keeps the rows of a spec the screen already trimmed, with the file wording of its note', () => {
    const screen = bars(31, {
      categoryUnits: [...bars(31).categoryUnits!.slice(0, 15), null, ...bars(31).categoryUnits!.slice(16)],
      omitted: 5587, notes: ['共5,617个单位，仅显示前15名和后15名；完整名单见“排行”页，整体分布见下方分布图。', '注二'],
    });
    const out = exportBarSpec(screen);
    expect(out.categories).toBe(screen.categories);
    expect(out.notes).toEqual(['共5,617个单位，仅显示前15名和后15名（完整名单见排行表）。', '注二']);
  });

  it('leaves line and short charts alone', () => {
    const line = bars(60, { kind: 'line' });
    expect(exportBarSpec(line)).toBe(line);
  });

  it('writes the note in English for an English spec', () => {
    expect(exportBarSpec(bars(1000, { lang: 'en' })).notes![0]).toBe('1,000 units; only the top 15 and bottom 15 are shown (see the league table for the full list).');
  });

  describe('the notes of the * and † marks on a trimmed 对比 of two periods', () => {
    /** 40 units 单位1 … 单位40 (values 40 … 1); `partial` and `prevPartial` list the units marked * and †. */
    function compare(partial: readonly number[], prevPartial: readonly number[], lang?: 'en'): ChartSpec {
      const items: CompareBarItem[] = Array.from({ length: 40 }, (_, i) => ({ unit: i, name: `单位${i + 1}`, parent: '', value: 40 - i, qualifier: 'exact', partial: partial.includes(i + 1) }));
      const other = { label: '2023年', values: new Map(items.map((it) => [it.unit, { value: 1, qualifier: 'exact' as const, partial: prevPartial.includes(it.unit + 1) }])) };
      return buildCompareBarsSpec({ items, missing: [], median: 20, mean: 20 }, {
        metric: canonicalMetric('reemployed')!, periodLabel: '2024年', parent: '', per: 'none', source: 's', ...(lang ? { lang } : {}),
      }, { other });
    }
    const star = '带“*”的单位在该期间缺少部分月份的数据，数值偏低。';
    const dagger = '带“†”的单位在2023年缺少部分月份的数据，该期数值偏低，与之相比的变化偏大。';

    it('drops both when the marked units are all left out (单位20 and 单位21 of 40, 10 kept at each end)', () => {
      const spec = compare([20], [21]);
      expect(spec.notes).toEqual(expect.arrayContaining([star, dagger]));
      const out = exportBarSpec(spec);
      expect(out.categories).toHaveLength(21);
      expect(out.categories.some((c) => c.includes('*') || c.includes('†'))).toBe(false);
      expect(out.notes).not.toContain(star);
      expect(out.notes).not.toContain(dagger);
      expect(out.notes![0]).toBe('共40个单位，仅显示前10名和后10名（完整名单见排行表）。');
    });

    it('keeps the note of a mark a kept unit carries, and drops the other', () => {
      const out = exportBarSpec(compare([2, 20], [21]));
      expect(out.categories[1]).toBe('单位2*');
      expect(out.notes).toContain(star);
      expect(out.notes).not.toContain(dagger);
      const kept = exportBarSpec(compare([20], [21, 40]));
      expect(kept.categories.at(-1)).toBe('单位40†');
      expect(kept.notes).toContain(dagger);
      expect(kept.notes).not.toContain(star);
    });

    it('in English too', () => {
      const out = exportBarSpec(compare([20], [21], 'en'));
      expect(out.notes!.some((n) => n.includes('“*”') || n.includes('“†”'))).toBe(false);
    });
  });
});
