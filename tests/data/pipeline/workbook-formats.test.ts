// @vitest-environment node
/**
 * Adversarial round 5: what Excel's number formats and merges say about a value, as offices send
 * workbooks (a 万元 written by the format, a value merged across two metrics).
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { formatDivision, formatWords } from '../../../src/data/rows/workbook-cell-text';
import { observations } from './import-helpers';

/** A one-sheet workbook from a worksheet. */
function book(ws: XLSX.WorkSheet, sheet = '2024年3月'): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheet);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const run = (name: string, bytes: Uint8Array) => importFiles([{ name, bytes }], { workbookLib: XLSX });

describe('importFiles: number formats that carry a magnitude', () => {
  it('1.5 in a 0.0"万元" cell is 15000 元 (the text Excel shows), with the note naming the cell; 0.30万人 is 3000 人', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', '常住人口', '爱心捐款'], ['祥福里社区', 0.3, 1.5], ['红星里社区', 3001, 2]]);
    ws['B2']!.z = '0.00"万人"';
    ws['C2']!.z = '0.0"万元"';
    ws['C3']!.z = '0.0"万元"';
    const r = run('咸水沽镇.xlsx', book(ws));
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`).sort()).toEqual([
      '祥福里社区|donations|15000', '祥福里社区|residents|3000', '红星里社区|donations|20000', '红星里社区|residents|3001']);
    expect(r.report.issues.filter((i) => i.code === 'magnitude-scaled').map((i) => `${i.line}:${i.column}`)).toEqual(['2:2', '2:3', '3:3']);
  });

  it('a format that divides the number itself (#,##0,"千", [>=10000]0.0,"万") shows a scaled copy: the cell value is kept', () => {
    expect(formatWords('#,##0.00,"千"')).toBeNull();
    expect(formatWords('[>=10000]0.0,"万";0')).toBeNull();
    expect(formatWords('"第"0"名"')).toBeNull();
    expect(formatWords('0.0"万元"')).toEqual({ before: '', after: '万元' });
    expect(formatWords('0.00\\万')).toEqual({ before: '', after: '万' });
    const ws = XLSX.utils.aoa_to_sheet([['社区', '爱心捐款'], ['祥福里社区', 1234567]]);
    ws['B2']!.z = '#,##0.00,"千"';
    expect(observations(run('咸水沽镇.xlsx', book(ws)).dataset).map((o) => o.value)).toEqual([1234567]);
  });
});

describe('importFiles: a format that shows the number divided (the 万元 display trick)', () => {
  it('15000 typed under （万元） in a 0!.0000 or 0!.0,"万" cell is shown 1.5000 / 1.5万, meant 1.5万元: not 15000万元', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', '慰问救助金额（万元）', '爱心捐款'], ['祥福里社区', 15000, 15000], ['红星里社区', 23000, 12000], ['东湖社区', 3.5, 18000]]);
    ws['B2']!.z = '0!.0000';
    ws['B3']!.z = '0!.0,"万"';
    ws['C2']!.z = '0!.0000"万元"';
    const r = run('咸水沽镇.xlsx', book(ws));
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`).sort()).toEqual([
      '东湖社区|aid_amount|35000', '东湖社区|donations|18000', '祥福里社区|aid_amount|15000', '祥福里社区|donations|15000',
      '红星里社区|aid_amount|23000', '红星里社区|donations|12000']);
    // The text the clerk saw is the source text.
    expect(observations(r.dataset).find((o) => o.unit === '祥福里社区' && o.metric === 'aid_amount')!.raw).toBe('1.5万');
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('formatDivision reads the power of ten a format divides by', () => {
    expect(['0!.0000', '0!.0,"万"', '0"."0000', '#,##0,', '#,##0.00,,"百万"', '0.00', '#,##0', '0.0"万元"', '[>=10000]0.0,"万";0']
      .map(formatDivision)).toEqual([4, 4, 4, 3, 6, 0, 0, 0, 3]);
  });
});

