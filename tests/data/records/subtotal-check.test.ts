import { describe, expect, it } from 'vitest';
import { rowKind, segmentName, subtotalKind } from '../../../src/data/cells/row-label';
import { SubtotalChecker } from '../../../src/data/records/subtotal-check';
import { importText, observations } from '../pipeline/import-helpers';
import { ObservationRecords } from '../../../src/data/records/observation-records';
import { IssueSink } from '../../../src/data/report/issue-sink';
import { canonicalMetric } from '../../../src/data/vocabulary/metric-catalog';
import type { VisibleSums } from '../../../src/data/rows/visible-sums';

describe('subtotalKind', () => {
  it.each([
    ['合计', 'total'], ['总计', 'total'], ['全街道', 'total'], ['全镇', 'total'], ['合 计', 'total'],
    ['小计', 'segment'], ['东湖街道合计', 'segment'], ['东湖街道小计', 'segment'],
    ['其中：', 'breakdown'], ['其中:低保户', 'breakdown'],
    ['男', 'breakdown'], ['女', 'breakdown'], [' 女性 ', 'breakdown'], ['男性：', 'breakdown'],
    ['东湖社区', null], ['合力社区', null], ['', null], ['女儿河村', null], ['男女', null],
  ])('%s → %s', (label, kind) => {
    expect(subtotalKind(label)).toBe(kind);
  });

  it('a bare 男 and 女 under a community\'s row are its parts, not communities named 男 and 女', () => {
    const r = importText('社区,再就业人数,下岗失业人员\n祥福里社区,12,38\n男,5,20\n女,7,18\n', '咸水沽镇-2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['祥福里社区']);
    expect(r.report.issues.find((i) => i.code === 'breakdown-rows')!.message).toBe('第3-4行是“其中”分项行，不作为社区导入，也不计入合计');
  });
});

describe('subtotalKind: rows that are not units (issue 15, class 4)', () => {
  it.each([
    ['汇总', 'total'], ['全街', 'total'], ['本街道', 'total'], ['全区', 'total'], ['Total', 'total'], ['TOTAL', 'total'],
    ['全社区', 'total'], ['本镇', 'total'], ['全区合计', 'total'], ['总计：', 'total'], ['汇总数', 'total'],
    ['东湖街道汇总', 'segment'], ['东湖街道合计', 'segment'],
    ['平均', 'average'], ['均值', 'average'], ['平均值', 'average'], ['各社区平均', 'average'], ['Average', 'average'],
    ['上年同期', 'comparison'], ['同比', 'comparison'], ['增减', 'comparison'], ['增长率', 'comparison'], ['比上年增减', 'comparison'],
    ['环比', 'comparison'], ['增减（%）', 'comparison'],
    ['填表人：张三', 'footer'], ['审核人', 'footer'], ['填报日期：2024年1月5日', 'footer'], ['联系电话：12345', 'footer'],
    ['填 表 人:王五', 'footer'], ['注：数据来源于社区', 'footer'],
    ['平安社区', null], ['增光村', null], ['同心社区', null], ['注册志愿者', null], ['东湖', null],
    // Clerks' words that were imported as communities: 共计 and 总共 are totals; 最大值, 最小值 and 占比
    // are statistics of the rows, skipped as averages are.
    ['共计', 'total'], ['总共', 'total'], ['共 计', 'total'], ['东湖街道共计', 'segment'],
    ['最大值', 'average'], ['最小值', 'average'], ['最高', 'average'], ['最低值', 'average'], ['占比', 'average'], ['比重', 'average'],
    ['Max', 'average'], ['百分比', 'average'],
    ['最高村', null], ['占比社区', null], ['共和村', null], ['共建社区', null], ['总站村', null],
  ])('%s → %s', (label, kind) => {
    expect(subtotalKind(label)).toBe(kind);
  });
});

describe('rowKind: what only the whole row tells', () => {
  const row = (unit: string, parent = '', district = '', cells: string[] = [district, parent, unit]) => ({ cells, unit, parent, district });
  it('a unit named as its own street is that street\'s subtotal; as its district, a total', () => {
    expect(rowKind(row('东湖街道', '东湖街道'))).toBe('segment');
    expect(rowKind(row('河西区', '', '河西区'))).toBe('total');
    expect(rowKind(row('东湖社区', '东湖街道'))).toBeNull();
  });
  it('a total word beside a street name is the street\'s subtotal; without one, the grand total', () => {
    expect(rowKind(row('汇总', '东湖街道'))).toBe('segment');
    expect(rowKind(row('合计', ''))).toBe('total');
    expect(rowKind(row('全区合计', '全区'))).toBe('total');
  });
  it('a row with no name at all takes its kind from the first labelled cell (合计 in the 序号 column)', () => {
    expect(rowKind({ cells: ['合计', '', '30', '8'], unit: '', parent: '', district: '' })).toBe('total');
    expect(rowKind({ cells: ['', '平均', '', '15'], unit: '', parent: '', district: '' })).toBe('average');
    expect(rowKind({ cells: ['3', '', '30', '8'], unit: '', parent: '', district: '' })).toBeNull();
    // A named row keeps its own kind, whatever its other cells say.
    expect(rowKind({ cells: ['合计', '东湖社区', '30'], unit: '东湖社区', parent: '', district: '' })).toBeNull();
  });
  it('a footer in any cell of a row without a unit name; never in a real unit\'s row', () => {
    expect(rowKind({ cells: ['', '填表人：张三'], unit: '', parent: '', district: '' })).toBe('footer');
    expect(rowKind({ cells: ['东湖社区', '100', '注：含流动人口'], unit: '东湖社区', parent: '', district: '' })).toBeNull();
  });
});

describe('segmentName: the name a segment subtotal is written with', () => {
  it.each([
    ['咸水沽镇小计', '咸水沽镇'], ['咸水沽镇 合 计', '咸水沽镇'], ['咸水沽镇（小计）', '咸水沽镇'], ['小计（双港镇）', '双港镇'], ['合计：东湖街道', '东湖街道'],
    ['东湖街道合计数', '东湖街道'], ['东湖街道小计：', '东湖街道'], ['小计', ''], ['合计', ''], ['祥福里社区', ''], ['填表人：张三', ''],
  ])('%s → %s', (label, name) => {
    expect(segmentName(label)).toBe(name);
    if (name !== '') expect(subtotalKind(label)).toBe('segment');
  });
});

describe('SubtotalChecker', () => {
  it('checks a segment and a grand total, with both numbers on mismatch', () => {
    const c = new SubtotalChecker();
    c.add(7, 0, 10, 0, 3);
    c.add(7, 0, 20, 0, 4);
    expect(c.check('segment', 7, 0, 30, 0)).toBeNull();
    c.add(7, 0, 5, 0, 6);
    expect(c.check('segment', 7, 0, 6, 0)).toEqual({ expected: 5, rows: 1, firstLine: 6 });
    expect(c.check('total', 7, 0, 36, 0)).toEqual({ expected: 35, rows: 3, firstLine: 3 });
  });
  it('does not check when a covered value is approximate or missing', () => {
    const c = new SubtotalChecker();
    c.add(1, 0, 10, 1, 2); // gt
    expect(c.check('total', 1, 0, 99, 0)).toBeNull();
    const d = new SubtotalChecker();
    d.add(1, 0, NaN, 6, 2);
    expect(d.check('total', 1, 0, 99, 0)).toBeNull();
  });
  it('2,000 rows of numbers stored as text under 200 小计 =SUM(…) each short by them: every note, and each cell looked at a bounded number of times (was once per 小计 after it)', () => {
    const store = new ObservationRecords();
    let looks = 0;
    const visible: VisibleSums = { leftOut: () => null, sums: () => true, isText: () => { looks++; return true; } };
    const c = new SubtotalChecker(store, visible);
    const sink = new IssueSink();
    const metric = canonicalMetric('reemployed')!;
    let line = 2;
    for (let seg = 0; seg < 200; seg++) {
      for (let k = 0; k < 10; k++) store.add(0, 0, 0, 1, 0, store.addRow(0, line++), 2, null);
      c.settle('segment', 0, 0, 0, 0, metric, '小计', { file: 'f.xlsx', line: line++, column: 2 }, sink);
    }
    expect(sink.issues).toHaveLength(200);
    expect(sink.issues.every((i) => i.message.includes('合计比各行之和少10，正是'))).toBe(true);
    expect(looks).toBeLessThanOrEqual(2 * store.size);
  });
  it('200 小计 =SUBTOTAL(109,…) each over 10 rows, one hidden, each wrong: each compared with its visible rows, summed from its own rows only (were all the table\'s rows again)', () => {
    const store = new ObservationRecords();
    let reads = 0;
    const counted = new Proxy(store, { get: (t, p) => { if (p === 'metric') reads++; const v: unknown = Reflect.get(t, p, t); return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v; } });
    const hidden: number[] = [];
    const visible: VisibleSums = { leftOut: () => hidden, sums: () => true, isText: () => false };
    const c = new SubtotalChecker(counted, visible);
    const sink = new IssueSink();
    const metric = canonicalMetric('reemployed')!;
    let line = 2;
    for (let seg = 0; seg < 200; seg++) {
      hidden.push(line + 3);
      for (let k = 0; k < 10; k++) store.add(0, 0, 0, 1, 0, store.addRow(0, line++), 2, null);
      c.settle('segment', 0, 0, 0, 0, metric, '小计', { file: 'f.xlsx', line: line++, column: 2 }, sink);
    }
    expect(sink.issues).toHaveLength(200);
    expect(sink.issues.every((i) => i.message.includes('但看得见的9行之和为9'))).toBe(true);
    expect(reads).toBeLessThanOrEqual(2 * store.size);
  });
  it('avoids float drift: 0.1 + 0.2 = 0.3', () => {
    const c = new SubtotalChecker();
    c.add(1, 0, 0.1, 0, 2);
    c.add(1, 0, 0.2, 0, 3);
    expect(c.check('total', 1, 0, 0.3, 0)).toBeNull();
  });
});

describe('a 合计 merged over the code and name columns, under a title that names the street', () => {
  it('is the table\'s total, checked against its rows, with no code warning and no missing-name error', () => {
    const text = '劝业场街道2024年3月社区统计报表\n区划代码,社区,再就业人数,注册志愿者\n120101001001,花园路社区,12,1568\n120101001002,滨西社区,8,900\n合计,,20,2468\n';
    const r = importText(text, '报表.csv');
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.map((i) => i.code)).not.toContain('code-invalid');
    expect(r.report.issues.map((i) => i.code)).not.toContain('unit-name-missing');
    expect(r.report.issues.find((i) => i.code === 'subtotal-rows')).toMatchObject({ line: 5 });
    expect(r.dataset!.units.map((u) => `${u.parent}/${u.name}`)).toEqual(['劝业场街道/花园路社区', '劝业场街道/滨西社区']);
    // A total that does not add up is still said to.
    const wrong = importText(text.replace('合计,,20,2468', '合计,,21,2468'), '报表.csv');
    expect(wrong.report.issues.find((i) => i.code === 'subtotal-mismatch')).toMatchObject({ line: 5, column: 3 });
  });
});

