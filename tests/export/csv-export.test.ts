import { describe, expect, it } from 'vitest';
import type { TableSpec } from '../../src/charts/chart-spec';
import { csvField, tableToCsv, tableToCsvBytes } from '../../src/export/csv-export';
import { decodeBytes } from '../../src/data/decode/decode-bytes';
import { detectNewline } from '../../src/data/rows/detect-delimiter';
import { parseRows } from '../../src/data/rows/parse-rows';
import { parseValue } from '../../src/data/cells/parse-value';

const INJECTION: TableSpec = {
  title: '注入测试', subtitle: '', source: '测试',
  columns: [{ key: 'name', label: '社区' }, { key: 'value', label: '数值', numeric: true }, { key: 'note', label: '备注' }],
  rows: [
    ['=HYPERLINK("http://x","点击")', 1568, '@cmd'],
    ['祥福里社区', -3.2, '+1'],
    ['咸水沽, "东"区', -12.5, '-abc'],
    ['双港', null, '-3.2'],
    ['辛庄\n二期', 0, '-3%'],
    ['八里台', 0.1 + 0.2, ' =1+1'],
  ],
};

describe('csvField', () => {
  it.each([
    [null, ''],
    [1568, '1568'],
    [-3.2, '-3.2'],
    [Number.NaN, ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=1+1', "'=1+1"],
    ['=A1,B1', `"'=A1,B1"`],
    ['祥福里', '祥福里'],
  ] as const)('%j → %j', (cell, expected) => {
    expect(csvField(cell)).toBe(expected);
  });
});

describe('tableToCsv', () => {
  const csv = tableToCsv(INJECTION);

  it('starts with a BOM and ends every record with CRLF', () => {
    expect(csv.startsWith('\ufeff社区,数值,备注\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').replace(/"辛庄\n二期"/, '')).not.toMatch(/[\r\n]/);
  });

  it('escapes formula starts, quotes per RFC 4180, keeps numbers and negative-number text', () => {
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://x"",""点击"")",1568,'@cmd`);
    expect(lines[2]).toBe(`祥福里社区,-3.2,'+1`);
    expect(lines[3]).toBe(`"咸水沽, ""东""区",-12.5,'-abc`);
    expect(lines[4]).toBe('双港,,-3.2');
    expect(lines[5]).toBe('"辛庄\n二期",0,-3%');
    expect(lines[6]).toBe(`八里台,0.30000000000000004,' =1+1`);
  });

  it('bytes are UTF-8 with the EF BB BF BOM', () => {
    const bytes = tableToCsvBytes(INJECTION);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3, 23))).toBe('社区,数值,备注');
  });

  it('re-imports through the app importer with the same text and values', () => {
    const spec: TableSpec = {
      title: '排行', subtitle: '', source: '',
      columns: [{ key: 'unit', label: '社区' }, { key: 'v', label: '再就业人数', numeric: true }, { key: 'c', label: '变化', numeric: true }],
      rows: [['祥福里社区', 1568, -3.2], ['咸水沽镇, 第一社区', 12345.5, 0], ['双港', null, 7]],
    };
    const decoded = decodeBytes(tableToCsvBytes(spec), 'league.csv');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.guessed).toBe(false);
    const parsed = parseRows(decoded.text, ',', detectNewline(decoded.text), 'league.csv');
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows[0]).toEqual(['社区', '再就业人数', '变化']);
    const back = parsed.rows.slice(1).map((r) => [r[0], parseValue(r[1] ?? '').value, parseValue(r[2] ?? '').value]);
    expect(back).toEqual([['祥福里社区', 1568, -3.2], ['咸水沽镇, 第一社区', 12345.5, 0], ['双港', Number.NaN, 7]]);
  });
});

describe('datasetToCsvBytes', () => {
  it('writes one long row per observation, missing as empty, names formula-guarded', async () => {
    const { DatasetBuilder } = await import('../../src/data/dataset/dataset-builder');
    const { CANONICAL_METRICS } = await import('../../src/data/vocabulary/metric-catalog');
    const { datasetToCsvBytes } = await import('../../src/export/csv-export');
    const b = new DatasetBuilder();
    const u1 = b.addUnit({ code: '120112001001', name: '祥福里社区', parent: '咸水沽镇', district: '津南区' });
    const u2 = b.addUnit({ code: '', name: '=cmd社区', parent: '咸水沽镇', district: '津南区' });
    const m = b.addMetric(CANONICAL_METRICS.find((x) => x.id === 'reemployed')!);
    const f = b.addFile({ name: '2024Q2.csv', encoding: 'gb18030', bytes: 100 });
    b.add({ unit: u1, period: '2024-Q2', metric: m, value: 3500, qualifier: 'gt', file: f, line: 3, raw: '3500余' });
    b.add({ unit: u2, period: '2024-Q2', metric: m, value: Number.NaN, qualifier: 'missing', file: f, line: 4, raw: '—' });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(datasetToCsvBytes(b.build({ id: 'd', name: 't' })));
    expect(text.split('\r\n')).toEqual([
      '\ufeff区,街道,社区,区划代码,期间,指标,指标代码,数值,单位,原始写法,限定,来源文件,行号',
      '津南区,咸水沽镇,祥福里社区,120112001001,2024-Q2,再就业人数,reemployed,3500,人,3500余,gt,2024Q2.csv,3',
      "津南区,咸水沽镇,'=cmd社区,,2024-Q2,再就业人数,reemployed,,人,—,missing,2024Q2.csv,4",
      '',
    ]);
  });
});
