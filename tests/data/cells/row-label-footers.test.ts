/**
 * Footer lines a clerk writes under a table (signatures, seals, explanations, as-of dates): listed
 * as footer rows with their lines, never imported as communities.
 */
import { describe, expect, it } from 'vitest';
import { rowKind, subtotalKind } from '../../../src/data/cells/row-label';
import { importText, linesInMessage, observations } from '../pipeline/import-helpers';

const lone = (text: string, width = 4) => rowKind({ cells: [text, ...Array<string>(width - 1).fill('')], unit: text, parent: '', district: '' });

describe('subtotalKind: signature, seal and explanation lines are footers', () => {
  it.each([
    '填报单位（盖章）：', '填报单位(盖章):', '填报单位（盖章）：咸水沽镇人民政府', '（盖章）', '单位盖章：',
    '主管领导签字：', '分管领导：', '主管领导（签字）：', '领导签字：', '单位负责人：', '负责人：',
    '负责人（签名）：', '签字：', '签名:', '审核：李四', '制表：张三', '复核：',
    '经办人：赵六', '联系人及电话：022-1234', '日期：2024年4月2日', '填报时间：2024年4月2日',
    '填表说明：1.再就业人数含灵活就业', '填报说明：', '说明', '备注：', '备注', '注：', '注1：含灵活就业',
    '注1.含灵活就业', '注①：含灵活就业', '以上数据截至2024年3月31日', '以上数据截止到3月底', '上述数据截至2024年3月31日', '本表数据截至3月31日', '数据截至2024年3月31日',
  ])('%s → footer', (label) => {
    expect(subtotalKind(label)).toBe('footer');
  });

  it.each([
    '说明里社区', '注册志愿者', '备战里社区', '领导里社区', '签字街社区', '日期社区', '截至社区', '主管社区', '以上社区', '审核里社区',
    '祥福里社区', '数据港社区', '盖章村',
  ])('a community named %s stays a unit (a guard: passes before and after)', (label) => {
    expect(subtotalKind(label)).toBeNull();
    expect(lone(label)).toBeNull();
  });
});

describe('rowKind: a date alone, or an as-of date alone, on a row with nothing else is a footer', () => {
  it.each(['2024年4月2日', '2024.4.2', '2024-04-02', '2024/4/2', '二〇二四年四月二日', '截至2024年3月31日', '2024年4月2日 '])('%s', (text) => {
    expect(lone(text)).toBe('footer');
    expect(rowKind({ cells: ['', text, '', ''], unit: '', parent: '', district: '' })).toBe('footer');
  });
  it('beside values, a date is no footer (a nameless row of numbers stays a nameless row)', () => {
    expect(rowKind({ cells: ['', '2024年4月2日', '5', '100'], unit: '', parent: '', district: '' })).toBeNull();
    expect(rowKind({ cells: ['2024年4月2日', '5', '100'], unit: '2024年4月2日', parent: '', district: '' })).toBeNull();
  });
});

const FOOTERS = '咸水沽镇2024年3月社区统计表,,,\n社区,再就业人数,注册志愿者,慰问救助金额\n祥福里社区,5,100,1200\n红星里社区,6,70,300\n合计,11,170,1500\n';

