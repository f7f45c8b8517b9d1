import { describe, expect, it } from 'vitest';
import { looksLikeTableTitle, startsSecondTable } from '../../../src/data/records/second-table';
import { importText, observations } from '../pipeline/import-helpers';

const rows = (text: string): string[][] => text.split('\n').map((l) => l.split(','));

describe('startsSecondTable (catalogue #21)', () => {
  it.each([
    ['a header after a blank line', '社区,期间,人口\n东湖,2024-03,1\n\n社区,期间,户数', 3, true],
    ['a transposed header after a blank line', '社区,期间,人口\n东湖,2024-03,1\n,,\n指标,东湖社区,西山社区', 3, true],
    ['a data row after a blank line', '社区,期间,人口\n东湖,2024-03,1\n\n西山,2024-03,2', 3, false],
    ['a header without a blank line before it', '社区,期间,人口\n东湖,2024-03,1\n社区,期间,户数', 2, false],
    ['a subtotal row after a blank line', '社区,期间,人口\n东湖,2024-03,1\n\n合计,2024-03,1', 3, false],
    ['a note row after a blank line', '社区,期间,人口\n东湖,2024-03,1\n\n备注,说明', 3, false],
  ])('%s → %s', (_n, text, r, expected) => {
    expect(startsSecondTable(rows(text), r, 1)).toBe(expected);
  });

  it('a header repeated without a blank line is skipped as before', () => {
    const r = importText('社区,期间,人口\n东湖社区,2024-03,1\n社区,期间,人口\n西山社区,2024-03,2\n');
    expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}@${i.line}`)).toEqual(['repeated-header@3']);
    expect(r.report.counts).toMatchObject({ rowsIn: 3, imported: 2, rejected: 1 });
  });

  it('a header repeated after a blank line, with no title of its own, is skipped too: the table goes on, and its 合计 covers all of it', () => {
    const r = importText('社区,人口\n东湖社区,10\n西山社区,20\n\n社区,人口\n北辰社区,30\n合计,60\n', '2024年3月.csv');
    expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}@${i.line}`)).toEqual(['repeated-header@5']);
    expect(r.report.issues.find((i) => i.code === 'repeated-header')!.message).toBe('第5行与表头相同（重复的表头行），已跳过；其下各行按同一表格继续读取');
    expect(r.report.counts).toMatchObject({ rowsIn: 6, imported: 3, blank: 1, rejected: 1, subtotal: 1 });
  });
});

describe('looksLikeTableTitle (issue 15, class 5)', () => {
  it.each([
    ['a title naming a month, directly under the data', ['2023年4月社区统计', ''], false, true],
    ['a title naming a quarter in a merged cell', ['', '2023年第二季度', ''], false, true],
    ['a title without a period after a blank line', ['社区统计表（续）', ''], true, true],
    ['a title without a period directly under the data', ['社区统计表（续）', ''], false, false],
    ['a data row', ['东湖社区', '100'], true, false],
    ['a unit with a blank value after a blank line (the header decides later)', ['东湖社区', ''], true, true],
    ['a lone number', ['2023', ''], true, false],
    ['a footer with its fill-in date', ['填报日期：2023年4月5日', ''], false, false],
    ['a footer after a blank line', ['填表人：王芳', ''], true, false],
  ])('%s → %s', (_n, row, afterBlank, expected) => {
    expect(looksLikeTableTitle(row, afterBlank)).toBe(expected);
  });
});