describe('the subtotal note says which rows were checked', () => {
  it('a 合计 with a value is checked, one above its rows against the rows below; a blank one and a rate-only one are said not to be', () => {
    const r = importText('社区,再就业人数,再就业率\n合计,20,\n东湖社区,12,50%\n西山社区,8,40%\n小计,20,\n总计,,45%\n', '2024年3月.csv');
    const notes = r.report.issues.filter((i) => i.code === 'subtotal-rows').map((i) => i.message);
    expect(notes).toEqual([
      '第2、5行是小计/合计行，不作为社区导入，已与其所含各行之和核对',
      '第6行是小计/合计行，不作为社区导入；其数值为空（或公式没有保存结果），未能与各行之和核对',
    ]);
    expect(r.report.issues.filter((i) => i.code === 'subtotal-mismatch')).toEqual([]);
    const above = importText('社区,再就业人数,注册志愿者\n合计,30,500\n东湖社区,12,300\n西山社区,8,150\n北辰社区,9,50\n', '2024年3月.csv');
    expect(above.report.issues.filter((i) => i.code === 'subtotal-mismatch').map((i) => `${i.line}:${i.column} ${i.message}`)).toEqual([
      '2:2 第2行“合计”写在各行之上，其再就业人数为30，但其下的3行（自第3行起）之和为29，请核对',
    ]);
    // Rows below with an approximate value cannot be summed: the 合计 above them stays unchecked, and says why.
    const unknowable = importText('社区,再就业人数\n合计,20\n东湖社区,12\n西山社区,约8\n', '2024年3月.csv');
    expect(unknowable.report.issues.find((i) => i.code === 'subtotal-rows')!.message).toBe('第2行是小计/合计行，不作为社区导入；其所含的第4行的数值是约数（非确数），未能与各行之和精确核对');
    const rates = importText('社区,再就业率\n东湖社区,50%\n西山社区,40%\n合计,45%\n', '2024年3月.csv');
    expect(rates.report.issues.find((i) => i.code === 'subtotal-rows')!.message).toBe('第4行是小计/合计行，不作为社区导入；只有比率或百分比，不能相加，未核对');
    const approx = importText('社区,再就业人数\n东湖社区,12\n西山社区,约8\n合计,20\n', '2024年3月.csv');
    expect(approx.report.issues.find((i) => i.code === 'subtotal-rows')!.message).toBe('第4行是小计/合计行，不作为社区导入；其所含的第3行的数值是约数（非确数），未能与各行之和精确核对');
  });
});

