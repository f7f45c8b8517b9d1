import { describe, expect, it } from 'vitest';
import { detectShape } from '../../../src/data/table/detect-shape';
import { importText } from '../pipeline/import-helpers';

const cols = (names: string[]) => names.map((name, index) => ({ index, name }));

describe('detectShape', () => {
  it.each([
    ['咸水沽镇2024年社区月报.xlsx', 'Sheet1', '月报'], ['咸水沽镇2024年季报.xlsx', 'Sheet1', '季报'], ['咸水沽镇2024年月报.csv', undefined, '月报'],
  ])('a %s with only a year is no annual table: refused for want of the month or quarter, saying where to write it', (file, sheet, word) => {
    const r = detectShape(cols(['社区', '再就业人数']), { file, ...(sheet !== undefined ? { sheet } : {}) });
    expect(r.shape).toBeNull();
    const e = r.issues.find((i) => i.code === 'no-period')!;
    expect(e.severity).toBe('error');
    expect(e.message).toContain(`是${word}，但只写了年份（2024年）`);
    expect(e.message).toContain(sheet !== undefined ? '工作表名' : '标题行');
    expect(e.message).toContain(file.endsWith('.xlsx') ? '.xlsx”' : '.csv”');
    expect(e.message).not.toContain(file.endsWith('.xlsx') ? '.csv' : '.xlsx');
    // With the month in the sheet name (or a 期间 column) the same file is read.
    if (sheet !== undefined) expect(detectShape(cols(['社区', '再就业人数']), { file, sheet: word === '月报' ? '3月份统计' : '一季度' }).shape?.filePeriod?.key).toBe(word === '月报' ? '2024-03' : '2024-Q1');
    expect(detectShape(cols(['社区', '期间', '再就业人数']), { file }).shape?.kind).toBe('wide');
  });

  it.each([['2024年社区年报.xlsx', '2024'], ['咸水沽镇2024年3月月报.xlsx', '2024-03'], ['2024年第一季度季报.xlsx', '2024-Q1'], ['2024年度统计.xlsx', '2024']])('%s → %s (a 月报 that names its month, or a yearly report)', (file, key) => {
    expect(detectShape(cols(['社区', '再就业人数']), { file, sheet: 'Sheet1' }).shape?.filePeriod?.key).toBe(key);
  });

  it('a workbook with a month but no year anywhere: the error names the month and asks for the year, for a workbook', () => {
    const r = detectShape(cols(['社区', '再就业人数']), { file: '咸水沽镇月报.xlsx', sheet: '3月 ' });
    const e = r.issues.find((i) => i.code === 'no-period')!;
    expect(e.message).toContain('“3月”没有年份');
    expect(e.message).not.toContain('.csv');
  });

  it.each([
    ['long', ['街道', '社区', '期间', '指标', '数值', '单位'], 'long'],
    ['wide with period column', ['社区', '期间', '再就业人数'], 'wide'],
    ['transposed', ['指标', '东湖社区', '西山社区'], 'transposed'],
    ['normalised CSV headers', ['code', 'district', 'parent', 'unit', 'period', 'metric', 'value', 'qualifier', 'raw', 'file', 'line'], 'long'],
  ])('%s', (_n, names, kind) => {
    const r = detectShape(cols(names), { file: '2024年3月.csv' });
    expect(r.shape?.kind).toBe(kind);
  });

  it('bare 单位 after 数值 is the measure unit; otherwise the unit name', () => {
    const long = detectShape(cols(['社区', '期间', '指标', '数值', '单位']), { file: 'a.csv' }).shape!;
    expect([long.unit, long.measureUnit]).toEqual([0, 4]);
    const wide = detectShape(cols(['单位', '人口']), { file: '2024.csv' }).shape!;
    expect([wide.unit, wide.measureUnit]).toEqual([0, -1]);
  });

  it('maps metric headers, with scale and header periods', () => {
    const s = detectShape(cols(['社区', '再就业人数', '金额（万元）', '常住人口/2023']), { file: '2024年.csv' }).shape!;
    expect(s.measures.map((m) => [m.metric.id, m.scale, m.period ?? ''])).toEqual([
      ['reemployed', 1, ''], ['custom:金额', 10000, ''], ['residents', 1, '2023'],
    ]);
  });

  it('takes the period from the caption before the file name, else blocks', () => {
    const s = detectShape(cols(['社区', '人口']), { file: '2024年3月.csv', caption: '2024年上半年社区统计表' }).shape!;
    expect(s.filePeriod).toEqual({ key: '2024-H1', cumulative: false, source: 'caption' });
    const blocked = detectShape(cols(['社区', '人口']), { file: 'data.csv' });
    expect(blocked.shape).toBeNull();
    expect(blocked.issues.map((i) => [i.code, i.severity])).toEqual([['no-period', 'error']]);
  });

  it.each([
    [['年份', '月份', '社区', '再就业人数']], [['年度', '季度', '社区', '再就业人数']], [['统计年度', '统计月份', '社区', '再就业人数']],
  ])('%j: the year column and the month (quarter) column make the period; the year is no metric, and no period is wanted elsewhere', (names) => {
    const r = detectShape(cols(names), { file: 'a.csv' });
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const s = r.shape!;
    expect([s.kind, s.year, s.period]).toEqual(['wide', 0, 1]);
    expect(s.measures.map((m) => m.metric.id)).toEqual(['reemployed']);
  });

  it('a lone 年份 column (an annual table) is the period column', () => {
    const s = detectShape(cols(['年份', '社区', '常住人口']), { file: 'a.csv' }).shape!;
    expect([s.period, s.year ?? -1]).toEqual([0, -1]);
    expect(s.measures.map((m) => m.metric.id)).toEqual(['residents']);
  });
});