describe('a second table under its own title (issue 15, class 5)', () => {
  const obs = (text: string, name = '社区统计.csv'): string[] =>
    observations(importText(text, name).dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}|${o.line}`);

  it('reads each table with its own title period, and says where the second starts and how it was read', () => {
    const r = importText('2023年3月社区统计\n社区,常住人口\n东湖社区,100\n\n2023年4月社区统计\n社区,常住人口\n东湖社区,110\n', '社区统计.csv');
    expect(observations(r.dataset).map((o) => `${o.period}|${o.value}`)).toEqual(['2023-03|100', '2023-04|110']);
    const second = r.report.issues.find((i) => i.code === 'second-table')!;
    expect(second).toMatchObject({ severity: 'warning', line: 5 });
    expect(second.message).toContain('统计期间按它自己的标题“2023年4月社区统计”（第5行）读作2023年4月');
    // Blank, title and header rows are accounted for, each with its reason.
    expect(r.report.rows.map((x) => `${x.line}:${x.reason}`)).toEqual(['4:空行', '5:第二个表格的标题行（不是数据）', '6:第二个表格的表头行（不是数据）']);
    expect(r.report.counts).toMatchObject({ imported: 2, blank: 1, rejected: 2 });
  });

  it('a title directly under the data with another header starts a table too; its disagreement with the file name names its line', () => {
    const r = importText('社区,常住人口\n东湖社区,100\n2023年第二季度\n社区,再就业人数\n东湖社区,30\n', '2023年3月.csv');
    expect(observations(r.dataset).map((o) => `${o.period}|${o.metric}|${o.value}`)).toEqual(['2023-03|residents|100', '2023-Q2|reemployed|30']);
    expect(r.report.issues.filter((i) => i.severity === 'warning').map((i) => `${i.code}@${i.line}`)).toEqual(['second-table@3', 'period-disagree@3']);
  });

  it('a blank line between the second title and its header', () => {
    expect(obs('2023年3月\n社区,常住人口\n东湖社区,100\n\n2023年4月\n\n社区,常住人口\n东湖社区,110\n'))
      .toEqual(['东湖社区|2023-03|residents|100|3', '东湖社区|2023-04|residents|110|8']);
  });

  it('another header right under the data (no blank line, no title) starts a second table; the same header is skipped', () => {
    const r = importText('社区,常住人口\n东湖社区,100\n社区,户数\n东湖社区,40\n社区,户数\n西山社区,70\n', '2023年3月.csv');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`)).toEqual(['东湖社区|households|40', '东湖社区|residents|100', '西山社区|households|70']);
    expect(r.report.issues.filter((i) => i.severity === 'warning').map((i) => `${i.code}@${i.line}`)).toEqual(['second-table@3', 'repeated-header@5']);
  });

  it('a title without a period keeps the first table\'s title period', () => {
    expect(obs('2023年3月社区统计\n社区,常住人口\n东湖社区,100\n\n社区统计表（续）\n社区,常住人口\n西山社区,200\n'))
      .toEqual(['东湖社区|2023-03|residents|100|3', '西山社区|2023-03|residents|200|7']);
  });

  it('a lone cell that no header follows is read as a row of the table after all', () => {
    // 东湖社区 with a blank value after a blank line looks like a title until the next row.
    const r = importText('社区,常住人口\n西山社区,200\n\n东湖社区,\n南湖社区,300\n', '2023年3月.csv');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.value}|${o.line}`)).toEqual(['东湖社区|null|4', '南湖社区|300|5', '西山社区|200|2']);
    expect(r.report.issues.some((i) => i.code === 'second-table')).toBe(false);
    // …and at the very end of the file too.
    const end = importText('社区,常住人口\n西山社区,200\n2023年4月\n', '2023年3月.csv');
    expect(observations(end.dataset).map((o) => `${o.unit}|${o.value}`)).toEqual(['2023年4月|null', '西山社区|200']);
    expect(end.report.issues.some((i) => i.severity === 'warning' && i.line === 3)).toBe(true);
    // Two such titles at the end: both read as rows (the second is no table header), nothing blocks.
    const two = importText('社区,常住人口\n西山社区,200\n2023年4月\n2023年5月\n', '2023年3月.csv');
    expect(two.report.status).toBe('ok');
    expect(two.report.issues.some((i) => i.code === 'second-table')).toBe(false);
    expect(two.report.issues.filter((i) => i.severity === 'warning').map((i) => i.line)).toEqual([3, 4]);
  });

  it('streams: a title far down a long file starts the second table there', () => {
    const rows = Array.from({ length: 3000 }, (_, k) => `社区${k},${k}`);
    const text = `社区,常住人口\n${rows.join('\n')}\n\n2023年4月\n社区,常住人口\n社区0,7\n`;
    const r = importText(text, '2023年3月.csv');
    const o = observations(r.dataset);
    expect(o.length).toBe(3001);
    expect(o.find((x) => x.period === '2023-04')).toMatchObject({ unit: '社区0', value: 7, line: 3005 });
  });
});

describe('a street written above each table of a district file', () => {
  const text = '津南区2024年3月各社区统计\n咸水沽镇\n社区,再就业人数\n祥福里社区,12\n红星里社区,8\n\n双港镇\n社区,再就业人数\n祥福里社区,9\n金地社区,7\n';

  it('is the street of that table\'s rows: 祥福里社区 of 咸水沽镇 and of 双港镇 stay two units, with no conflict', () => {
    const r = importText(text, '津南区.csv');
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => `${u.parent}/${u.name}`)).toEqual(['咸水沽镇/祥福里社区', '咸水沽镇/红星里社区', '双港镇/祥福里社区', '双港镇/金地社区']);
    expect(r.report.issues.filter((i) => i.code === 'preamble-row' || i.code === 'street-from-file').map((i) => `${i.line} ${i.message}`)).toEqual([
      '2 第2行“咸水沽镇”在表头之上，作为本表的街道（镇）',
      '0 表中没有街道列，街道取自标题行：咸水沽镇',
      '7 第二个表格没有街道列，街道取自它的标题“双港镇”（第7行）：双港镇',
    ]);
  });

  it('the second table\'s warning does not say its period was read from its own title when that title names none', () => {
    const r = importText(text, '津南区.csv');
    expect(r.report.issues.find((i) => i.code === 'second-table')!.message).toBe('检测到第二个表格，从第7行开始（表头：社区、再就业人数）。已按它自己的表头读取，请核对；最好把两个表格分成两个文件');
  });

  it('a row above the header that is not a street alone (a note, a street under a title naming one) is skipped as before', () => {
    const r = importText('咸水沽镇2024年3月各社区统计\n双港镇\n社区,再就业人数\n祥福里社区,12\n', '津南区.csv');
    expect(r.dataset!.units.map((u) => `${u.parent}/${u.name}`)).toEqual(['咸水沽镇/祥福里社区']);
    const note = importText('2024年3月各社区统计\n咸水沽镇,制表人：张三\n社区,再就业人数\n祥福里社区,12\n', '统计.csv');
    expect(note.dataset!.units.map((u) => `${u.parent}/${u.name}`)).toEqual(['/祥福里社区']);
  });
});

describe('a second table whose header names no 社区 column (名单, 单位, 序号 over 人次, 金额)', () => {
  // Once read as rows of the first table: 东湖社区's 人次 stored as its 再就业人数, its 金额 as 新增就业人数,
  // with only “人次”不是数字 at the header's line (and its title a community named 救助情况).
  const first = '2024年3月各社区就业情况,,\n社区,再就业人数,新增就业人数\n花园路社区,12,30\n祥福里社区,7,21\n';
  it.each([
    ['after a blank line and a title', `${first},,\n救助情况,,\n名单,救助人次,慰问金额\n`, 7],
    ['after a blank line', `${first},,\n名单,救助人次,慰问金额\n`, 6],
    ['right under the data', `${first}单位,救助人次,慰问救助金额\n`, 5],
    ['right under the data, bare words', `${first}单位,人次,金额\n`, 5],
  ])('%s: each table read with its own header', (_n, text, headerLine) => {
    const r = importText(`${text}东湖社区,14,3500\n西山社区,9,2100\n`);
    expect(r.report.status).toBe('ok');
    const obs = observations(r.dataset);
    expect([...new Set(obs.map((o) => o.unit))].sort()).toEqual(['东湖社区', '祥福里社区', '花园路社区', '西山社区'].sort());
    expect(obs.filter((o) => o.unit === '东湖社区' || o.unit === '西山社区').every((o) => !['reemployed', 'custom:新增就业人数'].includes(o.metric))).toBe(true);
    expect(obs.filter((o) => o.unit === '东湖社区').map((o) => o.value).sort((a, b) => a! - b!)).toEqual([14, 3500]);
    expect(r.report.issues.find((i) => i.code === 'second-table')?.line).toBe(headerLine - (text.includes('救助情况') ? 1 : 0));
    expect(r.report.issues.filter((i) => i.code === 'not-a-number')).toEqual([]);
  });

  it('a community whose values are words (未报, 见附件) stays a row of the table', () => {
    const r = importText(`${first}东湖社区,未报,未报\n西山社区,见附件,见附件\n`);
    expect([...new Set(observations(r.dataset).map((o) => o.unit))].sort()).toEqual(['东湖社区', '祥福里社区', '花园路社区', '西山社区'].sort());
    expect(r.report.issues.find((i) => i.code === 'second-table')).toBeUndefined();
  });
});

describe('another table\'s header with a 期间 column right under the data', () => {
  it('名单 | 期间 | 救助人次 | 慰问金额 under 社区 | 期间 | 再就业人数 | 常住人口: read with its own header (once: every row after it refused for its 期间 cell)', () => {
    const r = importText('社区,期间,再就业人数,常住人口\n花园路社区,2024年3月,12,1568\n名单,期间,救助人次,慰问金额\n东湖社区,2024年3月,14,3500\n');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`)).toEqual([
      '东湖社区|aid_amount|3500', '东湖社区|custom:救助人次|14', '花园路社区|reemployed|12', '花园路社区|residents|1568']);
    expect(r.report.issues.find((i) => i.code === 'second-table')?.line).toBe(3);
  });
});