describe('a long file\'s 合计 row with its 指标 cell blank', () => {
  it('among several metrics, is a total row, skipped with the note that it was not checked (no metric to check it against), never an error', () => {
    const text = '区,街道,社区,期间,指标,数值\n津南区,双港镇,红星社区,2024-03,再就业人数,12\n津南区,双港镇,红星社区,2024-03,注册志愿者,3\n津南区,双港镇,东湖社区,2024-03,再就业人数,20\n合计,,,2024-03,,1234\n';
    const r = importText(text);
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.dataset!.units.map((u) => u.name).sort()).toEqual(['东湖社区', '红星社区']);
    expect(r.report.issues.find((i) => i.code === 'subtotal-rows')!.message)
      .toBe('第5行是小计/合计行，不作为社区导入；其指标名称为空，不知是哪个指标的合计，未核对');
    // A community's row with no metric is still refused: only a total row is skipped.
    const community = importText(text.replace('合计,,,', '津南区,双港镇,西山社区,'));
    expect(community.report.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}@${i.line}`)).toEqual(['metric-missing@5']);
  });

  it('with only one metric in the rows above it, is that metric\'s total and checked against them', () => {
    const rows = '社区,期间,指标,数值\n红星社区,2024-03,再就业人数,12\n东湖社区,2024-03,再就业人数,20\n';
    const bad = importText(`${rows}合计,2024-03,,33\n`, 'a.csv');
    expect(bad.report.status).toBe('ok');
    expect(bad.report.issues.filter((i) => i.severity !== 'info').map((i) => [i.code, i.line, i.message]))
      .toEqual([['subtotal-mismatch', 4, '第4行“合计”的再就业人数为33，但其覆盖的2行（自第2行起）之和为32，请核对']]);
    const good = importText(`${rows}合计,2024-03,,32\n`, 'a.csv');
    expect(good.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(good.report.issues.find((i) => i.code === 'subtotal-rows')!.message).toBe('第4行是小计/合计行，不作为社区导入，已与其所含各行之和核对');
    // On top, before any metric is read, it stays unchecked as before.
    const top = importText(`社区,期间,指标,数值\n合计,2024-03,,33\n红星社区,2024-03,再就业人数,12\n东湖社区,2024-03,再就业人数,20\n`, 'a.csv');
    expect(top.report.issues.find((i) => i.code === 'subtotal-rows')!.message).toContain('不知是哪个指标的合计，未核对');
  });
});

describe('a long file\'s row whose 指标 cell is 合计 (总计, 小计)', () => {
  it('is the sum of the unit\'s metrics, no metric named 合计: skipped with a note naming its lines', () => {
    const text = '区,街道,社区,期间,指标,数值\n津南区,双港镇,红星社区,2024-03,再就业人数,12\n津南区,双港镇,红星社区,2024-03,下岗失业人员,8\n津南区,双港镇,红星社区,2024-03,合计,20\n津南区,双港镇,东湖社区,2024-03,总计,9\n';
    const r = importText(text);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.metrics.map((m) => m.zh).sort()).toEqual(['下岗失业人员', '再就业人数']);
    expect(r.report.issues.find((i) => i.code === 'metric-total-rows')!.message).toBe('第4-5行的指标是“合计”等各指标之和，不是一个指标，未导入');
    // A metric whose name starts with 合计 is a metric.
    expect(importText(text.replace(',合计,', ',合计人数,')).dataset!.metrics.map((m) => m.zh)).toContain('合计人数');
  });
});

describe('a long file\'s street or district total with its 社区 cell blank', () => {
  it('repeats the period and metric of the row above, so it is no merged cell: a subtotal, checked, never filled with the community above', () => {
    const head = '区,街道,社区,期间,指标,数值\n津南区,双港镇,红星社区,2024-03,再就业人数,12\n津南区,双港镇,东湖社区,2024-03,再就业人数,20\n';
    const r = importText(`${head}津南区,双港镇,,2024-03,再就业人数,32\n`);
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(r.report.issues.find((i) => i.code === 'subtotal-rows')!.message).toContain('已与其所含各行之和核对');
    const district = importText(`${head}津南区,,,2024-03,再就业人数,33\n`);
    expect(district.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(district.report.issues.map((i) => i.code)).toContain('subtotal-mismatch');
    // A community's cell merged over its metrics (another metric in the row below) is still filled from above.
    const merged = importText('区,街道,社区,期间,指标,数值\n津南区,双港镇,红星社区,2024-03,再就业人数,12\n津南区,双港镇,,2024-03,下岗失业人员,8\n');
    expect(merged.report.issues.map((i) => i.code)).toContain('forward-filled');
    expect(merged.dataset!.units.map((u) => u.name)).toEqual(['红星社区']);
  });
});

describe('a 合计 row with its 期间 cell blank', () => {
  const head = '街道,社区,期间,再就业人数,走访户数\n咸水沽镇,红星里社区,2025年一季度,5,40\n咸水沽镇,祥福里社区,2025年一季度,7,42\n';
  it('is the total of the period above: checked against it, and no blank period cell is reported as filled (it is no merged cell)', () => {
    const r = importText(`${head}合计,,,12,82\n`, '咸水沽镇季报.csv');
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(r.report.issues.find((i) => i.code === 'subtotal-rows')!.message).toContain('已与其所含各行之和核对');
    const wrong = importText(`${head}合计,,,13,82\n`, '咸水沽镇季报.csv');
    expect(wrong.report.issues.map((i) => i.code)).toContain('subtotal-mismatch');
    expect(wrong.report.issues.map((i) => i.code)).not.toContain('forward-filled');
  });

  it('a community row with its 期间 cell blank under a written one is still filled, and named', () => {
    const r = importText(`${head}咸水沽镇,东姜井社区,,3,30\n合计,,,15,112\n`, '咸水沽镇季报.csv');
    const filled = r.report.issues.filter((i) => i.code === 'forward-filled');
    expect(filled.map((i) => i.message)).toEqual(['第4行期间列为空（合并单元格），已由上方单元格填充，请核对']);
    expect(r.dataset!.obs.value.length).toBe(6);
  });

  it('a ditto mark in a 合计 row\'s 期间 cell is still said (it is written, not merged)', () => {
    const r = importText(`${head}合计,,〃,12,82\n`, '咸水沽镇季报.csv');
    expect(r.report.issues.map((i) => i.code)).not.toContain('forward-filled');
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});

describe('two tables side by side, each with its 合计 row on the same line', () => {
  it('each 合计 is checked against its own side\'s communities (was: both against all four, a mismatch warned for each right total)', () => {
    const r = importText('社区,常住人口,户数,,社区,常住人口,户数\n新华社区,3200,900,,和平社区,2000,600\n光明社区,4100,1100,,团结社区,1000,300\n合计,7300,2000,,合计,3000,901\n', '2024年6月.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset)).toHaveLength(8);
    const mismatches = r.report.issues.filter((i) => i.code === 'subtotal-mismatch');
    expect(mismatches.map((i) => `${i.line}:${i.column}`)).toEqual(['4:7']);
    expect(mismatches[0]!.message).toBe('第4行“合计”的户数为901，但其覆盖的2行（自第2行起）之和为900，请核对');
  });
});

describe('a 合计 under each group of rows, a 总计 under them all', () => {
  const mismatches = (text: string) => importText(text, '东湖街道2024年3月.csv').report.issues.filter((i) => i.code === 'subtotal-mismatch');

  it('合计 30 under 东湖社区 10, 西山社区 20, then 合计 12 under 北岸社区 5, 南岸社区 7, then 总计 42: each 合计 is its group\'s, said once; no mismatch', () => {
    const text = '社区,再就业人数\n东湖社区,10\n西山社区,20\n合计,30\n北岸社区,5\n南岸社区,7\n合计,12\n总计,42\n';
    const r = importText(text, '东湖街道2024年3月.csv');
    expect(r.report.issues.filter((i) => i.code === 'subtotal-mismatch')).toEqual([]);
    const said = r.report.issues.filter((i) => i.code === 'subtotal-group-total');
    expect(said.map((i) => `${i.severity}@${i.line}:${i.column}`)).toEqual(['info@7:2']);
    expect(said[0]!.message).toContain('第7行“合计”的再就业人数为12，是上一个合计行（第4行）之后第5-6行之和');
    expect(said[0]!.message).toContain('各行之和为42');
    expect(observations(r.dataset).map((o) => `${o.unit}=${o.value}`)).toEqual(['东湖社区=10', '北岸社区=5', '南岸社区=7', '西山社区=20'].sort((a, b) => a.localeCompare(b)));
  });

  it('two group 合计 and no 总计: the same', () => {
    expect(mismatches('社区,再就业人数\n东湖社区,10\n西山社区,20\n合计,30\n北岸社区,5\n南岸社区,7\n合计,12\n')).toEqual([]);
  });

  it('a second 合计 that is neither all rows nor its group\'s, and a 总计 that is not all rows, are still mismatches', () => {
    const m = mismatches('社区,再就业人数\n东湖社区,10\n西山社区,20\n合计,30\n北岸社区,5\n南岸社区,7\n合计,13\n总计,43\n');
    expect(m.map((i) => i.line)).toEqual([7, 8]);
    expect(m[0]!.message).toContain('之和为42');
  });
});

describe('a 小计 written above each group of rows', () => {
  const issues = (text: string, name = '东湖街道2024年3月.csv') => importText(text, name).report.issues;

  it('小计 30 over 东湖社区 10, 西山社区 20, 小计 5 over 南湖社区 5, 合计 35: each 小计 is checked against the rows below it, no mismatch', () => {
    const r = issues('社区,再就业人数\n小计,30\n东湖社区,10\n西山社区,20\n小计,5\n南湖社区,5\n合计,35\n');
    expect(r.filter((i) => i.code === 'subtotal-mismatch')).toEqual([]);
    expect(r.filter((i) => i.code === 'subtotal-rows').map((i) => i.message)).toEqual(['第2、5、7行是小计/合计行，不作为社区导入，已与其所含各行之和核对']);
  });

  it('with a street column (东湖街道,小计 above its communities, 合计 at the top): 南湖街道\'s 小计 is not compared with 东湖街道\'s rows', () => {
    const r = issues('街道,社区,再就业人数\n合计,,35\n东湖街道,小计,30\n东湖街道,东湖社区,10\n东湖街道,西山社区,20\n南湖街道,小计,5\n南湖街道,南湖社区,5\n', '河西区2024年3月.csv');
    expect(r.filter((i) => i.code === 'subtotal-mismatch')).toEqual([]);
  });

  it('a 小计 above its rows that is not their sum is a mismatch naming the rows below it', () => {
    const m = issues('社区,再就业人数\n小计,30\n东湖社区,10\n西山社区,20\n小计,6\n南湖社区,5\n').filter((i) => i.code === 'subtotal-mismatch');
    expect(m.map((i) => i.line)).toEqual([5]);
    expect(m[0]!.message).toBe('第5行“小计”写在各行之上，其再就业人数为6，但其下的1行（自第6行起）之和为5，请核对');
  });

  it('a 小计 above its rows with none below it to the table\'s end is said so, not as rows up to a next 小计 the file does not have', () => {
    const w = issues('社区,再就业人数\n小计,30\n东湖社区,10\n西山社区,20\n小计,5\n').filter((i) => i.code === 'subtotal-unchecked');
    expect(w.map((i) => `${i.line} ${i.message}`)).toEqual(['5 第5行“小计”写在各行之上，其再就业人数为5，但从它到表格末尾没有一行写了这一指标这一期的数值，无法核对：请核对是否漏填了数据，或删去这个数']);
  });

  it('a 小计 above its rows right over the next 小计 names that row', () => {
    const w = issues('社区,再就业人数\n小计,30\n小计,5\n南湖社区,5\n').filter((i) => i.code === 'subtotal-unchecked');
    expect(w.map((i) => `${i.line} ${i.message}`)).toEqual(['2 第2行“小计”写在各行之上，其再就业人数为30，但从它到第3行“小计”之间没有一行写了这一指标这一期的数值，无法核对：请核对是否漏填了数据，或删去这个数']);
  });
});

describe('a 合计 written above each group of rows', () => {
  const issues = (text: string) => importText(text, '东湖街道2024年3月.csv').report.issues;
  const codes = (text: string) => issues(text).filter((i) => i.code.startsWith('subtotal-') && i.code !== 'subtotal-rows');

  it.each([
    ['合计 30 over 东湖社区 10, 西山社区 20, 合计 12 over 北岸社区 5, 南岸社区 7', '社区,再就业人数\n合计,30\n东湖社区,10\n西山社区,20\n合计,12\n北岸社区,5\n南岸社区,7\n'],
    ['the same under a 总计 42 at the top', '社区,再就业人数\n总计,42\n合计,30\n东湖社区,10\n西山社区,20\n合计,12\n北岸社区,5\n南岸社区,7\n'],
  ])('%s: each 合计 is checked against the rows below it, no mismatch', (_n, text) => {
    expect(codes(text)).toEqual([]);
  });

  it('a second 合计 over a group it does not sum is a mismatch naming the rows below it', () => {
    const m = codes('社区,再就业人数\n合计,30\n东湖社区,10\n西山社区,20\n合计,13\n北岸社区,5\n南岸社区,7\n');
    expect(m.map((i) => `${i.code}@${i.line}`)).toEqual(['subtotal-mismatch@5']);
    expect(m[0]!.message).toBe('第5行“合计”写在各行之上，其再就业人数为13，但其下的2行（自第6行起）之和为12，请核对');
  });

  it('a 合计 42 on top of all rows and a 合计 under each group (30, 12): the groups\' 合计 are read as such, no mismatch', () => {
    const r = issues('社区,再就业人数\n合计,42\n东湖社区,10\n西山社区,20\n合计,30\n北岸社区,5\n南岸社区,7\n合计,12\n');
    expect(r.filter((i) => i.code === 'subtotal-mismatch')).toEqual([]);
    expect(r.filter((i) => i.code === 'subtotal-group-total').map((i) => i.line)).toEqual([8]);
  });

  it('a 合计 at the top and a wrong 合计 at the bottom keep today\'s mismatch', () => {
    const m = codes('社区,再就业人数\n合计,30\n东湖社区,10\n西山社区,20\n合计,31\n');
    expect(m.map((i) => i.message)).toEqual(['第5行“合计”的再就业人数为31，但其覆盖的2行（自第3行起）之和为30，请核对']);
  });
});