describe('importFiles: number formats that write a word', () => {
  it('3000 in a "约"0 cell (shown 约3000) is approximate; 1200 in a 0"户" cell under 常住人口 is said to be in 户', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', '常住人口'], ['祥福里社区', 3000], ['红星里社区', 1200]]);
    ws['B2']!.z = '"约"0';
    ws['B3']!.z = '0"户"';
    const r = run('咸水沽镇.xlsx', book(ws));
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.value}|${o.qualifier}`)).toEqual(['祥福里社区|3000|approx', '红星里社区|1200|exact']);
    expect(r.report.issues.filter((i) => i.code === 'unit-not-metric')).toMatchObject([{ severity: 'warning', line: 3, column: 2 }]);
  });
});

describe('importFiles: a number a format writes as a period (0"月")', () => {
  it('header cells 1, 2, 3 formatted 0"月" (shown 1月 2月 3月) are the months, not metrics named 1, 2, 3', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', 1, 2, 3], ['祥福里社区', 5, 6, 7], ['红星里社区', 8, 9, 10]]);
    for (const a of ['B1', 'C1', 'D1']) ws[a]!.z = '0"月"';
    const r = run('2024年再就业人数.xlsx', book(ws, 'Sheet1'));
    expect(r.dataset!.periods).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(observations(r.dataset).filter((o) => o.unit === '红星里社区').map((o) => `${o.period}|${o.metric}|${o.value}`))
      .toEqual(['2024-01|reemployed|8', '2024-02|reemployed|9', '2024-03|reemployed|10']);
  });
});

describe('importFiles: a value merged across value columns', () => {
  it('one figure merged over 下岗失业人员 and 再就业人数 counts for the first column only, with a warning naming the range', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', '下岗失业人员', '再就业人数'], ['祥福里社区', 7, null], ['红星里社区', 8, 3]]);
    ws['!merges'] = [XLSX.utils.decode_range('B2:C2')];
    const r = run('咸水沽镇.xlsx', book(ws));
    expect(observations(r.dataset).filter((o) => o.unit === '祥福里社区').map((o) => `${o.metric}|${o.value}`).sort()).toEqual(['reemployed|null', 'unemployed|7']);
    expect(r.report.issues.filter((i) => i.code === 'merged-values')).toMatchObject([{ severity: 'warning', line: 2, column: 2,
      message: '数值单元格B2:C2是跨列合并的，数值只记在合并区域的第一列，其余列按空值处理；如是几个指标共同的数，请拆分后分别填写再导入' }]);
  });

  it('a 合计 value merged over 常住人口 and 户数 is said merged and not checked, never a wrong 常住人口 total', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', '常住人口', '户数'], ['祥福里社区', 3000, 1200], ['红星里社区', 2000, 800], ['合计', 7000, null]]);
    ws['!merges'] = [XLSX.utils.decode_range('B4:C4')];
    const r = run('咸水沽镇.xlsx', book(ws));
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.filter((i) => i.code === 'subtotal-mismatch')).toEqual([]);
    expect(r.report.issues.filter((i) => i.severity === 'warning').map((i) => i.code)).toEqual(['merged-values']);
    const said = r.report.issues.filter((i) => i.code === 'subtotal-rows');
    expect(said.map((i) => `${i.line}|${i.message}`)).toEqual(['4|第4行是小计/合计行，不作为社区导入；其数值单元格是跨列合并的，不知是哪一列的数，未与各行之和核对（合并单元格另有提示）']);
  });

  it('a 合计 merged over two columns is not checked even when it is the first column\'s sum; the other 合计 cells still are', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', '常住人口', '户数', '低保户数'], ['祥福里社区', 3000, 1200, 5], ['红星里社区', 2000, 800, 4], ['合计', 5000, null, 10]]);
    ws['!merges'] = [XLSX.utils.decode_range('B4:C4')];
    const r = run('咸水沽镇.xlsx', book(ws));
    expect(r.report.issues.filter((i) => i.code === 'subtotal-mismatch').map((i) => `${i.line}:${i.column}`)).toEqual(['4:4']);
  });
});

describe('importFiles: a note line merged across the table', () => {
  it('填表人… merged from the 社区 column over the value columns is a footer, not a value merged across metrics', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', '下岗失业人员', '再就业人数'], ['祥福里社区', 7, 2], ['红星里社区', 8, 3], ['填表人：王某  审核人：李某  联系电话：022-12345678']]);
    ws['!merges'] = [XLSX.utils.decode_range('A4:C4')];
    const r = run('咸水沽镇.xlsx', book(ws));
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.filter((i) => i.code === 'merged-values')).toEqual([]);
    expect(r.report.issues.filter((i) => i.code === 'footer-rows').map((i) => i.line)).toEqual([4]);
  });
});

describe('importFiles: a share over 100%', () => {
  it('85 typed into a 0% cell of 再就业率 (shown 8500%) is kept as written with a warning naming the line; a 增长率 over 100% is not warned', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', '再就业人数', '再就业率', '再就业人数增长率'], ['祥福里社区', 5, 85, 1.5], ['红星里社区', 6, 0.9, 0.1]]);
    for (const a of ['C2', 'C3', 'D2', 'D3']) ws[a]!.z = '0%';
    const r = run('咸水沽镇.xlsx', book(ws));
    expect(observations(r.dataset).filter((o) => o.metric === 'reemployment_rate').map((o) => o.value)).toEqual([8500, 90]);
    expect(r.report.issues.filter((i) => i.code === 'rate-over-whole')).toMatchObject([{ severity: 'warning', line: 2, column: 3, columnName: '再就业率' }]);
  });
});

describe('importFiles: an error value for a community name', () => {
  it('a VLOOKUP\'s #N/A in the 社区 column is no community named N/A: the row with values blocks the import, naming the line', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', '常住人口'], ['祥福里社区', 3000], [null, 3001], ['红旗楼社区', 3002]]);
    ws['A3'] = { t: 'e', v: 0x2a, f: 'VLOOKUP(B3,代码表!A:B,2,0)', w: '#N/A' };
    const r = run('咸水沽镇.xlsx', book(ws));
    expect(r.report.status).toBe('blocked');
    expect(r.report.issues.filter((i) => i.code === 'unit-name-error')).toMatchObject([{ severity: 'error', line: 3, column: 1 }]);
    // The formula's own warning says 按缺失值处理, which the blocking error contradicts: the cell has one issue.
    expect(r.report.issues.filter((i) => i.line === 3 && i.column === 1).map((i) => i.code)).toEqual(['unit-name-error']);
  });

  it('a VLOOKUP\'s #N/A in the 区划代码 column gets one warning at its cell: the code is ignored and the unit known by its name', () => {
    const ws = XLSX.utils.aoa_to_sheet([['区划代码', '社区', '常住人口'], ['120112100001', '祥福里社区', 3000], [null, '红星里社区', 3001]]);
    ws['A3'] = { t: 'e', v: 0x2a, f: 'VLOOKUP(B3,代码表!A:B,2,0)', w: '#N/A' };
    const r = run('咸水沽镇.xlsx', book(ws));
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.filter((i) => i.line === 3 && i.column === 1).map((i) => i.code)).toEqual(['code-invalid']);
  });
});

describe('importFiles: an error value for a column header', () => {
  it('a header cell whose formula failed (#REF!, #N/A) is no metric named #REF!: the column is left out with a warning at its cell', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', '再就业人数', null, null], ['祥福里社区', 5, 6, 7], ['红星里社区', 3, 4, 8]]);
    ws['C1'] = { t: 'e', v: 0x17, f: '汇总!B1', w: '#REF!' };
    ws['D1'] = { t: 'e', v: 0x2a, f: 'VLOOKUP("再就业",指标!A:B,2,0)', w: '#N/A' };
    const r = run('咸水沽镇.xlsx', book(ws));
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`)).toEqual(['祥福里社区|reemployed|5', '红星里社区|reemployed|3']);
    const said = r.report.issues.filter((i) => i.code === 'header-error');
    expect(said).toMatchObject([{ severity: 'warning', file: '咸水沽镇.xlsx', sheet: '2024年3月', column: 3 }, { severity: 'warning', sheet: '2024年3月', column: 4 }]);
    expect(said[0]!.message).toContain('#REF!');
  });

  it('in a transposed table (communities across the top), a #REF! community header is no community named REF!: left out with a warning', () => {
    const ws = XLSX.utils.aoa_to_sheet([['指标', '祥福里社区', null], ['再就业人数', 5, 6], ['下岗失业人员', 7, 8]]);
    ws['C1'] = { t: 'e', v: 0x17, f: '名单!A3', w: '#REF!' };
    const r = run('咸水沽镇2024年3月.xlsx', book(ws, 'Sheet1'));
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`)).toEqual(['祥福里社区|reemployed|5', '祥福里社区|unemployed|7']);
    const said = r.report.issues.filter((i) => i.code === 'header-error');
    expect(said).toMatchObject([{ severity: 'warning', sheet: 'Sheet1', column: 3 }]);
    expect(said[0]!.message).toContain('社区');
  });

  it('among months across the top, a #REF! header is left out with its warning; the months still import', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', '1月', '2月', null], ['祥福里社区', 1, 2, 3]]);
    ws['D1'] = { t: 'e', v: 0x17, f: '月份!C1', w: '#REF!' };
    const r = run('咸水沽镇2024年再就业人数.xlsx', book(ws, '再就业人数'));
    expect(observations(r.dataset).map((o) => `${o.period}|${o.metric}|${o.value}`)).toEqual(['2024-01|reemployed|1', '2024-02|reemployed|2']);
    expect(r.report.issues.filter((i) => i.code === 'header-error')).toMatchObject([{ severity: 'warning', column: 4 }]);
  });
});

describe('importFiles: an error value for a long file\'s metric', () => {
  it('a VLOOKUP\'s #N/A or a #REF! in the 指标 column is no metric named #REF!: the row is refused, naming its cell', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', '期间', '指标', '数值'], ['祥福里社区', '2024-03', '再就业人数', 5], ['红星里社区', '2024-03', null, 3], ['红星里社区', '2024-03', null, 4]]);
    ws['C3'] = { t: 'e', v: 0x17, f: '指标!A2', w: '#REF!' };
    ws['C4'] = { t: 'e', v: 0x2a, f: 'VLOOKUP(E4,指标!A:B,2,0)', w: '#N/A' };
    const r = run('咸水沽镇.xlsx', book(ws, 'Sheet1'));
    expect(r.report.status).toBe('blocked');
    expect(r.report.issues.filter((i) => i.code === 'metric-error')).toMatchObject([
      { severity: 'error', sheet: 'Sheet1', line: 3, column: 3 }, { severity: 'error', sheet: 'Sheet1', line: 4, column: 3 }]);
    expect(r.report.issues.find((i) => i.code === 'metric-error')!.message).toContain('#REF!');
  });

  it('so is a #REF! item in a community\'s vertical form (项目 | 本月) and in a transposed table\'s 指标 column', () => {
    const form = XLSX.utils.aoa_to_sheet([['项目', '本月'], ['再就业人数', 5], [null, 6]]);
    form['A3'] = { t: 'e', v: 0x17, f: '指标!A3', w: '#REF!' };
    const r = run('祥福里社区2024年3月.xlsx', book(form, '祥福里社区'));
    expect(r.report.issues.filter((i) => i.code === 'metric-error')).toMatchObject([{ severity: 'error', sheet: '祥福里社区', line: 3, column: 1 }]);
    expect(observations(r.dataset).map((o) => o.metric)).not.toContain('custom:#REF!');
    const across = XLSX.utils.aoa_to_sheet([['指标', '祥福里社区', '红星里社区'], ['再就业人数', 5, 6], [null, 7, 8]]);
    across['A3'] = { t: 'e', v: 0x17, f: '指标!A3', w: '#REF!' };
    const t = run('咸水沽镇2024年3月.xlsx', book(across, 'Sheet1'));
    expect(t.report.issues.filter((i) => i.code === 'metric-error')).toMatchObject([{ severity: 'error', sheet: 'Sheet1', line: 3, column: 1 }]);
  });
});

describe('importFiles: an error value for a street', () => {
  it('a #REF! in the 街道 column is no street named REF!: the community is read without it, with a warning at the cell', () => {
    const ws = XLSX.utils.aoa_to_sheet([['街道', '社区', '再就业人数'], ['咸水沽镇', '祥福里社区', 5], [null, '红星里社区', 3]]);
    ws['A3'] = { t: 'e', v: 0x17, f: '街道表!A3', w: '#REF!' };
    const r = run('2024年3月.xlsx', book(ws, 'Sheet1'));
    expect(observations(r.dataset).map((o) => `${o.parent}|${o.unit}|${o.value}`)).toEqual(['咸水沽镇|祥福里社区|5', '|红星里社区|3']);
    expect(r.report.issues.filter((i) => i.code === 'street-error')).toMatchObject([{ severity: 'warning', sheet: 'Sheet1', line: 3, column: 1 }]);
  });

  it('so is a #REF! in the 区 column: no district named REF!', () => {
    const ws = XLSX.utils.aoa_to_sheet([['区', '街道', '社区', '再就业人数'], ['津南区', '咸水沽镇', '祥福里社区', 5], [null, '咸水沽镇', '红星里社区', 3]]);
    ws['A3'] = { t: 'e', v: 0x17, f: '区表!A3', w: '#REF!' };
    const r = run('2024年3月.xlsx', book(ws, 'Sheet1'));
    expect(r.dataset!.units.map((u) => `${u.district}|${u.parent}|${u.name}`)).toEqual(['津南区|咸水沽镇|祥福里社区', '|咸水沽镇|红星里社区']);
    expect(r.report.issues.filter((i) => i.code === 'district-error')).toMatchObject([{ severity: 'warning', sheet: 'Sheet1', line: 3, column: 1 }]);
  });
});

describe('importFiles: a number its format hides', () => {
  it('5 in a ;;; cell (blank in Excel) is imported with a warning naming the cell; a zero hidden by 0;-0;;@ is not named', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', '常住人口', '下岗失业人员'], ['祥福里社区', 3000, 0], ['红星里社区', 3001, 5]]);
    ws['C2']!.z = '0;-0;;@';
    ws['C3']!.z = ';;;';
    const r = run('咸水沽镇.xlsx', book(ws));
    expect(observations(r.dataset).filter((o) => o.metric === 'unemployed').map((o) => o.value)).toEqual([0, 5]);
    expect(r.report.issues.filter((i) => i.code === 'hidden-cells')).toMatchObject([{ severity: 'warning', line: 3, column: 3 }]);
    expect(r.report.issues.find((i) => i.code === 'hidden-cells')!.message).toContain('C3');
  });
});

describe('importFiles: a date formatted without its year', () => {
  it('last year\'s template dates shown as 3月, 4月 in a 2024 file are read with their stored 2023 and said so, naming the cells; dates of the file\'s year are not', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', '月份', '常住人口'], ['祥福里社区', 44986, 3000], ['祥福里社区', 45017, 3001]]);
    ws['B2']!.z = 'm"月"';
    ws['B3']!.z = 'm"月"';
    const r = run('祥福里社区2024年月报.xlsx', book(ws, 'Sheet1'));
    expect(observations(r.dataset).map((o) => o.period)).toEqual(['2023-03', '2023-04']);
    const said = r.report.issues.filter((i) => i.code === 'date-year-hidden');
    expect(said).toMatchObject([{ severity: 'warning', line: 2, column: 2 }]);
    expect(said[0]!.message).toContain('B2、B3');
    expect(said[0]!.message).toContain('2023年');
    const same = XLSX.utils.aoa_to_sheet([['社区', '月份', '常住人口'], ['祥福里社区', 45352, 3000]]);
    same['B2']!.z = 'm"月"';
    expect(run('祥福里社区2024年月报.xlsx', book(same, 'Sheet1')).report.issues.filter((i) => i.code === 'date-year-hidden')).toEqual([]);
  });
});

describe('importFiles: a date formatted to show only its year', () => {
  it('a 2024-01-01 shown as 2024 or 2024年 (yyyy, yyyy"年", e"年") in a 期间 or 年份 column is the year 2024, not January 2024', () => {
    for (const z of ['yyyy', 'yyyy"年"', 'e"年"']) {
      const ws = XLSX.utils.aoa_to_sheet([['社区', '期间', '再就业人数'], ['祥福里社区', 45292, 6], ['红星里社区', 45306, 4]]);
      ws['B2']!.z = z;
      ws['B3']!.z = z;
      const r = run('咸水沽镇.xlsx', book(ws, 'Sheet1'));
      expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.value}`), z).toEqual(['祥福里社区|2024|6', '红星里社区|2024|4']);
    }
    const years = XLSX.utils.aoa_to_sheet([['社区', '年份', '月份', '再就业人数'], ['祥福里社区', 45292, 3, 6], ['红星里社区', 45292, 4, 4]]);
    years['B2']!.z = 'yyyy';
    years['B3']!.z = 'yyyy"年"';
    const r = run('咸水沽镇.xlsx', book(years, 'Sheet1'));
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.value}`)).toEqual(['祥福里社区|2024-03|6', '红星里社区|2024-04|4']);
  });

  it('a title cell holding a date formatted yyyy"年度统计" gives the year, not January', () => {
    const ws = XLSX.utils.aoa_to_sheet([[45292], ['社区', '再就业人数'], ['祥福里社区', 6], ['红星里社区', 4]]);
    ws['A1']!.z = 'yyyy"年度统计"';
    const r = run('咸水沽镇.xlsx', book(ws, 'Sheet1'));
    expect(observations(r.dataset).map((o) => o.period)).toEqual(['2024', '2024']);
  });

  it('years across the top as dates shown yyyy are the years 2023 and 2024, not two Januaries', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', 44927, 45292], ['祥福里社区', 5, 6]]);
    ws['B1']!.z = 'yyyy';
    ws['C1']!.z = 'yyyy';
    const r = run('咸水沽镇再就业人数.xlsx', book(ws, '再就业人数'));
    expect(observations(r.dataset).map((o) => `${o.period}|${o.value}`)).toEqual(['2023|5', '2024|6']);
  });
});

describe('importFiles: a header that is a bare number', () => {
  it('columns headed 1, 2, 3 (no format) are not silently three metrics named 1, 2 and 3: a warning names them', () => {
    const ws = XLSX.utils.aoa_to_sheet([['社区', 1, 2, 3], ['祥福里社区', 5, 6, 7], ['红星里社区', 8, 9, 10]]);
    const r = run('2024年再就业人数.xlsx', book(ws, 'Sheet1'));
    const w = r.report.issues.filter((i) => i.code === 'header-number');
    expect(w).toMatchObject([{ severity: 'warning', sheet: 'Sheet1', column: 2 }]);
    expect(w[0]!.message).toContain('“1”“2”“3”');
  });
});

describe('importFiles: Chinese numerals\' General as LibreOffice writes it', () => {
  it('12 in a [$-1E000804]g/"通用格式" cell (Excel\'s [DBNum1]G/通用格式, shown 十二, re-saved by LibreOffice) is 12, not the date 1900-01-12', () => {
    // SheetJS takes the era letter g for a date: the cell was an invalid value (date-in-value) with a warning of a hidden year 1900.
    const ws = XLSX.utils.aoa_to_sheet([['社区', '再就业人数', '低保户数'], ['祥福里社区', 12, 35], ['红星里社区', 20, 40]]);
    ws['B2']!.z = '[$-1E000804]g/"通用格式"';
    ws['C2']!.z = '[DBNum1][$-804]G/通用格式';
    const r = run('咸水沽镇.xlsx', book(ws));
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`).sort()).toEqual([
      '祥福里社区|dibao_households|35', '祥福里社区|reemployed|12', '红星里社区|dibao_households|40', '红星里社区|reemployed|20']);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});