describe('a table printed over pages, its title and header repeated on each page', () => {
  // Once read as a second table each page, with 最好把两个表格分成两个文件, and the 合计 at the end
  // checked against the last page alone (warned as not matching though it was right).
  it.each([
    ['the same title', '2024年3月各社区统计表,,'], ['the title with （续）', '2024年3月各社区统计表（续）,,'],
  ])('%s: one table, the 合计 checked against every page', (_n, again) => {
    const r = importText(`2024年3月各社区统计表,,\n社区,再就业人数,常住人口\n花园路社区,1,100\n祥福里社区,2,200\n,,\n${again}\n社区,再就业人数,常住人口\n东湖社区,3,300\n合计,6,600\n`);
    expect(r.report.status).toBe('ok');
    expect([...new Set(observations(r.dataset).map((o) => o.unit))].sort()).toEqual(['东湖社区', '祥福里社区', '花园路社区'].sort());
    // The page's header under its repeated title is the print layout, not a warning (a header repeated alone still is one).
    expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}@${i.line}`)).toEqual([]);
    expect(r.report.issues.find((i) => i.code === 'repeated-title')?.line).toBe(6);
    expect(r.report.issues.find((i) => i.code === 'repeated-header')).toMatchObject({ severity: 'info', line: 7 });
  });

  // The lower row of a two-row header, repeated on the next page, was read as a data row: warned
  // as a row without a community's name (第9行缺少社区名称，只有文字“常住人口”“户籍人口”).
  const twoRows = '序号,社区名称,人口情况,,户数\n,,常住人口,户籍人口,\n';
  const page1 = '1,溪秀苑社区,1500,1200,500\n2,侯台社区,1600,1300,520\n';
  const page2 = '3,东姜井社区,1700,1400,540\n,合计,4800,3900,1560\n';
  it('a two-row header repeated under the title: both rows skipped as the page\'s header', () => {
    const title = '西青区中北镇各社区人口统计表（2024年3月）\n';
    const r = importText(`${title}${twoRows}${page1}第1页 共2页\n${title}${twoRows}${page2}`);
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}@${i.line}`)).toEqual(['two-row-header@2']);
    expect(r.report.issues.find((i) => i.code === 'repeated-header')).toMatchObject({ severity: 'info', line: 8 });
    expect(r.report.issues.find((i) => i.code === 'repeated-header')!.message).toContain('第8-9行');
    expect(r.report.rows.filter((x) => x.reason === '重复的表头行').map((x) => x.line)).toEqual([8, 9]);
    expect(observations(r.dataset).filter((o) => o.metric === 'residents').map((o) => `${o.unit}|${o.value}`).sort())
      .toEqual(['东姜井社区|1700', '侯台社区|1600', '溪秀苑社区|1500'].sort());
  });

  it('a two-row header repeated alone: one warning naming both lines', () => {
    const r = importText(`2024年3月\n${twoRows}${page1}${twoRows}${page2}`);
    expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}@${i.line}`)).toEqual(['two-row-header@2', 'repeated-header@6']);
    expect(r.report.issues.find((i) => i.code === 'repeated-header')!.message).toContain('第6-7行');
  });

  it('a header repeated with its 栏次 row (甲 | 1 | 2): the row is no community 甲 with values 1 and 2', () => {
    const r = importText('2024年3月中北镇统计表\n社区,常住人口,户数\n甲,1,2\n溪秀苑社区,1500,500\n社区,常住人口,户数\n甲,1,2\n东姜井社区,1700,540\n');
    expect(observations(r.dataset).map((o) => o.unit)).not.toContain('甲');
    expect(r.report.issues.filter((i) => i.code === 'repeated-header').map((i) => `${i.line}|${i.message.slice(0, 5)}`)).toEqual(['5|第5-6行']);
  });

  it('another title over the same header is still a second table', () => {
    const r = importText('2024年3月各社区统计表,,\n社区,再就业人数,常住人口\n花园路社区,1,100\n,,\n2024年4月各社区统计表,,\n社区,再就业人数,常住人口\n花园路社区,3,300\n');
    expect(r.report.issues.find((i) => i.code === 'second-table')?.line).toBe(5);
    expect(r.dataset!.periods).toEqual(['2024-03', '2024-04']);
  });
});