describe('footer lines under a table are listed with their lines, never communities', () => {
  it('c7: seal, signature and as-of lines in full-width rows', () => {
    const text = `${FOOTERS}注：1.再就业人数含灵活就业,,,\n说明：志愿者数据来自志愿天津平台,,,\n数据来源：各社区上报,,,\n填报单位（盖章）：,,,\n`
      + '负责人：王五,,填报日期：2024.4.2,\n主管领导签字：,,,\n联系电话：022-28391234,,,\n以上数据截至2024年3月31日,,,\n';
    const r = importText(text, 'c7.csv');
    expect(r.report.status).toBe('ok');
    expect([...new Set(observations(r.dataset).map((o) => o.unit))].sort()).toEqual(['祥福里社区', '红星里社区']);
    expect(r.report.issues.filter((i) => i.code === 'unit-alias')).toEqual([]);
    const footer = r.report.issues.find((i) => i.code === 'footer-rows')!;
    expect([...linesInMessage(footer.message)].sort((a, b) => a - b)).toEqual([6, 7, 8, 9, 10, 11, 12, 13]);
    expect(r.report.counts).toMatchObject({ imported: 2, subtotal: 1 });
  });

  it('c4: an explanation line among signatures; a tired clerk\'s variants', () => {
    const text = '咸水沽镇2024年3月社区统计表,,,\n社区,再就业人数,注册志愿者,慰问救助金额\n祥福里社区,5,100,1200\n红星里社区,6,70,300\n'
      + '制表人：张三,审核人：李四,2024年4月2日,\n填表说明：1.再就业人数含灵活就业,,,\n单位负责人：王五,12,,\n'
      + '2024年4月2日,,,\n（盖章）,,,\n审核：李四,,,\n统计负责人签字：,,,\n截至2024年3月31日,,,\n';
    const r = importText(text, 'c4.csv');
    expect([...new Set(observations(r.dataset).map((o) => o.unit))].sort()).toEqual(['祥福里社区', '红星里社区']);
    const footer = r.report.issues.find((i) => i.code === 'footer-rows')!;
    expect([...linesInMessage(footer.message)].sort((a, b) => a - b)).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('a number in a footer row\'s value cell is named (it may be data written under the table); a telephone number is not', () => {
    const text = '社区,再就业人数,注册志愿者\n祥福里社区,5,100\n红星里社区,6,70\n单位负责人：王五,12,\n联系电话：,13812345678,\n';
    const r = importText(text, '咸水沽镇2024年3月.csv');
    expect(r.report.status).toBe('ok');
    const named = r.report.issues.filter((i) => i.code === 'footer-row-values');
    expect(named.map((i) => `${i.line}:${i.column}`)).toEqual(['4:2']);
    expect(named[0]!.message).toContain('“12”');
    expect(named[0]!.severity).toBe('warning');
  });

  it('a telephone number written with the country code (+8613902221234, +86-22-27391234) in a footer\'s value cell is no value either', () => {
    const text = '社区,再就业人数,注册志愿者\n祥福里社区,5,100\n红星里社区,6,70\n联系电话：,+8613902221234,\n手机：,+86-22-27391234,\n';
    const r = importText(text, '咸水沽镇2024年3月.csv');
    expect(r.report.issues.filter((i) => i.code === 'footer-row-values')).toEqual([]);
    expect([...linesInMessage(r.report.issues.find((i) => i.code === 'footer-rows')!.message)].sort((a, b) => a - b)).toEqual([4, 5]);
  });

  it('the numbered items of a note on rows of their own (注：1.… then 2.…, （3）…, ④…) are the note, never communities', () => {
    const text = '社区,常住人口,户数\n祥福里社区,1200,400\n红星里社区,900,300\n注：1.本表数据截至3月31日,,\n2.户数含空挂户,,\n（3）人口含流动人口,,\n④以系统为准\n';
    const r = importText(text, '咸水沽镇2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect([...new Set(observations(r.dataset).map((o) => o.unit))].sort()).toEqual(['祥福里社区', '红星里社区']);
    const footer = r.report.issues.find((i) => i.code === 'footer-rows')!;
    expect([...linesInMessage(footer.message)].sort((a, b) => a - b)).toEqual([4, 5, 6, 7]);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    // Not after a note: a numbered name is a unit's (2.红星里社区 with its values, or with none).
    expect([...new Set(observations(importText('社区,常住人口\n1.祥福里社区,1200\n2.红星里社区,\n', '咸水沽镇2024年3月.csv').dataset).map((o) => o.unit))].sort())
      .toEqual(['祥福里社区', '红星里社区']);
  });

  it('more of a clerk\'s footer words (统计员, 填报员, 核对人, 联系方式, 手机, 编制单位, 报表说明) and a line with a mobile number: never communities, values or a street', () => {
    const text = '社区,常住人口,户数\n祥福里社区,1200,400\n红星里社区,900,300\n统计员：张三,,\n联系方式,13812345678,\n手机：13812345678,,\n核对人：李四,,\n'
      + '填报员,王五,\n编制单位：咸水沽镇人民政府,,\n报表说明：户数含空挂户,,\n张三 13812345678 2024.4.5,,\n';
    const r = importText(text, '咸水沽镇2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.parent}|${o.metric}|${o.value}`).sort()).toEqual([
      '祥福里社区|咸水沽镇|households|400', '祥福里社区|咸水沽镇|residents|1200', '红星里社区|咸水沽镇|households|300', '红星里社区|咸水沽镇|residents|900']);
    const footer = r.report.issues.find((i) => i.code === 'footer-rows')!;
    expect([...linesInMessage(footer.message)].sort((a, b) => a - b)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('lines under a footer with no value in any column (此表一式两份…, a signer\'s name alone, a pasted =HYPERLINK(…)) go on the footer, never communities', () => {
    const text = '社区名称,下岗失业人员,再就业人数\n春畅里社区,14,3\n利海家园社区,29,8\n合计,43,11\n填表人：孙丽,,审核人：王强\n'
      + '此表一式两份，请于每月5日前报送\n王主任\n"=HYPERLINK(""http://x.cn"",""点击"")",,\n（盖章）\n';
    const r = importText(text, '西营门街道2024年2月.csv');
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => u.name).sort()).toEqual(['利海家园社区', '春畅里社区']);
    const footer = r.report.issues.find((i) => i.code === 'footer-rows')!;
    expect([...linesInMessage(footer.message)].sort((a, b) => a - b)).toEqual([5, 6, 7, 8, 9]);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    // A row with a value under the footer is still read (and a community with no values above it stays one).
    const after = importText('社区名称,下岗失业人员,再就业人数\n春畅里社区,,\n利海家园社区,29,8\n填表人：孙丽,,\n冬云家园社区,12,2\n', '西营门街道2024年2月.csv');
    expect(after.dataset!.units.map((u) => u.name).sort()).toEqual(['冬云家园社区', '利海家园社区', '春畅里社区']);
  });

  it('附： over numbered items (附：, then 1.花园路社区数据另报): the note, never communities named 附: or 花园路社区数据另报', () => {
    const r = importText('社区,常住人口,户数\n祥福里社区,1200,400\n红星里社区,900,300\n附：,,\n1.花园路社区数据另报,,\n附件：各社区明细,,\n', '咸水沽镇2024年3月.csv');
    expect([...new Set(observations(r.dataset).map((o) => o.unit))].sort()).toEqual(['祥福里社区', '红星里社区']);
    const footer = r.report.issues.find((i) => i.code === 'footer-rows')!;
    expect([...linesInMessage(footer.message)].sort((a, b) => a - b)).toEqual([4, 5, 6]);
  });

  it('本表共2个社区 (共计12个村) under the rows is their total, checked against their sum, never a community', () => {
    const r = importText('社区,常住人口,户数\n祥福里社区,1200,400\n红星里社区,900,300\n本表共2个社区,2100,700\n', '咸水沽镇2024年3月.csv');
    expect([...new Set(observations(r.dataset).map((o) => o.unit))].sort()).toEqual(['祥福里社区', '红星里社区']);
    expect(r.report.issues.find((i) => i.code === 'subtotal-rows')!.line).toBe(4);
    const blank = importText('社区,常住人口,户数\n祥福里社区,1200,400\n红星里社区,900,300\n共计2个社区,,\n', '咸水沽镇2024年3月.csv');
    expect([...new Set(observations(blank.dataset).map((o) => o.unit))].sort()).toEqual(['祥福里社区', '红星里社区']);
    for (const t of ['共12个村', '共计两个社区', '以上共2个社区合计']) expect(subtotalKind(t), t).toBe('total');
  });

  it.each(['手机里社区', '统计街社区', '编制村', '附城社区'])('a community named %s stays a unit (a guard)', (label) => {
    expect(subtotalKind(label)).toBeNull();
  });

  it('a footer written in the 序号 column of a numbered table, and one in a short row', () => {
    const text = '序号,社区,再就业人数\n1,祥福里社区,5\n2,红星里社区,6\n填报单位（盖章）：,,\n主管领导签字：\n以上数据截至2024年3月31日\n';
    const r = importText(text, '咸水沽镇2024年3月.csv');
    expect([...new Set(observations(r.dataset).map((o) => o.unit))].sort()).toEqual(['祥福里社区', '红星里社区']);
    const footer = r.report.issues.find((i) => i.code === 'footer-rows')!;
    expect([...linesInMessage(footer.message)].sort((a, b) => a - b)).toEqual([4, 5, 6]);
  });
});

describe('a footer label in the 序号 column, its words in the name column, is a footer, never a community of that name', () => {
  it.each([
    ['填表人,张三,审核人,李四', '填表人'], ['填表人：,张三,,', '填表人：'], ['审核人,李四,,', '审核人'], ['制表：,王五,,', '制表：'],
  ])('%s', (line, label) => {
    const text = `序号,社区,常住人口,户数\n1,祥福里社区,1200,400\n2,红星里社区,900,300\n${line}\n`;
    const r = importText(text, '咸水沽镇2024年3月.csv');
    expect([...new Set(observations(r.dataset).map((o) => o.unit))].sort()).toEqual(['祥福里社区', '红星里社区']);
    const footer = r.report.issues.find((i) => i.code === 'footer-rows')!;
    expect([...linesInMessage(footer.message)]).toEqual([4]);
    expect(r.report.issues.filter((i) => i.code === 'not-a-number')).toEqual([]);
    expect(rowKind({ cells: line.split(','), unit: line.split(',')[1]!, parent: '', district: '' }), label).toBe('footer');
  });

  it('a community whose 序号 column says nothing of a footer stays a unit (a guard: passes before and after)', () => {
    expect(rowKind({ cells: ['3', '统计街社区', '5', '6'], unit: '统计街社区', parent: '', district: '' })).toBeNull();
    expect(rowKind({ cells: ['3', '说明里社区', '5', '6'], unit: '说明里社区', parent: '', district: '' })).toBeNull();
  });
});

describe('page numbers of a printed table exported to CSV are footers, never communities', () => {
  it.each([
    '第 1 页，共 3 页', '第1页/共3页', '第1页 共3页', '共3页 第1页', '第1页', '第一页，共三页', '第 1/3 页', 'Page 1 of 3', '- 1 -', '—1—', '1/3',
  ])('%s alone on its row', (text) => {
    expect(lone(text)).toBe('footer');
  });

  it.each(['第一社区', '第1社区', '页岩村', '共和村', '三页村'])('a community named %s stays a unit (a guard)', (label) => {
    expect(subtotalKind(label)).toBeNull();
    expect(lone(label)).toBeNull();
  });

  it('a header repeated on each page and 第 n 页，共 3 页 under each page: the pages\' communities only, the page lines listed as footers', () => {
    const hdr = '社区,再就业人数,常住人口';
    const lines = ['2024年3月各社区统计表,,', hdr];
    const footers = ['第 1 页，共 3 页,,', '第1页/共3页,,', '"第 1 页, 共 3 页",,', '- 1 -,,', 'Page 1 of 3,,'];
    for (let p = 0; p < 3; p++) {
      for (let i = 0; i < 2; i++) lines.push(`${['祥福里', '红星里', '花园路', '东湖', '西山', '北塘'][p * 2 + i]}社区,${i + 1},${(i + 1) * 100}`);
      lines.push(footers[p]!, footers[p + 2]!);
      if (p < 2) lines.push(hdr);
    }
    const r = importText(`${lines.join('\r\n')}\r\n`, 'paged.csv');
    expect(r.report.status).toBe('ok');
    expect([...new Set(observations(r.dataset).map((o) => o.unit))].sort())
      .toEqual(['东湖社区', '北塘社区', '祥福里社区', '红星里社区', '花园路社区', '西山社区'].sort());
    const footer = r.report.issues.find((i) => i.code === 'footer-rows')!;
    expect([...linesInMessage(footer.message)].sort((a, b) => a - b)).toEqual([5, 6, 10, 11, 15, 16]);
  });
});

describe('a continuation mark alone on its row (（续表）, 续表, 续上表) where a printed table goes on a new page', () => {
  it.each(['（续表）', '(续表)', '续表', '（续）', '续上表', '接上表'])('%s alone is no community', (text) => {
    expect(lone(text)).toBe('footer');
  });

  it('over the header again, or right over the next rows: never a community named （续表） (was: a community with no values)', () => {
    for (const next of ['社区,常住人口,户数\n团结社区,1000,300\n', '团结社区,1000,300\n']) {
      const r = importText(`社区,常住人口,户数\n新华社区,3200,900\n光明社区,4100,1100\n（续表）,,\n${next}`, '新华街道2024年6月.csv');
      expect(r.report.status).toBe('ok');
      expect([...new Set(observations(r.dataset).map((o) => o.unit))].sort()).toEqual(['光明社区', '团结社区', '新华社区']);
      expect(r.report.counts.imported).toBe(3);
    }
  });

  it.each(['续表村', '接上表社区'])('a community named %s stays a unit (a guard)', (label) => {
    expect(lone(label)).toBeNull();
  });
});

describe('the carry-forward rows of a table printed over pages (过次页, 承上页) are its running totals, never communities', () => {
  it.each(['过次页', '转下页', '转次页', '承上页', '承前页', '接上页', '上页转来'])('%s → total', (label) => {
    expect(subtotalKind(label)).toBe('total');
  });

  it('each page\'s 过次页 and 承上页 carry the sum so far: checked as totals, the communities alone imported', () => {
    const r = importText('2024年3月各社区统计表,,\n社区,再就业人数,常住人口\n花园路社区,1,100\n祥福里社区,2,200\n本页小计,3,300\n过次页,3,300\n'
      + '社区,再就业人数,常住人口\n承上页,3,300\n东湖社区,3,300\n本页合计,3,300\n总计,6,600\n', 'paged.csv');
    expect(r.report.status).toBe('ok');
    expect([...new Set(observations(r.dataset).map((o) => o.unit))].sort()).toEqual(['东湖社区', '祥福里社区', '花园路社区'].sort());
    expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}@${i.line}`)).toEqual(['repeated-header@7']);
  });
});

describe('an end-of-data mark inside the table (以下空白) and a row of dashes: never a community', () => {
  const head = '序号,社区,常住人口,户数\n1,祥福里社区,1200,400\n';
  const units = (r: ReturnType<typeof importText>) => [...new Set(observations(r.dataset).map((o) => o.unit))].sort();
  it.each(['2,以下空白,,', '以下空白,,,', '2,（以下空白）,,', '2,此行以下空白,,', '2,以下无内容,,', ',空白,,'])('%s: a footer, listed with its line', (line) => {
    const r = importText(`${head}${line}\n3,,,\n`, '咸水沽镇2024年3月.csv');
    expect(units(r)).toEqual(['祥福里社区']);
    expect([...linesInMessage(r.report.issues.find((i) => i.code === 'footer-rows')!.message)]).toContain(3);
    expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => i.code)).toEqual([]);
  });

  it('以下空白 with a number in a value cell: not a community, the number named', () => {
    const r = importText(`${head}2,以下空白,15,\n`, '咸水沽镇2024年3月.csv');
    expect(units(r)).toEqual(['祥福里社区']);
    expect(r.report.issues.filter((i) => i.code === 'footer-row-values')).toMatchObject([{ line: 3, column: 3 }]);
  });

  it.each(['—,—,—,—', ',——,——,——', '-,-,-,-', '……,……,……,……', '2,—,,', ',/,/,/'])('%s: a row of dashes is no community (an unfilled row)', (line) => {
    const r = importText(`${head}${line}\n3,红星里社区,900,300\n`, '咸水沽镇2024年3月.csv');
    expect(units(r)).toEqual(['祥福里社区', '红星里社区']);
    expect(r.report.issues.filter((i) => i.code === 'template-rows').map((i) => [...linesInMessage(i.message)])).toEqual([[3]]);
    expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => i.code)).toEqual([]);
  });

  it('a dash for a name with numbers beside it: the numbers are someone\'s, the import says the name is missing', () => {
    const r = importText(`${head}2,—,900,300\n`, '咸水沽镇2024年3月.csv');
    expect(r.report.status).toBe('blocked');
    expect(r.report.rows.find((x) => x.line === 3)?.outcome).toBe('rejected');
    expect(r.report.issues.filter((i) => i.code === 'unit-name-missing')).toMatchObject([{ severity: 'error', line: 3 }]);
  });

  it.each(['空白里社区', '以下村'])('a community named %s stays a unit (a guard)', (label) => {
    expect(subtotalKind(label)).toBeNull();
  });
});

describe('a date in the name cell with numbers beside it (2024年4月5日,1200,30 under the table)', () => {
  it.each(['2024年4月5日,1200,30', '2024.4.5,1200,30', '截至2024年3月31日,1200,30'])('%s: no community of the date, the numbers said', (line) => {
    const r = importText(`社区名称,常住人口,新增就业\n东风社区,1200,30\n${line}\n`, '2024年3月.csv');
    expect(r.report.status).toBe('blocked');
    expect(r.report.rows.find((x) => x.line === 3)?.outcome).toBe('rejected');
    expect(r.report.issues.filter((i) => i.code === 'unit-name-date')).toMatchObject([{ severity: 'error', line: 3, column: 1 }]);
    expect(r.report.issues.find((i) => i.code === 'unit-name-date')!.message).toContain(`社区名称是日期“${line.split(',')[0]}”`);
  });
});
