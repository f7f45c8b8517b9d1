import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/export/pptx-export';
import { BAR, HBAR, LINE, SCATTER, UNITS, league } from './export-fixtures';

const files = (zip: JSZip, re: RegExp) => Object.keys(zip.files).filter((p) => re.test(p)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
const text = (zip: JSZip, path: string) => zip.file(path)!.async('string');
/** `<c:v>` texts inside the first `<c:cat>` of a chart. */
const categoryValues = (xml: string) => [...(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(xml)?.[1] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
const seriesNames = (xml: string) => [...xml.matchAll(/<c:tx>\s*<c:strRef>[\s\S]*?<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);

describe('buildDeck', () => {
  let zip: JSZip;
  beforeAll(async () => {
    const bytes = await buildDeck(
      [{ kind: 'chart', spec: BAR }, { kind: 'chart', spec: LINE }, { kind: 'chart', spec: HBAR }, { kind: 'chart', spec: SCATTER }, { kind: 'table', spec: league(32) }],
      { title: '2024年第二季度社区工作汇报', date: '2024-07-05', source: '示例数据' },
    );
    zip = await JSZip.loadAsync(bytes);
  });

  it('has a title slide, one slide per chart and 1 slide for a 32-row, 4-column table (two tables of 20 side by side)', () => {
    expect(files(zip, /^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(1 + 4 + 1);
    expect(files(zip, /^ppt\/charts\/chart\d+\.xml$/)).toHaveLength(4);
  });

  it('uses the 16:9 wide layout (13.333 × 7.5 in)', async () => {
    expect(await text(zip, 'ppt/presentation.xml')).toContain('<p:sldSz cx="12192000" cy="6858000"');
  });

  it('title slide carries title, date and source', async () => {
    const xml = await text(zip, 'ppt/slides/slide1.xml');
    for (const s of ['2024年第二季度社区工作汇报', '2024-07-05', '数据来源：示例数据']) expect(xml).toContain(s);
  });

  it.each([
    [1, '<c:barChart>', '<c:barDir val="col"/>'],
    [2, '<c:lineChart>', '<c:marker'],
    [3, '<c:barChart>', '<c:barDir val="bar"/>'],
    [4, '<c:scatterChart>', '<c:scatterStyle'],
  ])('chart%i is native: %s', async (n, tag, detail) => {
    const xml = await text(zip, `ppt/charts/chart${n}.xml`);
    expect(xml).toContain(tag);
    expect(xml).toContain(detail);
  });

  it('bar chart: categories and series names equal the spec; references are dashed and dotted line series', async () => {
    const xml = await text(zip, 'ppt/charts/chart1.xml');
    expect(categoryValues(xml)).toEqual(UNITS);
    expect(seriesNames(xml)).toEqual(['再就业人数', '中位数', '平均数']);
    expect(xml).toContain('<c:lineChart>');
    expect(xml).toContain('<a:prstDash val="dash"/>');
    expect(xml).toContain('<a:prstDash val="sysDot"/>');
  });

  it('bar values: the null is absent (a gap), others written as numbers', async () => {
    const xml = await text(zip, 'ppt/charts/chart1.xml');
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(xml)![1]!;
    expect([...val.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].map((m) => [Number(m[1]), m[2]]))
      .toEqual([[0, '120'], [1, '80'], [3, '95'], [4, '60']]);
    expect(xml).not.toMatch(/<c:v><\/c:v>/);
  });

  it('line chart: categories, both series, gap setting', async () => {
    const xml = await text(zip, 'ppt/charts/chart2.xml');
    expect(categoryValues(xml)).toEqual(['1月', '2月', '3月', '4月', '5月', '6月']);
    expect(seriesNames(xml)).toEqual(['祥福里', '双港']);
  });

  it('scatter points have no connecting lines; a spec without medians gets only the trend line', async () => {
    const xml = await text(zip, 'ppt/charts/chart4.xml');
    const series = xml.split('<c:ser>').slice(1);
    expect(series).toHaveLength(2);
    expect(series[0]).toMatch(/^[\s\S]*?<c:spPr><a:solidFill>[\s\S]*?<\/a:solidFill><a:ln><a:noFill\/><\/a:ln>/);
    expect(seriesNames(xml)).toEqual(['单位', '趋势线（最小二乘）']);
    expect(series[1]).toContain('<a:prstDash val="sysDot"/>');
  });

  it('every chart: East Asian font next to each latin font, and blanks shown as gaps', async () => {
    for (const path of files(zip, /^ppt\/charts\/chart\d+\.xml$/)) {
      const xml = await text(zip, path);
      const latin = xml.match(/<a:latin [^>]*\/>/g) ?? [];
      const latinThenEa = xml.match(/<a:latin [^>]*\/><a:ea typeface="Microsoft YaHei"\/>/g) ?? [];
      expect(latin.length).toBeGreaterThan(0);
      expect(latinThenEa.length).toBe(latin.length);
      expect(xml).toContain('<c:dispBlanksAs val="gap"/>');
      expect(xml).not.toContain('dispBlanksAs val="span"');
    }
  });

  it('theme declares 微软雅黑 as the East Asian font, with no empty ea slot left', async () => {
    const xml = await text(zip, 'ppt/theme/theme1.xml');
    expect(xml).toContain('<a:ea typeface="Microsoft YaHei"/>');
    expect(xml).not.toContain('<a:ea typeface=""/>');
  });

  it('embeds one worksheet per chart so 编辑数据 works', () => {
    expect(files(zip, /^ppt\/embeddings\/.*\.xlsx$/)).toHaveLength(4);
  });

  it('chart slide: Chinese title, subtitle with reference values, footer, footnotes of marked values, zh-CN runs', async () => {
    const xml = await text(zip, 'ppt/slides/slide2.xml');
    for (const s of ['各社区再就业人数对比', '参考线：中位数 87.5人（虚线），平均数 88.8人（点线）', '数据来源：示例数据', '导出日期：2024-07-05', '咸水沽 ≈80', '八里台 ＞60', '空白处表示该项无数据']) {
      expect(xml).toContain(s);
    }
    expect(xml).toContain('lang="zh-CN"');
    expect(xml).toContain('<a:ea typeface="Microsoft YaHei"');
  });

  it('long narrow table: two native tables side by side (20 + 12 rows), header on each, arrows', async () => {
    const xml = await text(zip, 'ppt/slides/slide6.xml');
    const tables = xml.split('<a:tbl>').slice(1);
    expect(tables).toHaveLength(2);
    tables.forEach((t) => expect(t).toContain('名次变化'));
    const rowsOn = (t: string) => (t.match(/<a:tr /g) ?? []).length;
    expect(tables.map(rowsOn)).toEqual([21, 13]);
    expect(tables[0]).toContain('社区1<');
    expect(tables[1]).toContain('社区32<');
    expect(xml).toContain('↓1');
    expect(xml).toContain('↑1');
    expect(xml).toContain('1,962.5');
  });

  it('a long wide table pages 15 rows a slide with （续） and 第i/n页', async () => {
    const wide = league(32);
    const cols = [...wide.columns, ...['a', 'b', 'c', 'd', 'e'].map((k) => ({ key: k, label: k }))];
    const bytes = await buildDeck([{ kind: 'table', spec: { ...wide, columns: cols, rows: wide.rows.map((r) => [...r, 'x', 'x', 'x', 'x', 'x']) } }], { title: 't', date: 'd', source: 's' });
    const z = await JSZip.loadAsync(bytes);
    expect(files(z, /^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(1 + 3);
    expect(await text(z, 'ppt/slides/slide3.xml')).toContain('再就业人数排行（续）');
    expect(await text(z, 'ppt/slides/slide4.xml')).toContain('第3/3页');
  });
});
