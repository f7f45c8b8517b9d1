import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

const rowsOf = (text: string): string[] => observations(importText(text, 'a.csv').dataset).map((o) => `${o.unit}|${o.metric}|${o.value}|${o.line}`);

describe('a long file with merged 社区 cells (issue 15, class 5)', () => {
  it('fills the blank 社区 cells from the unit above, with one warning naming every filled line', () => {
    const r = importText('社区,期间,指标,数值\n东湖社区,2023年3月,常住人口,100\n,2023年3月,户数,40\n,2023年3月,再就业人数,5\n'
      + '西山社区,2023年3月,常住人口,200\n,2023年3月,户数,70\n', 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.line}`)).toEqual([
      '东湖社区|households|3', '东湖社区|reemployed|4', '东湖社区|residents|2', '西山社区|households|6', '西山社区|residents|5']);
    const fills = r.report.issues.filter((i) => i.code === 'forward-filled');
    expect(fills).toHaveLength(1);
    expect(fills[0]).toMatchObject({ severity: 'warning', line: 3, column: 1 });
    expect(fills[0]!.message).toContain('第3-4、6行社区列为空（合并单元格）');
  });

  it('never fills across a blank row, a total row or another street', () => {
    const r = importText('街道,社区,期间,指标,数值\n甲街道,东湖社区,2023年3月,常住人口,100\n\n甲街道,,2023年3月,户数,40\n', 'a.csv');
    expect(r.report.issues.some((i) => i.code === 'unit-name-missing' && i.line === 4)).toBe(true);
    const t = importText('街道,社区,期间,指标,数值\n甲街道,东湖社区,2023年3月,常住人口,100\n乙街道,,2023年3月,户数,40\n', 'a.csv');
    expect(t.report.issues.some((i) => i.code === 'unit-name-missing' && i.line === 3)).toBe(true);
    const total = importText('社区,期间,指标,数值\n东湖社区,2023年3月,常住人口,100\n合计,2023年3月,常住人口,100\n,2023年3月,户数,40\n', 'a.csv');
    expect(total.report.issues.some((i) => i.code === 'unit-name-missing' && i.line === 4)).toBe(true);
  });

  it('fills after a row read by the repeated-cells shortcut too', () => {
    // Lines 2-3 repeat the same unit cells (the shortcut); line 4 is blank under them.
    expect(rowsOf('社区,期间,指标,数值\n东湖社区,2023年3月,常住人口,100\n东湖社区,2023年3月,户数,40\n,2023年3月,再就业人数,5\n'))
      .toEqual(['东湖社区|households|40|3', '东湖社区|reemployed|5|4', '东湖社区|residents|100|2']);
  });

  it('a wide file does not fill a blank 社区 (each row there is a unit of its own)', () => {
    const r = importText('社区,常住人口\n东湖社区,100\n,200\n', '2023年3月.csv');
    expect(r.report.issues.some((i) => i.code === 'unit-name-missing' && i.line === 3)).toBe(true);
  });

  it('a template\'s numbered rows left unfilled (序号 only, or formulas giving 0) are listed once, not a warning or a refusal each', () => {
    const r = importText('序号,社区,常住人口,再就业人数\n1,东湖社区,100,10\n2,西山社区,200,30\n3,,,\n4,,,\n5,,0,0\n6,,0,0\n', '2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.filter((i) => i.code === 'unit-name-missing')).toEqual([]);
    expect(r.report.issues.filter((i) => i.code.startsWith('template-')).map((i) => [i.severity, i.code, i.line, i.message])).toEqual([
      ['info', 'template-rows', 4, '第4-5行没有社区名称和数据（只有序号、空白或公式算出的错误值），是表格模板中未填的行，已跳过'],
      ['warning', 'template-zero-rows', 6, '第6-7行没有社区名称，数值都是0（多为表格模板中未填行的公式结果），已跳过；如其中有某个社区的数据，请补全社区名称后重新导入'],
    ]);
    expect(r.report.counts).toMatchObject({ imported: 2, blank: 4, rejected: 0 });
  });

  it('a row without a name blocks the import when it holds a number, and is a skipped note when it holds words only', () => {
    for (const value of ['200', '3500余', '"1,568"']) {
      const r = importText(`社区,常住人口\n东湖社区,100\n,${value}\n`, '2023年3月.csv');
      expect(r.report.status).toBe('blocked');
      expect(r.report.issues.find((i) => i.code === 'unit-name-missing')).toMatchObject({ severity: 'error', line: 3 });
    }
    const note = importText('社区,常住人口,户数\n东湖社区,100,40\n,已核对,—\n', '2023年3月.csv');
    expect(note.report.status).toBe('ok');
    expect(note.report.issues.find((i) => i.code === 'unit-name-missing')).toMatchObject({
      severity: 'warning', line: 3, message: '第3行缺少社区名称，只有文字“已核对”“—”，已跳过' });
    // A bare number in the name cell (a stray 0 typed far below the table) is not a unit either.
    const stray = importText('社区,常住人口\n东湖社区,100\n0,\n', '2023年3月.csv');
    expect(stray.report.status).toBe('ok');
    expect(stray.dataset!.units.map((u) => u.name)).toEqual(['东湖社区']);
    expect(stray.report.issues.find((i) => i.code === 'unit-name-numeric')).toMatchObject({
      severity: 'warning', line: 3, column: 1, message: '第3行社区名称是数字“0”，不是社区名称，已跳过' });
    const numbered = importText('社区,常住人口\n东湖社区,100\n12,200\n', '2023年3月.csv');
    expect(numbered.report.status).toBe('blocked');
    expect(numbered.report.issues.find((i) => i.code === 'unit-name-numeric')!.message).toBe('第3行社区名称是数字“12”，不是社区名称，但该行有数据。请改为社区名称后重新导入');
  });
});

describe('merged 期间 (and 年份) cells exported as blanks', () => {
  const periodsOf = (text: string, name = 'a.csv'): string[] =>
    observations(importText(text, name).dataset).map((o) => `${o.line}|${o.unit}|${o.period}|${o.value}`).sort();

  it('a wide table: a blank 期间 under a written one is that period, with one warning naming every filled line, as for 街道', () => {
    const text = '期间,街道,社区,再就业人数\n2024年3月,咸水沽镇,祥福里社区,12\n,,春竹轩社区,8\n,,金石里社区,9\n2024年4月,咸水沽镇,祥福里社区,13\n,,春竹轩社区,7\n';
    const r = importText(text, 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(periodsOf(text)).toEqual(['2|祥福里社区|2024-03|12', '3|春竹轩社区|2024-03|8', '4|金石里社区|2024-03|9', '5|祥福里社区|2024-04|13', '6|春竹轩社区|2024-04|7']);
    const fills = r.report.issues.filter((i) => i.code === 'forward-filled');
    expect(fills.map((i) => [i.severity, i.line, i.column, i.message])).toEqual([
      ['warning', 3, 2, '第3-4、6行街道列为空（合并单元格），已由上方单元格填充，请核对'],
      ['warning', 3, 1, '第3-4、6行期间列为空（合并单元格），已由上方单元格填充，请核对'],
    ]);
  });

  it('a 期间 (or 年份) written 〃 or 同上 is the period above, with the ditto-filled info, not refused as unreadable', () => {
    const text = '社区,期间,常住人口\n东湖社区,2024年3月,1200\n西山社区,〃,900\n南湖社区,同上,800\n';
    const r = importText(text, 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(periodsOf(text)).toEqual(['2|东湖社区|2024-03|1200', '3|西山社区|2024-03|900', '4|南湖社区|2024-03|800']);
    expect(r.report.issues.filter((i) => i.code === 'ditto-filled').map((i) => [i.severity, i.line, i.column, i.message]))
      .toEqual([['info', 3, 2, '第3-4行期间列写作“同上”或“〃”，已取上方单元格的内容']]);
    expect(observations(importText('年份,月份,社区,再就业人数\n2024,1,祥福里社区,10\n〃,2,祥福里社区,11\n', 'a.csv').dataset).map((o) => o.period))
      .toEqual(['2024-01', '2024-02']);
    // With nothing above, the mark says nothing: the file's period stands in, as for a blank.
    expect(periodsOf('社区,期间,常住人口\n东湖社区,〃,1200\n', '2024年3月.csv')).toEqual(['2|东湖社区|2024-03|1200']);
  });

  it('a ditto typed as a quotation mark (" in English, “ or ” in a Chinese input method) is the period above too', () => {
    const text = '社区,期间,常住人口\n东湖社区,2024年3月,1200\n西山社区,"""",900\n南湖社区,“,800\n北湖社区,”,700\n';
    const r = importText(text, 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(periodsOf(text)).toEqual(['2|东湖社区|2024-03|1200', '3|西山社区|2024-03|900', '4|南湖社区|2024-03|800', '5|北湖社区|2024-03|700']);
    expect(r.report.issues.filter((i) => i.code === 'ditto-filled').map((i) => i.line)).toEqual([3]);
  });

  it('a long file fills the period on rows read by the repeated-cells shortcut too', () => {
    expect(periodsOf('社区,期间,指标,数值\n东湖社区,2024年3月,常住人口,100\n东湖社区,,户数,40\n西山社区,,常住人口,200\n东湖社区,2024年4月,常住人口,101\n东湖社区,,户数,41\n'))
      .toEqual(['2|东湖社区|2024-03|100', '3|东湖社区|2024-03|40', '4|西山社区|2024-03|200', '5|东湖社区|2024-04|101', '6|东湖社区|2024-04|41']);
  });

  it('a 年份 merged over its months fills down too, naming its own column', () => {
    const r = importText('年份,月份,社区,再就业人数\n2023,12,祥福里社区,9\n2024,1,祥福里社区,10\n,2,祥福里社区,11\n,3,祥福里社区,12\n', 'a.csv');
    expect(observations(r.dataset).map((o) => `${o.line}|${o.period}`)).toEqual(['2|2023-12', '3|2024-01', '4|2024-02', '5|2024-03']);
    expect(r.report.issues.filter((i) => i.code === 'forward-filled').map((i) => [i.line, i.column, i.message]))
      .toEqual([[4, 1, '第4-5行年份列为空（合并单元格），已由上方单元格填充，请核对']]);
  });

  it('under a written period the title’s period does not stand in for a blank: the merged cell does', () => {
    expect(periodsOf('2024年各社区统计\n期间,社区,常住人口\n2024年3月,东湖社区,100\n,西山社区,200\n'))
      .toEqual(['3|东湖社区|2024-03|100', '4|西山社区|2024-03|200']);
  });

  it('a blank period at the first data row, or after a blank row, is still refused naming its cell', () => {
    const first = importText('期间,社区,常住人口\n,东湖社区,100\n2024年3月,西山社区,200\n', 'a.csv');
    expect(first.report.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.line, i.column])).toEqual([['period-missing', 2, 1]]);
    const after = importText('期间,社区,常住人口\n2024年3月,东湖社区,100\n\n,西山社区,200\n', 'a.csv');
    expect(after.report.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.line, i.column])).toEqual([['period-missing', 4, 1]]);
    expect(after.report.issues.some((i) => i.code === 'forward-filled')).toBe(false);
  });
});

describe('ditto marks (〃, 同上) in the street and unit columns', () => {
  const parentOf = (text: string, file = '2023年3月.csv'): string[] => {
    const r = importText(text, file);
    return observations(r.dataset).filter((o) => o.metric === 'residents').map((o) => `${o.unit}|${o.parent}`);
  };

  it('takes the street from the row above, with an info naming the lines, and keeps twin names apart', () => {
    const text = '街道,社区,常住人口\n甲街道,东湖社区,100\n〃,西山社区,200\n同上,北岭社区,300\n乙街道,东湖社区,400\n″,西山社区,500\n';
    expect(parentOf(text).sort()).toEqual(['东湖社区|乙街道', '东湖社区|甲街道', '北岭社区|甲街道', '西山社区|乙街道', '西山社区|甲街道']);
    const r = importText(text, '2023年3月.csv');
    const d = r.report.issues.find((i) => i.code === 'ditto-filled')!;
    expect(d).toMatchObject({ severity: 'info', line: 3, column: 1 });
    expect(d.message).toContain('第3-4、6行街道列写作“同上”或“〃”');
    expect(r.report.issues.some((i) => i.code === 'forward-filled')).toBe(false);
  });

  it('a long file’s 社区 written 同上 is the unit above', () => {
    expect(rowsOf('社区,期间,指标,数值\n东湖社区,2023年3月,常住人口,100\n同上,2023年3月,户数,40\n'))
      .toEqual(['东湖社区|households|40|3', '东湖社区|residents|100|2']);
  });

  it('a wide file’s 社区 written 〃 or 同上 is the unit above (another period of it), never a community named 〃', () => {
    const r = importText('社区,期间,常住人口\n东湖社区,2024年3月,100\n〃,2024年4月,120\n同上,2024年5月,130\n西山社区,2024年3月,200\n', 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.value}|${o.line}`)).toEqual([
      '东湖社区|2024-03|100|2', '东湖社区|2024-04|120|3', '东湖社区|2024-05|130|4', '西山社区|2024-03|200|5']);
    expect(r.report.issues.find((i) => i.code === 'ditto-filled')).toMatchObject({ severity: 'info', line: 3, column: 1 });
    expect(r.report.issues.find((i) => i.code === 'ditto-filled')!.message).toContain('第3-4行社区列写作“同上”或“〃”');
    // Without a period column it is the unit above again: a second row of it, which the report names.
    const twice = importText('社区,常住人口\n东湖社区,100\n〃,120\n西山社区,200\n', '2024年3月.csv');
    expect(twice.dataset?.units.map((u) => u.name) ?? []).not.toContain('〃');
    expect(twice.report.issues.some((i) => (i.severity === 'warning' || i.severity === 'error') && i.line === 3)).toBe(true);
    // Under another street the mark says nothing: the row has no name, refused at its cell.
    const other = importText('街道,社区,常住人口\n甲街道,东湖社区,100\n乙街道,〃,120\n', '2024年3月.csv');
    expect(other.report.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}@${i.line}`)).toEqual(['unit-name-missing@3']);
  });

  it('a long file’s 指标 and 单位 written 〃 or 同上 are the row above’s, never a metric named 〃', () => {
    const r = importText('社区,指标,单位,数值\n东湖社区,慰问救助金额,万元,1.5\n西山社区,〃,〃,2\n南湖社区,同上,万元,3\n南湖社区,再就业人数,人,4\n', '2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`)).toEqual([
      '东湖社区|aid_amount|15000', '南湖社区|aid_amount|30000', '南湖社区|reemployed|4', '西山社区|aid_amount|20000']);
    expect(r.report.issues.filter((i) => i.code === 'ditto-filled').map((i) => [i.severity, i.line, i.column, i.message])).toEqual([
      ['info', 3, 2, '第3-4行指标列写作“同上”或“〃”，已取上方单元格的内容'],
      ['info', 3, 3, '第3行单位列写作“同上”或“〃”，已取上方单元格的内容'],
    ]);
    // With nothing above, the mark names no metric: the row is refused as one without a metric name.
    const first = importText('社区,指标,数值\n东湖社区,〃,1.5\n', '2024年3月.csv');
    expect(first.report.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}@${i.line}`)).toEqual(['metric-missing@2']);
  });

  it('a ditto mark with nothing above is a blank cell, never a street named 〃', () => {
    expect(parentOf('街道,社区,常住人口\n〃,东湖社区,100\n')).toEqual(['东湖社区|']);
  });
});

describe('a 12-digit division code typed before the name in the name cell', () => {
  it('is the unit’s code and the name is the rest, with an info naming the line', () => {
    const r = importText('社区,常住人口\n120112001001 花园路社区,100\n120112001002、祥福里社区,200\n2号院社区,300\n', '2023年3月.csv');
    expect(r.dataset!.units.map((u) => `${u.code}|${u.name}`).sort()).toEqual(['120112001001|花园路社区', '120112001002|祥福里社区', '|2号院社区']);
    expect(r.report.issues.filter((i) => i.code === 'code-in-name').map((i) => `${i.line}:${i.column}`)).toEqual(['2:1', '3:1']);
  });

  it('with the same code in the code column, the name is the rest; with another code, the cell is left as written', () => {
    const same = importText('代码,社区,常住人口\n120112001001,120112001001 花园路社区,100\n', '2023年3月.csv');
    expect(same.dataset!.units.map((u) => `${u.code}|${u.name}`)).toEqual(['120112001001|花园路社区']);
    const other = importText('代码,社区,常住人口\n120112001009,120112001001 花园路社区,100\n', '2023年3月.csv');
    expect(other.report.issues.some((i) => i.code === 'code-in-name')).toBe(false);
    expect(other.dataset!.units[0]!.code).toBe('120112001009');
  });
});

describe('a 12-digit division code typed after the name in the name cell (Alt+Enter, a space or brackets)', () => {
  it('is the unit’s code and the name is the rest, with an info saying the digits after the name were read as its code', () => {
    const r = importText('社区,常住人口\n"祥福里社区\n120112100001",100\n红星里社区（120112100003）,200\n红旗楼社区 120112100004,300\n3号院社区,400\n', '2023年3月.csv');
    expect(r.dataset!.units.map((u) => `${u.code}|${u.name}`).sort()).toEqual(['120112100001|祥福里社区', '120112100003|红星里社区', '120112100004|红旗楼社区', '|3号院社区']);
    const notes = r.report.issues.filter((i) => i.code === 'code-in-name');
    expect(notes.map((i) => `${i.line}:${i.column}`)).toEqual(['2:1', '4:1', '5:1']);
    expect(notes[1]!.message).toBe('第4行名称“红星里社区（120112100003）”后的12位数字按区划代码120112100003使用，名称按“红星里社区”');
  });
});

describe('a row naming only its street (街道 | (blank) | 46) above that street\'s communities', () => {
  it('blocks at its line with advice for a street total, not only "补全社区名称"', () => {
    const r = importText('街道,社区,再就业人数\n咸水沽镇,,46\n,祥福里社区,10\n,红星里社区,36\n', '2024年3月.csv');
    expect(r.report.status).toBe('blocked');
    expect(r.report.issues.find((i) => i.code === 'unit-name-missing')).toMatchObject({ severity: 'error', line: 2,
      message: '第2行只写了街道“咸水沽镇”，没有社区名称，但有数据。如果这是“咸水沽镇”的合计行，请删除该行（合计由本工具自行计算）；如果是某个社区的数据，请补全社区名称。然后重新导入' });
    // A street filled down from a merged cell above is not written on the row: the usual message.
    const filled = importText('街道,社区,再就业人数\n咸水沽镇,祥福里社区,10\n,,36\n', '2024年3月.csv');
    expect(filled.report.issues.find((i) => i.code === 'unit-name-missing')!.message).toBe('第3行缺少社区名称，但有数据。请补全社区名称后重新导入');
  });
});