describe('a 性别 column that splits each community over rows (男, 女)', () => {
  const read = (text: string) => importText(text, '咸水沽镇-2024年3月.csv');

  it('is refused with one error saying how to lay the values out, not a conflict per value', () => {
    for (const text of [
      '社区,性别,再就业人数,下岗失业人员\n祥福里社区,男,5,20\n祥福里社区,女,7,18\n红星里社区,男,3,11\n红星里社区,女,4,9\n',
      '社区,性别,再就业人数\n祥福里社区,男,5\n,女,7\n,合计,12\n红星里社区,男性,3\n,女性,4\n,合计,7\n',
    ]) {
      const r = read(text);
      expect(r.report.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}:${i.column}`)).toEqual(['rows-split-by-column:2']);
      expect(r.report.issues.find((i) => i.code === 'rows-split-by-column')!.message).toMatch(/^“性别”列把每个社区分成“男(?:性)?”“女(?:性)?”几行填写，而每个社区每期只能有一行数据。请把各行的数值分别放进“再就业人数（男(?:性)?）”/);
    }
  });

  it('so is a 小区 (网格, 楼栋) column splitting each community over its parts, with one error saying to total them, not a conflict per value', () => {
    for (const text of [
      '社区,小区,常住人口,低保户数\n华苑社区,居华里,1200,3\n华苑社区,地华里,800,2\n碧水园社区,碧水园一期,1500,4\n碧水园社区,碧水园二期,900,1\n',
      '社区,所属网格,常住人口\n华苑社区,第一网格,1200\n,第二网格,800\n,小计,2000\n碧水园社区,第一网格,1500\n',
    ]) {
      const r = read(text);
      expect(r.report.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}:${i.column}`)).toEqual(['rows-split-by-column:2']);
      expect(r.report.issues.find((i) => i.code === 'rows-split-by-column')!.message).toMatch(
        /^“(?:小区|所属网格)”列把每个社区分成“(?:居华里|第一网格)”“(?:地华里|第二网格)”等几行填写，而每个社区每期只能有一行数据。请把同一社区各行的数合计为一行（或只保留每个社区的合计行），然后重新导入$/);
    }
    // One 小区 per community (its seat) is a column of words, as before.
    expect(read('社区,小区,常住人口\n华苑社区,居华里,1200\n碧水园社区,碧水园一期,1500\n').report.status).toBe('ok');
  });

  it('a column of 男/女 with one row per community (主任性别) is a column of words, as before', () => {
    const r = read('社区,主任性别,再就业人数\n祥福里社区,男,5\n红星里社区,女,7\n');
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.find((i) => i.code === 'info-column')).toMatchObject({ column: 2 });
  });
});

describe('detectShape: one metric named outside the table, with its unit in brackets', () => {
  it.each([
    ['sheet name', { file: '咸水沽镇2024年救助统计.xlsx', sheet: '慰问救助金额（万元）' }],
    ['title row', { file: '咸水沽镇救助.xlsx', sheet: 'Sheet1', caption: '咸水沽镇2024年慰问救助金额（万元）' }],
  ])('periods across under a metric whose %s says （万元）: the months are in 万元 (×10000), not 元', (_, ctx) => {
    const s = detectShape(cols(['社区', '1月', '2月', '3月', '合计']), ctx).shape!;
    expect(s.measures.map((m) => [m.metric.id, m.scale, m.period])).toEqual([
      ['aid_amount', 10000, '2024-01'], ['aid_amount', 10000, '2024-02'], ['aid_amount', 10000, '2024-03'],
    ]);
  });

  it('a bracket that is no unit (a period, a note) leaves the scale alone; （人） too', () => {
    const s = detectShape(cols(['社区', '1月', '2月']), { file: 'a.xlsx', sheet: 'Sheet1', caption: '咸水沽镇（2024年）慰问救助金额' }).shape!;
    expect(s.measures.map((m) => m.scale)).toEqual([1, 1]);
    const p = detectShape(cols(['社区', '1月', '2月']), { file: '2024年.xlsx', sheet: '再就业人数（人）' }).shape!;
    expect(p.measures.map((m) => [m.metric.id, m.scale])).toEqual([['reemployed', 1], ['reemployed', 1]]);
  });
});

describe('detectShape: one community\'s sheet with the months down (月份 | 再就业人数 | 注册志愿者)', () => {
  it('is read as the community the sheet names, every row that community\'s, with an info saying where the name came from', () => {
    const r = detectShape(cols(['月份', '再就业人数', '注册志愿者']), { file: '咸水沽镇2024年各社区月报.xlsx', sheet: '祥福里社区', caption: '2024年1-3月工作统计' });
    expect(r.shape!.fixedUnit).toEqual({ name: '祥福里社区', source: 'sheet-name' });
    expect(r.issues.find((i) => i.code === 'months-down-unit')!.message).toContain('“祥福里社区”');
  });

  it('the sheet and the title naming two communities: read as the title\'s (as a vertical form is), with a warning naming both', () => {
    const r = detectShape(cols(['月份', '再就业人数', '注册志愿者']), { file: '咸水沽镇2024年各社区月报.xlsx', sheet: '祥福里社区', caption: '红星里社区2024年1-3月工作统计' });
    expect(r.shape!.fixedUnit).toEqual({ name: '红星里社区', source: 'caption' });
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const w = r.issues.find((i) => i.code === 'months-down-unit-disagree')!;
    expect(w.severity).toBe('warning');
    expect(w.message).toContain('标题行写的是“红星里社区”，工作表名写的是“祥福里社区”');
  });
});
