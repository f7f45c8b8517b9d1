import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TableSpec } from '../../src/charts/chart-spec';
import { columnLetters, tableToXlsx, xmlText } from '../../src/export/xlsx-export';

const SPEC: TableSpec = {
  title: '再就业人数排行', subtitle: '2024年第二季度', source: '示例数据',
  columns: [{ key: 'rank', label: '排名', numeric: true }, { key: 'unit', label: '社区' }, { key: 'v', label: '再就业人数', numeric: true }],
  rows: [
    [1, '=HYPERLINK("http://x","点击")', 1568],
    [2, '祥福里 & <东>', -3.2],
    [3, '双港', null],
  ],
  notes: ['带≈的数值为约数'],
};

describe('tableToXlsx', () => {
  let zip: JSZip;
  let sheet: string;
  beforeAll(async () => {
    zip = await JSZip.loadAsync(await tableToXlsx(SPEC, '2024-07-05'));
    sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  });

  it('is a workbook with a data sheet and an about sheet', async () => {
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']));
    expect(await zip.file('xl/workbook.xml')!.async('string')).toContain('<sheet name="数据"');
  });

  it('stores numbers as number cells', () => {
    expect(sheet).toContain('<c r="C2" t="n"><v>1568</v></c>');
    expect(sheet).toContain('<c r="C3" t="n"><v>-3.2</v></c>');
    expect(sheet).toContain('<c r="A4" t="n"><v>3</v></c>');
  });

  it('stores text as inline strings, escaped, never as formulas', () => {
    expect(sheet).toContain('<c r="B2" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK(&quot;http://x&quot;,&quot;点击&quot;)</t></is></c>');
    expect(sheet).toContain('祥福里 &amp; &lt;东&gt;');
    expect(sheet).not.toContain('<f>');
    expect(sheet).not.toMatch(/<f[ >]/);
  });

  it('leaves a null cell out, bolds and freezes the header', () => {
    expect(sheet).not.toContain('r="C4"');
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">排名</t>');
    expect(sheet).toContain('state="frozen"');
  });

  it('about sheet holds title, source, date and notes', async () => {
    const about = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    for (const s of ['再就业人数排行', '示例数据', '2024-07-05', '带≈的数值为约数']) expect(about).toContain(s);
  });
});

describe('helpers', () => {
  it.each([[0, 'A'], [25, 'Z'], [26, 'AA'], [51, 'AZ'], [52, 'BA'], [701, 'ZZ'], [702, 'AAA']])('column %i → %s', (i, s) => {
    expect(columnLetters(i)).toBe(s);
  });
  it('xmlText drops XML-illegal control characters and escapes markup', () => {
    expect(xmlText('a\u0001b<"&>\tc')).toBe('ab&lt;&quot;&amp;&gt;\tc');
  });
});
