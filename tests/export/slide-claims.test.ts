/**
 * Item 1 of issue 16: every note and subtitle on an exported slide is true of what is drawn.
 * A deck of every chart kind and table, built from the sample by the views' own spec builders,
 * is read back as XML and each claim is checked (slide-claims.ts). The checker itself is shown to
 * catch the lies the old export told (a flat street-order chart called 前15名和后15名, median and
 * mean named but not drawn, 19.08 where the screen says 19.1).
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../src/charts/chart-spec';
import type { DeckItem } from '../../src/export/deck-item';
import { buildDeck } from '../../src/export/pptx-export';
import { sampleSpecs, type SampleSpecs } from '../../scripts/sample-export-specs';
import { readDeck, type XmlSlide } from './pptx-read';
import { slideClaimViolations } from './slide-claims';

const META = { title: '2024年第二季度社区工作汇报', date: '2024年7月5日', source: '示例数据' };
let specs: SampleSpecs;
let slides: XmlSlide[];

async function deckOf(items: DeckItem[]): Promise<Uint8Array> {
  return buildDeck(items, META);
}

beforeAll(async () => {
  specs = sampleSpecs();
  const charts: ChartSpec[] = [specs.compare, specs.twoPeriods, specs.streets, specs.distribution, specs.trend, specs.scatter, specs.spreadTrend];
  slides = await readDeck(await deckOf([...charts.map((spec) => ({ kind: 'chart' as const, spec })), { kind: 'table', spec: specs.league }]));
}, 60_000);

describe('every claim on every slide of the sample deck holds', () => {
  it('no slide says anything its charts do not show', () => {
    expect(slides.length).toBeGreaterThan(8);
    expect(slides.flatMap(slideClaimViolations)).toEqual([]);
  });

  it('the checker saw the claims it is meant to check (it cannot pass by finding none)', () => {
    const all = slides.map((s) => s.texts.join('\n')).join('\n');
    for (const claim of ['参考线：中位数', '（虚线）', '（点线）', '仅显示前15名和后15名', '仅显示前10名和后10名', '虚线为中位数', '最小二乘趋势线', '标注名称的为离群单位']) {
      expect(all).toContain(claim);
    }
    const labelled = slides.flatMap((s) => s.charts).flatMap(({ chart }) => chart.series).reduce((n, s) => n + s.labels.size, 0);
    expect(labelled).toBeGreaterThan(200);
  });

  it('compare: mean as the screen rounds it (1 decimal), top and bottom 15 with the gap row', () => {
    const s = slides[1]!;
    const mean = specs.compare.references!.find((r) => r.label === '平均值')!.value;
    expect(s.texts.join('\n')).toContain(`平均值 ${mean.toFixed(1)}人（点线）`);
    const cats = s.charts[0]!.chart.series[0]!.cats;
    expect(cats).toHaveLength(31);
    expect(cats[15]).toBe('…（中间124个单位略）');
  });

  it('small multiples: a grid of small charts on one shared axis, every street once, none flat', () => {
    const grid = slides.filter((s) => s.texts.some((t) => /共\d+个街道\/镇/.test(t)));
    const charts = grid.flatMap((s) => s.charts.map((c) => c.chart));
    const streets = Number(/共(\d+)个街道\/镇/.exec(grid[0]!.texts.join('\n'))![1]);
    expect(charts).toHaveLength(streets);
    expect(charts).toHaveLength(specs.streets.panels!.length);
    expect(new Set(charts.map((c) => `${c.val.min}-${c.val.max}`)).size).toBe(1);
    expect(charts.reduce((n, c) => n + c.series[0]!.cats.length, 0)).toBe(specs.streets.categories.length);
  });

  it('league table of 154 units fits on at most 4 slides and keeps + and − on changes', () => {
    const league = slides.filter((s) => s.texts.some((t) => t.startsWith(specs.league.title)));
    expect(league.length).toBeLessThanOrEqual(4);
    const cells = league.flatMap((s) => s.tables.flat(2));
    expect(cells.some((c) => /^\+\d/.test(c))).toBe(true);
    expect(cells.some((c) => /^−\d/.test(c))).toBe(true);
    const names = specs.league.rows.map((r) => String(r[1]));
    expect(cells).toContain(names[0]);
    expect(cells).toContain(names[names.length - 1]);
  });
});

describe('the checker catches false claims (adversarial)', () => {
  it('a flat chart in street order called 前15名和后15名', async () => {
    const flat: ChartSpec = { ...specs.streets, panels: undefined, ranked: true, references: [] };
    const [, slide] = await readDeck(await deckOf([{ kind: 'chart', spec: flat }]));
    expect(slideClaimViolations(slide!).join('\n')).toMatch(/not in rank order/);
  });

  it('median and mean named on the slide but not drawn', async () => {
    const bytes = await deckOf([{ kind: 'chart', spec: specs.compare }]);
    const zip = await JSZip.loadAsync(bytes);
    const path = 'ppt/slides/slide2.xml';
    const xml = await zip.file(path)!.async('string');
    zip.file(path, xml.replace(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?prst="line"[\s\S]*?<\/p:sp>/g, ''));
    const [, slide] = await readDeck(await zip.generateAsync({ type: 'uint8array' }));
    const problems = slideClaimViolations(slide!).join('\n');
    expect(problems).toMatch(/no dash line drawn at 中位数/);
    expect(problems).toMatch(/no sysDot line drawn at 平均值/);
  });

  it('a value label with more digits than the screen shows (19.08 for 19.1)', async () => {
    const spec: ChartSpec = { ...specs.compare, series: [{ ...specs.compare.series[0]!, values: specs.compare.series[0]!.values.map((v, i) => (i === 0 ? 19.08 : v)) }], ranked: false };
    const bytes = await deckOf([{ kind: 'chart', spec }]);
    const zip = await JSZip.loadAsync(bytes);
    const chartPath = Object.keys(zip.files).find((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p))!;
    const xml = await zip.file(chartPath)!.async('string');
    zip.file(chartPath, xml.replace('<a:t>19.1</a:t>', '<a:t>19.08</a:t>'));
    const [, slide] = await readDeck(await zip.generateAsync({ type: 'uint8array' }));
    expect(slideClaimViolations(slide!).join('\n')).toMatch(/label "19.08" for 19.08, the screen writes 19.1/);
  });

  it('a scatter whose notes describe lines the chart lacks', async () => {
    const bytes = await deckOf([{ kind: 'chart', spec: specs.scatter }]);
    const zip = await JSZip.loadAsync(bytes);
    const chartPath = Object.keys(zip.files).find((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p))!;
    const xml = await zip.file(chartPath)!.async('string');
    // Keep only the points series (what the old export drew).
    let n = 0;
    zip.file(chartPath, xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (s) => (n++ === 0 ? s.replace(/<c:dLbls>[\s\S]*?<\/c:dLbls>/, '') : '')));
    const [, slide] = await readDeck(await zip.generateAsync({ type: 'uint8array' }));
    const problems = slideClaimViolations(slide!).join('\n');
    expect(problems).toMatch(/no dashed vertical line/);
    expect(problems).toMatch(/least-squares/);
    expect(problems).toMatch(/named in the note but not labelled/);
  });
});
