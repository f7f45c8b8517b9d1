/**
 * Footnotes on a slide are read at 10 pt however many there are (up to a limit): the notes box
 * grows upward and the chart or table above gives up that height. A league slide with six notes
 * (marks, change marks, partial, unranked, ties) had them in a half-inch box that LibreOffice
 * shrank to about 4 pt and PowerPoint let run over the source line.
 */
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/export/pptx-export';
import { BODY, bodyAbove, notesHeight } from '../../src/export/pptx-layout';
import { HBAR, league } from './export-fixtures';
import { readDeck, type Box } from './pptx-read';

const SIX = [
  '数值的标注：≈ 约数，＞ 下限（实际多于此数），＜ 上限（实际少于此数），见“标注”列。',
  '变化的标注由两期数值的标注推得：＞ 实际变化大于此数，＜ 小于此数，≈ 约数，见“变化标注”列。',
  '名次变化标“≈”的：该单位本期或上期数值为下限或上限（如“余”“以上”“不足”），实际名次变化可能不同。',
  '“不完整”表示该期间缺少部分月份的数据。',
  '无数据的单位列在最后，不参与排名（不按0计）。',
  '并列名次共享同一名次（如1、2、2、4）。',
];
const LINE_IN = (10 * 1.2) / 72;
const bottom = (b: Box) => b.y + b.h;

describe('notesHeight and bodyAbove', () => {
  it('one or two short notes keep the usual half inch and BODY; three need a little more', () => {
    expect(notesHeight(SIX.slice(4))).toBe(0.5);
    expect(bodyAbove(SIX.slice(4))).toEqual(BODY);
    expect(notesHeight(SIX.slice(3))).toBeGreaterThanOrEqual(3 * LINE_IN);
    expect(notesHeight(SIX.slice(3))).toBeLessThanOrEqual(0.6);
  });
  it('six notes get a line each at 10 pt, taken from the body; no notes, no box', () => {
    expect(notesHeight(SIX)).toBeGreaterThanOrEqual(6 * LINE_IN);
    expect(bodyAbove(SIX).h).toBeCloseTo(BODY.h - (notesHeight(SIX) - 0.5), 6);
    expect(notesHeight([])).toBe(0);
  });
  it('a note longer than a line counts its wrapped lines', () => {
    expect(notesHeight(['注'.repeat(200)])).toBeGreaterThanOrEqual(3 * LINE_IN);
  });
});

describe('a slide with six notes', () => {
  it('has them at 10 pt in a box tall enough, above the source line, with the table or chart above the box', async () => {
    const bytes = await buildDeck([
      { kind: 'table', spec: { ...league(8), notes: SIX } },
      { kind: 'chart', spec: { ...HBAR, series: HBAR.series.map((s) => ({ ...s, qualifiers: s.values.map((_, i) => (i === 0 ? 'gt' : 'exact')) })) } },
    ], { title: 't', date: 'd', source: 's' });
    const slides = await readDeck(bytes);
    const table = slides.find((s) => s.tables.length > 0)!;
    const notes = table.shapes.find((s) => s.text.startsWith('注：'))!;
    expect(notes.text.split('\n')).toHaveLength(6);
    expect(notes.box.h).toBeGreaterThanOrEqual(6 * LINE_IN);
    expect(/<a:t>注：[^<]*<\/a:t>/.test(table.xml)).toBe(true);
    expect([...table.xml.matchAll(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?注：[\s\S]*?<\/p:sp>/g)][0]![0]).toMatch(/sz="1000"/);
    const source = table.shapes.find((s) => s.text.startsWith('数据来源'))!;
    expect(bottom(notes.box)).toBeLessThanOrEqual(source.box.y + 1e-6);
    const frame = /<p:graphicFrame>[\s\S]*?<a:off x="(\d+)" y="(\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>[\s\S]*?<a:tbl>/.exec(table.xml)!;
    const tableTop = Number(frame[2]) / 914400;
    const rows = [...table.xml.matchAll(/<a:tr h="(\d+)"/g)].reduce((s, m) => s + Number(m[1]) / 914400, 0);
    expect(tableTop + rows).toBeLessThanOrEqual(notes.box.y + 1e-6);
    const chart = slides.find((s) => s.charts.length > 0)!;
    const chartNotes = chart.shapes.find((s) => s.text.startsWith('注：'));
    if (chartNotes) expect(bottom(chart.charts[0]!.frame)).toBeLessThanOrEqual(chartNotes.box.y + 1e-6);
  });

  it('under a full page of rows the notes take only the room the table leaves: no row is shorter than its text', async () => {
    const wide = { ...league(15), columns: [...league(15).columns, ...['a', 'b', 'c', 'd', 'e'].map((k) => ({ key: k, label: k }))], notes: [...SIX, ...SIX.slice(0, 3)] };
    wide.rows = wide.rows.map((r) => [...r, 'x', 'x', 'x', 'x', 'x']);
    const slide = (await readDeck(await buildDeck([{ kind: 'table', spec: wide }], { title: 't', date: 'd', source: 's' }))).find((x) => x.tables.length > 0);
    const notes = slide!.shapes.find((s) => s.text.startsWith('注：'))!;
    const frame = /<p:graphicFrame>[\s\S]*?<a:off x="(\d+)" y="(\d+)"\/>[\s\S]*?<a:tbl>/.exec(slide!.xml)!;
    const heights = [...slide!.xml.matchAll(/<a:tr h="(\d+)"/g)].map((m) => Number(m[1]) / 914400);
    const textRow = (12 * 1.2) / 72 + 0.08;
    expect(heights).toHaveLength(16);
    for (const h of heights.slice(1)) expect(h).toBeGreaterThanOrEqual(textRow - 1e-6);
    expect(Number(frame[2]) / 914400 + heights.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(notes.box.y + 1e-6);
    expect(notes.box.h).toBeGreaterThanOrEqual(0.5);
  });
});
