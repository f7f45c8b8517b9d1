// @vitest-environment jsdom
/** Exports follow the spec's language: frame labels, slide footers, notes and the XLSX about sheet. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/export/pptx-export';
import { serializeChartSvg } from '../../src/export/svg-export';
import { tableToXlsx } from '../../src/export/xlsx-export';
import { BAR, league } from './export-fixtures';

const EN_BAR = { ...BAR, lang: 'en' as const, title: 'Re-employed by community', references: [{ label: 'Median', value: 87.5 }], unit: 'people' };

describe('English exports', () => {
  it('SVG frame: Source and Exported labels', () => {
    const host = document.createElement('div');
    host.innerHTML = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10"><rect width="5" height="5"/></svg>';
    const text = serializeChartSvg(host.querySelector('svg')!, { title: 'T', subtitle: 'S', source: 'a.csv', date: '5 Jul 2024', lang: 'en' });
    expect(text).toContain('>Source: a.csv<');
    expect(text).toContain('>Exported: 5 Jul 2024<');
    expect(text).not.toMatch(/数据来源|导出日期/);
  });

  it('PPTX: English cover source, footer, reference line and notes', async () => {
    const bytes = await buildDeck([{ kind: 'chart', spec: EN_BAR }, { kind: 'table', spec: { ...league(50), lang: 'en' } }], { title: 'Report', date: '5 Jul 2024', source: 'a.csv', lang: 'en' });
    const zip = await JSZip.loadAsync(bytes);
    const cover = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(cover).toContain('Source: a.csv');
    const chart = await zip.file('ppt/slides/slide2.xml')!.async('string');
    for (const s of ['Reference lines: Median 87.5 people', 'Source: 示例数据', 'Exported: 5 Jul 2024', 'A blank means no data']) expect(chart).toContain(s);
    expect(chart).not.toMatch(/数据来源|导出日期|参考线|注：/);
    const cont = await zip.file('ppt/slides/slide4.xml')!.async('string');
    expect(cont).toContain('(cont.)');
    expect(cont).toContain('page 2/2');
  });

  it('XLSX: English sheet names and about labels', async () => {
    const zip = await JSZip.loadAsync(await tableToXlsx({ ...league(2), lang: 'en' }, '5 Jul 2024'));
    expect(await zip.file('xl/workbook.xml')!.async('string')).toContain('<sheet name="Data"');
    const about = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    for (const s of ['Title', 'Source', 'Exported', '5 Jul 2024']) expect(about).toContain(s);
  });
});
