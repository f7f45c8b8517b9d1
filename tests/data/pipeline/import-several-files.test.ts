/**
 * Issue #3 item 6: several files at once, adding a month to an existing dataset, identical repeats
 * reported once, conflicting values blocking with both sources named.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { importText, issueCodes, observations, utf8 } from './import-helpers';

const jan = { name: '2024年1月.csv', bytes: utf8('社区,常住人口,户数\n东湖社区,100,40\n西山社区,200,80\n') };
const feb = { name: '2024年2月.csv', bytes: utf8('社区,常住人口,户数\n东湖社区,101,40\n西山社区,202,81\n') };

describe('several files', () => {
  it('two files at once (a month per file) merge into one dataset', () => {
    const r = importFiles([jan, feb]);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.periods).toEqual(['2024-01', '2024-02']);
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['东湖社区', '西山社区']);
    expect(r.dataset!.files.map((f) => f.name)).toEqual(['2024年1月.csv', '2024年2月.csv']);
    expect(r.report.counts).toMatchObject({ rowsIn: 4, imported: 4, merged: 0 });
    // Every observation keeps its source file and line.
    const o = r.dataset!.obs;
    const src = Array.from(o.value, (_v, i) => `${r.dataset!.files[o.file[i]!]!.name}:${o.line[i]}`);
    expect(new Set(src)).toEqual(new Set(['2024年1月.csv:2', '2024年1月.csv:3', '2024年2月.csv:2', '2024年2月.csv:3']));
  });

  it('adds a month to an existing dataset without touching it', () => {
    const first = importFiles([jan]).dataset!;
    const before = observations(first);
    const r = importFiles([feb], { existing: first });
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.id).toBe(first.id);
    expect(r.dataset!.periods).toEqual(['2024-01', '2024-02']);
    expect(observations(r.dataset).filter((x) => x.period === '2024-01')).toEqual(before);
    expect(observations(first)).toEqual(before);
    expect(r.report.counts).toMatchObject({ rowsIn: 2, imported: 2 });
  });

  it('identical repeated observations across files are kept once and reported once per file', () => {
    const again = { name: '1月补报.csv', bytes: utf8('社区,期间,常住人口\n东湖社区,2024-01,100\n西山社区,2024-01,200\n') };
    const r = importFiles([jan, again]);
    expect(r.report.status).toBe('ok');
    expect(r.report.counts).toMatchObject({ rowsIn: 4, imported: 2, merged: 2 });
    expect(r.report.observations).toBe(4);
    const info = r.report.issues.filter((i) => i.code === 'duplicate-merged');
    expect(info.map((i) => [i.file, i.line, i.message])).toEqual([
      ['1月补报.csv', 2, '第2-3行与已导入的数据完全相同（同一单位、期间、指标和数值），只保留一份'],
    ]);
    expect(r.report.rows.map((x) => [x.file, x.line, x.outcome])).toEqual([['1月补报.csv', 2, 'merged'], ['1月补报.csv', 3, 'merged']]);
  });

  it('the same file imported again onto an existing dataset says so once', () => {
    const first = importFiles([jan]).dataset!;
    const r = importFiles([jan], { existing: first });
    expect(r.report.status).toBe('ok');
    expect(issueCodes(r)).toEqual(expect.arrayContaining(['same-as-existing@0', 'duplicate-merged@2']));
    expect(r.report.issues.find((i) => i.code === 'same-as-existing')!.message).toContain('与已导入的数据相同');
    expect(r.dataset!.obs.value.length).toBe(first.obs.value.length);
  });

  it('conflicting values for the same unit, period and metric block and name both sources', () => {
    const other = { name: '1月更正.csv', bytes: utf8('社区,期间,常住人口\n西山社区,2024-01,250\n') };
    const r = importFiles([jan, other]);
    expect(r.report.status).toBe('blocked');
    expect(r.dataset).toBeNull();
    const e = r.report.issues.filter((i) => i.code === 'conflicting-values');
    expect(e.map((i) => [i.severity, i.file, i.line, i.column])).toEqual([['error', '1月更正.csv', 2, 3]]);
    expect(e[0]!.message).toBe('西山社区2024年1月的“常住人口”有两个不同的数值：2024年1月.csv第3行为200，1月更正.csv第2行为250。请核对后只保留一个');
    expect(r.report.rows).toEqual([{ file: '1月更正.csv', line: 2, outcome: 'rejected', reason: '与其他来源的数值冲突' }]);
  });

  it('a conflict with the existing dataset blocks and leaves it untouched', () => {
    const first = importFiles([jan]).dataset!;
    const r = importText('社区,期间,常住人口\n东湖社区,2024-01,999\n', 'x.csv', { existing: first });
    expect(r.report.status).toBe('blocked');
    expect(r.report.issues.find((i) => i.code === 'existing-conflict')!.message).toContain('已有数据（2024年1月.csv第2行）为100，本次导入的x.csv第2行为999');
    expect(observations(first).find((o) => o.unit === '东湖社区' && o.metric === 'residents')!.value).toBe(100);
  });
});

describe('a resent month with blank cells (issue 15, class 7)', () => {
  const sent = { name: '2024年1月.csv', bytes: utf8('社区,常住人口,户数\n东湖社区,100,40\n西山社区,200,80\n') };
  const resent = { name: '2024年1月（更新）.csv', bytes: utf8('社区,常住人口,户数\n东湖社区,100,—\n西山社区,,80\n') };
  const values = (r: ReturnType<typeof importFiles>): string[] => observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}|${o.raw}`);

  it('keeps the numbers sent before, with a warning naming both files and lines (not a blocking conflict)', () => {
    const r = importFiles([sent, resent]);
    expect(r.report.status).toBe('ok');
    expect(values(r)).toEqual(['东湖社区|households|40|40', '东湖社区|residents|100|100', '西山社区|households|80|80', '西山社区|residents|200|200']);
    const kept = r.report.issues.filter((i) => i.code === 'resent-blank-kept');
    expect(kept.map((i) => `${i.severity}@${i.file}:${i.line}:${i.column}`)).toEqual(['warning@2024年1月（更新）.csv:2:3', 'warning@2024年1月（更新）.csv:3:2']);
    expect(kept[0]!.message).toBe('东湖社区2024年1月的“户数”在2024年1月（更新）.csv第2行为“—”，已保留2024年1月.csv第2行的数值40；如该项确实应为空，请删除旧数据后重新导入');
    expect(kept[1]!.message).toContain('第3行为空，已保留2024年1月.csv第3行的数值200');
    expect(r.report.rows.filter((x) => x.file === '2024年1月（更新）.csv').map((x) => `${x.line}:${x.outcome}:${x.reason}`))
      .toEqual(['2:merged:重发的数值为空，保留了先前的数值', '3:merged:重发的数值为空，保留了先前的数值']);
  });

  it('the same onto an existing dataset: the dataset keeps its numbers', () => {
    const first = importFiles([sent]).dataset!;
    const r = importFiles([resent], { existing: first });
    expect(r.report.status).toBe('ok');
    expect(values(r)).toEqual(values(importFiles([sent])));
    expect(issueCodes(r, 'warning')).toEqual(['resent-blank-kept@2', 'resent-blank-kept@3']);
  });

  it('a blank sent first and filled in later takes the new number (with its raw text and source), with a warning', () => {
    const blank = { name: '2024年1月.csv', bytes: utf8('社区,常住人口\n东湖社区,100\n西山社区,暂无\n') };
    const filled = { name: '2024年1月（补报）.csv', bytes: utf8('社区,常住人口\n东湖社区,100\n西山社区,"1,200"\n') };
    for (const r of [importFiles([blank, filled]), importFiles([filled], { existing: importFiles([blank]).dataset! })]) {
      expect(r.report.status).toBe('ok');
      const west = observations(r.dataset).find((o) => o.unit === '西山社区')!;
      expect(west).toMatchObject({ value: 1200, raw: '1,200', line: 3, qualifier: 'exact' });
      const ds = r.dataset!;
      const at = Array.from(ds.obs.unit).findIndex((u) => ds.units[u]!.name === '西山社区');
      expect(ds.files[ds.obs.file[at]!]!.name).toBe('2024年1月（补报）.csv');
      const w = r.report.issues.find((i) => i.code === 'resent-blank-filled')!;
      expect(w).toMatchObject({ severity: 'warning', file: '2024年1月（补报）.csv', line: 3 });
      expect(w.message).toContain('在2024年1月.csv第3行为“暂无”，2024年1月（补报）.csv第3行补报为1,200');
    }
  });

  it('a changed number is still a blocking conflict', () => {
    const changed = { name: '2024年1月（更新）.csv', bytes: utf8('社区,常住人口,户数\n东湖社区,100,0\n西山社区,200,80\n') };
    const r = importFiles([sent, changed]);
    expect(r.report.status).toBe('blocked');
    expect(issueCodes(r, 'error')).toEqual(['conflicting-values@2']);
  });
});

describe('a month and a quarter in different files (issue 15, class 7)', () => {
  const month = (m: number, v: number) => ({ name: `2024年${m}月.csv`, bytes: utf8(`社区,再就业人数\n东湖社区,${v}\n`) });
  const quarter = { name: '2024年第一季度.csv', bytes: utf8('社区,再就业人数\n东湖社区,50\n') };

  it('warns on the quarter with both numbers and every month\'s file and line', () => {
    const r = importFiles([month(1, 10), month(2, 12), month(3, 8), quarter]);
    const w = r.report.issues.filter((i) => i.code === 'period-sum-mismatch');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', file: '2024年第一季度.csv', line: 2 });
    expect(w[0]!.message).toBe('第2行：“东湖社区”2024年第一季度的再就业人数为50，但同一社区各月（2024年1月.csv第2行、2024年2月.csv第2行、2024年3月.csv第2行）之和为30，两者不一致；请核对哪一个正确');
  });

  it('also when the months are already in the dataset and the quarter comes later', () => {
    const months = importFiles([month(1, 10), month(2, 12), month(3, 8)]).dataset!;
    const r = importFiles([quarter], { existing: months });
    expect(issueCodes(r, 'warning')).toEqual(['period-sum-mismatch@2']);
    const agree = importFiles([{ ...quarter, bytes: utf8('社区,再就业人数\n东湖社区,30\n') }], { existing: months });
    expect(issueCodes(agree, 'warning')).toEqual([]);
  });
});

describe('a year to date (1-3月累计) beside its months or quarters', () => {
  const month = (m: number, v: number) => ({ name: `2024年${m}月.csv`, bytes: utf8(`社区,再就业人数\n东湖社区,${v}\n`) });
  const toDate = (months: number, v: number) => ({ name: `2024年1-${months}月累计.csv`, bytes: utf8(`社区,再就业人数\n东湖社区,${v}\n`) });

  it('warns on the 累计 file when its months add up to another number, naming each month\'s file and line', () => {
    const r = importFiles([month(1, 10), month(2, 12), month(3, 8), toDate(3, 99)]);
    const w = r.report.issues.filter((i) => i.code === 'period-sum-mismatch');
    expect(w.map((i) => `${i.file}:${i.line}`)).toEqual(['2024年1-3月累计.csv:2']);
    expect(w[0]!.message).toBe('第2行：“东湖社区”2024年1-3月累计的再就业人数为99，但同一社区各月（2024年1月.csv第2行、2024年2月.csv第2行、2024年3月.csv第2行）之和为30，两者不一致；请核对哪一个正确');
  });

  it('says nothing when they agree, or when a month is missing; checks 1-6月累计 against two quarters', () => {
    expect(importFiles([month(1, 10), month(2, 12), month(3, 8), toDate(3, 30)]).report.issues.filter((i) => i.code === 'period-sum-mismatch')).toEqual([]);
    expect(importFiles([month(1, 10), month(3, 8), toDate(3, 99)]).report.issues.filter((i) => i.code === 'period-sum-mismatch')).toEqual([]);
    const quarters = [1, 2].map((q) => ({ name: `2024年第${q === 1 ? '一' : '二'}季度.csv`, bytes: utf8(`社区,再就业人数\n东湖社区,${q * 10}\n`) }));
    const r = importFiles([...quarters, toDate(6, 31)]);
    expect(r.report.issues.filter((i) => i.code === 'period-sum-mismatch').map((i) => i.message)).toEqual([
      expect.stringContaining('2024年1-6月累计的再就业人数为31，但同一社区各季度'),
    ]);
  });
});

describe('a year to date that is one whole period (1-3月累计 and 第一季度, 1-12月累计 and the year)', () => {
  const file = (name: string, v: number) => ({ name, bytes: utf8(`社区,再就业人数\n东湖社区,${v}\n`) });
  const mismatches = (files: ReturnType<typeof file>[]) => importFiles(files).report.issues.filter((i) => i.code === 'period-sum-mismatch');

  it('1-12月累计 is compared with the year: the warning names both periods, with no sum of one number', () => {
    const w = mismatches([file('2024年.csv', 120), file('2024年1-12月累计.csv', 118)]);
    expect(w.map((i) => `${i.file}:${i.line}`)).toEqual(['2024年1-12月累计.csv:2']);
    expect(w[0]!.message).toBe('第2行：“东湖社区”2024年1-12月累计的再就业人数为118，但同一社区2024年（2024年.csv第2行）为120，同一时段的两个数不一致；请核对哪一个正确');
    expect(mismatches([file('2024年.csv', 120), file('2024年1-12月累计.csv', 120)])).toEqual([]);
  });

  it('1-3月累计 beside 第一季度 says the quarter, not 各季度之和', () => {
    const w = mismatches([file('2024年第一季度.csv', 30), file('2024年1-3月累计.csv', 31)]);
    expect(w.map((i) => i.message)).toEqual(['第2行：“东湖社区”2024年1-3月累计的再就业人数为31，但同一社区2024年第一季度（2024年第一季度.csv第2行）为30，同一时段的两个数不一致；请核对哪一个正确']);
  });
});

describe('the same file chosen twice', () => {
  it('the note names the earlier file it repeats, and its rows merge', () => {
    const text = '社区,期间,户数\n东湖社区,2024-03,10\n西山社区,2024-03,12\n';
    const r = importFiles([{ name: '东湖社区-2024年3月.csv', bytes: utf8(text) }, { name: '东湖社区-2024年3月(1).csv', bytes: utf8(text) }]);
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.find((i) => i.code === 'same-file')).toMatchObject({ file: '东湖社区-2024年3月(1).csv', message: '该文件与本次导入的“东湖社区-2024年3月.csv”内容完全相同' });
    expect(r.report.counts).toMatchObject({ imported: 2, merged: 2 });
  });
});

describe('the name of a new dataset from several files', () => {
  const csv = utf8('社区,期间,户数\n东湖社区,2024-03,10\n');
  it('is the period every file name gives, with the count', () => {
    const r = importFiles([{ name: '东湖社区-2024年3月.csv', bytes: csv }, { name: '光明社区2024年3月报表.csv', bytes: csv }, { name: '3月/西湖社区-2024.3.csv', bytes: csv }]);
    expect(r.dataset!.name).toBe('2024年3月（3个文件）');
  });
  it('is the first file’s name and the count when their periods differ or are not named', () => {
    expect(importFiles([{ name: '东湖社区-2024年3月.csv', bytes: csv }, { name: '东湖社区-2024年4月.csv', bytes: csv }]).dataset!.name).toBe('东湖社区-2024年3月 等2个文件');
    expect(importFiles([{ name: '东湖.csv', bytes: csv }, { name: '西湖.csv', bytes: csv }]).dataset!.name).toBe('东湖 等2个文件');
    expect(importFiles([{ name: '东湖社区-2024年3月.csv', bytes: csv }]).dataset!.name).toBe('东湖社区-2024年3月');
  });
});

describe('a month appended to a dataset: communities missing from it, and new ones', () => {
  const month = (m: string, rows: [string, number][]) => utf8(`社区,期间,户数\n${rows.map(([u, v]) => `${u},${m},${v}`).join('\n')}\n`);
  const base = importFiles([{ name: '双林街道-2024年3月.csv', bytes: month('2024-03', [['东湖社区', 10], ['光明社区', 11], ['幸福里社区', 12]]) }]).dataset!;

  it('a community the month before had is missing (a warning), a new one is noted', () => {
    const r = importFiles([{ name: '双林街道-2024年4月.csv', bytes: month('2024-04', [['东湖社区', 10], ['幸福里社区', 12], ['春竹轩社区', 5]]) }], { existing: base });
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.filter((i) => i.code.startsWith('append-units-')).map((i) => [i.severity, i.code, i.file, i.message])).toEqual([
      ['warning', 'append-units-missing', '双林街道-2024年4月.csv', '2024年4月没有光明社区的数据（2024年3月有）。如尚未报送，补报后可再用“追加到当前数据”导入'],
      ['info', 'append-units-new', '双林街道-2024年4月.csv', '2024年4月新出现春竹轩社区（此前各期没有），请核对是新设的社区，还是名称的写法与以前不同'],
    ]);
  });

  it('says nothing when every community is there, or when the month is not new', () => {
    const all = importFiles([{ name: '4月.csv', bytes: month('2024-04', [['东湖社区', 1], ['光明社区', 2], ['幸福里社区', 3]]) }], { existing: base });
    expect(all.report.issues.filter((i) => i.code.startsWith('append-units-'))).toEqual([]);
    const again = importFiles([{ name: '3月补报.csv', bytes: month('2024-03', [['东湖社区', 10]]) }], { existing: base });
    expect(again.report.issues.filter((i) => i.code.startsWith('append-units-'))).toEqual([]);
  });
});

describe('a community under another street the next month', () => {
  const head = '街道,社区,常住人口\n';
  const jan = { name: '津南区2024年1月.csv', bytes: utf8(`${head}咸水沽镇,祥福里社区,5000\n咸水沽镇,红星里社区,4000\n`) };
  const feb = { name: '津南区2024年2月.csv', bytes: utf8(`${head}双港镇,祥福里社区,5001\n咸水沽镇,红星里社区,4001\n`) };

  it('is two units with a warning naming both streets, files and lines (in one import and when appended)', () => {
    const expected = '“祥福里社区”2024年1月属于咸水沽镇（津南区2024年1月.csv第2行），2024年2月属于双港镇（津南区2024年2月.csv第2行），两处从未在同一期同时出现，已按两个社区分别统计。如是同一个社区写错了街道（镇），请改正后重新导入';
    const r = importFiles([jan, feb]);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => `${u.parent}/${u.name}`)).toEqual(['咸水沽镇/祥福里社区', '咸水沽镇/红星里社区', '双港镇/祥福里社区']);
    expect(r.report.issues.filter((i) => i.code === 'unit-street-changed').map((i) => `${i.file}:${i.line} ${i.message}`)).toEqual([`津南区2024年2月.csv:2 ${expected}`]);
    const appended = importFiles([feb], { existing: importFiles([jan]).dataset! });
    expect(appended.report.issues.filter((i) => i.code === 'unit-street-changed').map((i) => i.message)).toEqual([expected]);
  });

  it('says nothing of two communities of one name that both have data in a month, or of the dataset already holding the pair', () => {
    const both = { name: '津南区2024年3月.csv', bytes: utf8(`${head}咸水沽镇,祥福里社区,5002\n双港镇,祥福里社区,300\n`) };
    expect(importFiles([jan, both]).report.issues.map((i) => i.code)).not.toContain('unit-street-changed');
    const moved = importFiles([jan, feb]).dataset!;
    const mar = { name: '津南区2024年3月.csv', bytes: utf8(`${head}咸水沽镇,红星里社区,4002\n`) };
    expect(importFiles([mar], { existing: moved }).report.issues.map((i) => i.code)).not.toContain('unit-street-changed');
  });
});

describe('an amount in 万元 without the unit beside files in 元', () => {
  const month = (m: number, header: string, values: number[]) => ({
    name: `咸水沽镇2024年${m}月.csv`, bytes: utf8(`社区,${header}\n${values.map((v, k) => `${['祥福里社区', '红星里社区', '红旗楼社区'][k]},${v}`).join('\n')}\n`),
  });
  const jan = month(1, '慰问救助金额', [12000, 13000, 14000]);

  it('is kept as written, with a warning naming the file, its line and both typical amounts (also when appended)', () => {
    const feb = month(2, '慰问救助金额', [1.3, 1.4, 1.5]);
    const expected = '咸水沽镇2024年2月.csv:2 “慰问救助金额”在本文件的数值（如第2行的1.3）只有其他文件的约万分之一（其他文件一般为13000元），很可能单位是万元而表头没有注明；已按元记录。如单位是万元，请在表头或项目中写明“（万元）”后重新导入';
    const r = importFiles([jan, feb]);
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).filter((o) => o.period === '2024-02').map((o) => o.value).sort()).toEqual([1.3, 1.4, 1.5]);
    const said = (x: typeof r): string[] => x.report.issues.filter((i) => i.code === 'yuan-looks-wanyuan').map((i) => `${i.file}:${i.line} ${i.message}`);
    expect(said(r)).toEqual([expected]);
    expect(said(importFiles([feb], { existing: importFiles([jan]).dataset! }))).toEqual([expected]);
  });

  it('when the data already saved is the one in 万元 unsaid, the file added in 元 brings a warning naming the saved file', () => {
    const small = month(1, '慰问救助金额', [1.2, 1.3, 1.4]);
    const feb = month(2, '慰问救助金额', [12000, 13000, 14000]);
    const r = importFiles([feb], { existing: importFiles([small]).dataset! });
    const said = r.report.issues.filter((i) => i.code === 'yuan-looks-wanyuan');
    expect(said.map((i) => `${i.file}:${i.line}`)).toEqual(['咸水沽镇2024年1月.csv:2']);
    expect(said[0]!.message).toBe('“慰问救助金额”在已有数据的咸水沽镇2024年1月.csv中的数值（如第2行的1.2）只有本次导入的文件的约万分之一（一般为13000元），很可能那个文件的单位是万元而表头没有注明；已按元记录。如单位是万元，请在那个文件的表头写明“（万元）”后重新导入它');
    // Saved files already set beside each other were warned about when imported: not again.
    const both = importFiles([small, month(3, '慰问救助金额', [11000, 12000, 13000])]).dataset!;
    expect(importFiles([feb], { existing: both }).report.issues.filter((i) => i.code === 'yuan-looks-wanyuan')).toEqual([]);
  });

  it('says nothing when the header says 万元, or of amounts that differ as communities do', () => {
    const codes = (x: ReturnType<typeof importFiles>): string[] => x.report.issues.map((i) => i.code);
    expect(codes(importFiles([jan, month(2, '慰问救助金额（万元）', [1.3, 1.4, 1.5])]))).not.toContain('yuan-looks-wanyuan');
    expect(codes(importFiles([jan, month(2, '慰问救助金额', [800, 26000, 300])]))).not.toContain('yuan-looks-wanyuan');
  });
});
