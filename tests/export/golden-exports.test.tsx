// @vitest-environment jsdom
/**
 * Golden files of every chart kind's export (item 8 of issue 16): the normalised slide XML and
 * chart XML of its PowerPoint slide, and the normalised SVG file, from the sample's specs. An
 * unintended change to an export fails here; an intended one is accepted with `vitest -u` and
 * reviewed in the diff of tests/golden/.
 */
import { cleanup, render } from '@testing-library/react';
import JSZip from 'jszip';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChartSpec, TableSpec } from '../../src/charts/chart-spec';
import { exportBarSpec } from '../../src/charts/export-bar-spec';
import { SpecBarChart } from '../../src/charts/SpecBarChart';
import { SpecLineChart } from '../../src/charts/SpecLineChart';
import { SpecScatterChart } from '../../src/charts/SpecScatterChart';
import { buildDeck } from '../../src/export/pptx-export';
import { imageLegend, imageNotes } from '../../src/export/export-actions';
import { serializeChartSvg } from '../../src/export/svg-export';
import { sampleSpecs, type SampleSpecs } from '../../scripts/sample-export-specs';
import { normalisePptxXml, normaliseSvg } from './golden-normalise';

let specs: SampleSpecs;
beforeAll(() => { specs = sampleSpecs(); }, 60_000);
afterEach(cleanup);

const META = { title: '汇报', date: '2024年7月5日', source: '示例数据' };
const CHARTS = ['compare', 'twoPeriods', 'streets', 'distribution', 'trend', 'scatter', 'spreadTrend'] as const;
const TABLES = ['league', 'heatmap'] as const;

describe('slide XML golden files', () => {
  it.each(CHARTS)('%s', async (kind) => {
    const zip = await JSZip.loadAsync(await buildDeck([{ kind: 'chart', spec: specs[kind] }], META));
    const slide = await zip.file('ppt/slides/slide2.xml')!.async('string');
    await expect(normalisePptxXml(slide)).toMatchFileSnapshot(`../golden/pptx/${kind}.slide.xml`);
    const rels = await zip.file('ppt/slides/_rels/slide2.xml.rels')!.async('string');
    const chart = /Target="\/?(?:\.\.\/)?(?:ppt\/)?charts\/(chart\d+\.xml)"/.exec(rels)![1]!;
    const xml = await zip.file(`ppt/charts/${chart}`)!.async('string');
    await expect(normalisePptxXml(xml)).toMatchFileSnapshot(`../golden/pptx/${kind}.chart.xml`);
  }, 30_000);

  it.each(TABLES)('%s (16 rows: two tables side by side)', async (kind) => {
    // 16 rows keep the file small and still take the two-up layout (more than 15 rows). The league's
    // 16th is its last, a 连续6期靠后 unit, so its 持续靠后 column is on the slide (the first 16 have none).
    const { rows } = specs[kind];
    const spec: TableSpec = { ...specs[kind], rows: kind === 'league' ? [...rows.slice(0, 15), rows[rows.length - 1]!] : rows.slice(0, 16) };
    if (kind === 'league') expect(spec.rows[15]!.at(-1)).toBe('连续6期靠后');
    const zip = await JSZip.loadAsync(await buildDeck([{ kind: 'table', spec }], META));
    const slide = await zip.file('ppt/slides/slide2.xml')!.async('string');
    await expect(normalisePptxXml(slide)).toMatchFileSnapshot(`../golden/pptx/${kind}.slide.xml`);
  }, 30_000);
});

function drawn(spec: ChartSpec): SVGSVGElement {
  const shown = exportBarSpec(spec);
  const el = shown.kind === 'scatter'
    ? <SpecScatterChart spec={shown} width={1184} height={494} />
    : shown.kind === 'line' ? <SpecLineChart spec={shown} width={1184} height={494} /> : <SpecBarChart spec={shown} width={1184} height={494} />;
  const { container } = render(el);
  return container.querySelector('svg')!;
}

describe('SVG golden files', () => {
  it.each(['compare', 'twoPeriods', 'distribution', 'trend', 'scatter', 'spreadTrend'] as const)('%s', async (kind) => {
    const spec = exportBarSpec(specs[kind]);
    const svg = serializeChartSvg(drawn(spec), {
      title: spec.title, subtitle: spec.subtitle, source: spec.source, date: '2024年7月5日',
      notes: imageNotes(spec), legend: imageLegend(spec),
    });
    await expect(normaliseSvg(svg)).toMatchFileSnapshot(`../golden/svg/${kind}.svg`);
  }, 30_000);
});
