// @vitest-environment node
/**
 * Units communities write in a header's bracket (巡逻次数（趟）, 巡逻里程（公里）, 绿化面积（㎡）), in
 * each way they write them (full- and half-width brackets, `/趟`, `（单位：趟）`, a units row under
 * the header, a long file's 单位 column): the unit is the metric's, and the name without it meets
 * the same name written without the unit, or with the unit spelled another way (千米 and 公里), as
 * one metric. Two units that cannot be one (米 and 公里) are two metrics, with a warning.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { observations, utf8 } from './import-helpers';
import { book } from './workbook-helpers';

type In = readonly [name: string, bytes: Uint8Array];
const csv = (name: string, text: string): In => [name, utf8(text)];
const run = (...files: In[]) => importFiles(files.map(([name, bytes]) => ({ name, bytes })), { workbookLib: XLSX });
const metrics = (r: ReturnType<typeof run>) => r.dataset!.metrics.map((m) => `${m.zh}:${m.unit}`);
const values = (r: ReturnType<typeof run>) => observations(r.dataset).map((o) => `${o.period} ${o.metric} ${o.value}`);

describe('a unit written in a header bracket', () => {
  it.each([
    ['巡逻次数（趟）', '趟'], ['巡逻次数(趟)', '趟'], ['巡逻次数/趟', '趟'], ['巡逻次数（单位：趟）', '趟'], ['巡逻次数 （趟） ', '趟'],
    ['巡逻次数【趟】', '趟'], ['巡逻次数[趟]', '趟'],
  ])('%j is the metric 巡逻次数 in %s, and meets 巡逻次数 written bare in the next month', (header, unit) => {
    const r = run(csv('2024年1月.csv', `社区,${header}\n东湖社区,5\n`), csv('2024年2月.csv', '社区,巡逻次数\n东湖社区,6\n'));
    expect(r.report.status).toBe('ok');
    expect(metrics(r)).toEqual([`巡逻次数:${unit}`]);
    expect(values(r)).toEqual(['2024-01 custom:巡逻次数 5', '2024-02 custom:巡逻次数 6']);
  });

  it.each([
    ['发放宣传资料（份）', '份'], ['张贴海报（张）', '张'], ['发放图书（本）', '本'], ['图书（册）', '册'], ['配备电脑（台）', '台'],
    ['巡逻车（辆）', '辆'], ['活动室（间）', '间'], ['健身器材（套）', '套'], ['整改隐患（处）', '处'], ['植树（棵）', '棵'], ['补种花卉（株）', '株'],
    ['调解纠纷（件）', '件'], ['发案（起）', '起'], ['走访（户次）', '户次'], ['巡逻里程（公里）', '公里'], ['巡逻里程（千米）', '公里'],
    ['巡逻里程（km）', '公里'], ['清理河道（米）', '米'], ['垃圾清运量（吨）', '吨'], ['回收旧衣（公斤）', '公斤'], ['回收旧衣（千克）', '公斤'],
    ['回收旧衣（kg）', '公斤'], ['回收旧衣（斤）', '斤'], ['绿化面积（㎡）', '平方米'], ['绿化面积（m²）', '平方米'], ['绿化面积（m2）', '平方米'],
    ['耕地面积（亩）', '亩'], ['林地（公顷）', '公顷'], ['通话时长（分钟）', '分钟'], ['活动天数（日）', '天'], ['出生率（‰）', '‰'],
    ['巡逻（趟次）', '趟次'], ['培训时长（h）', '小时'], ['通话时长（min）', '分钟'], ['绿化面积（万平方米）', '平方米'], ['垃圾清运量（万吨）', '吨'],
  ])('%j reads as its name in %s', (header, unit) => {
    const r = run(csv('2024年1月.csv', `社区,${header}\n东湖社区,5\n`));
    expect(r.report.status).toBe('ok');
    const name = header.replace(/（.*）$/, '');
    expect(metrics(r)).toEqual([`${name}:${unit}`]);
  });

  it('万平方米 and 万吨 scale the value to 平方米 and 吨', () => {
    const r = run(csv('2024年1月.csv', '社区,绿化面积（万平方米）,垃圾清运量（万吨）\n东湖社区,1.5,0.2\n'));
    expect(values(r)).toEqual(['2024-01 custom:垃圾清运量 2000', '2024-01 custom:绿化面积 15000']);
  });

  it('千米 and 公里, kg and 公斤, ㎡ and 平方米 are one unit: the months of the metric are one series, with no word', () => {
    const r = run(csv('2024年1月.csv', '社区,巡逻里程（千米）,绿化面积（㎡）\n东湖社区,5,100\n'), csv('2024年2月.csv', '社区,巡逻里程(公里),绿化面积（平方米）\n东湖社区,6,120\n'));
    expect(metrics(r)).toEqual(['巡逻里程:公里', '绿化面积:平方米']);
    expect(r.report.issues.map((i) => i.code)).not.toContain('metric-unit-differs');
  });

  it('a table\'s unit row (单位：千米) names the unit as a header\'s bracket does: 公里, one series with （公里）', () => {
    const r = run(csv('2024年1月.csv', '单位：千米\n社区,巡逻里程\n东湖社区,5\n'), csv('2024年2月.csv', '社区,巡逻里程（公里）\n东湖社区,6\n'));
    expect(metrics(r)).toEqual(['巡逻里程:公里']);
    expect(r.report.issues.map((i) => i.code)).not.toContain('metric-unit-differs');
  });

  it('米 and 公里 are not one unit: two metrics, with the warning that says so', () => {
    const r = run(csv('2024年1月.csv', '社区,巡逻里程（公里）\n东湖社区,5\n'), csv('2024年2月.csv', '社区,巡逻里程（米）\n东湖社区,6000\n'));
    expect(metrics(r)).toEqual(['巡逻里程:公里', '巡逻里程（米）:米']);
    expect(r.report.issues.filter((i) => i.code === 'metric-unit-differs').map((i) => [i.file, i.column])).toEqual([['2024年2月.csv', 2]]);
  });

  it('a units row under the header (趟, 份, 千米) is read as the columns\' units, not as a community without a name', () => {
    const r = run(csv('2024年1月.csv', '社区,巡逻次数,宣传资料,巡逻里程\n,趟,份,千米\n东湖社区,5,7,3\n'));
    expect(r.report.status).toBe('ok');
    expect(metrics(r)).toEqual(['巡逻次数:趟', '宣传资料:份', '巡逻里程:公里']);
    expect(r.report.issues.map((i) => i.code)).toContain('units-under-header');
    expect(r.report.issues.map((i) => i.code)).not.toContain('unit-name-missing');
  });

  it('a long file: 巡逻次数 with 趟 in its 单位 column meets 巡逻次数（趟） with the 单位 cell blank; 千米 there is 公里', () => {
    const r = run(csv('巡逻.csv', '社区,期间,指标,数值,单位\n东湖社区,2024-01,巡逻次数,5,趟\n东湖社区,2024-01,巡逻里程,3,千米\n东湖社区,2024-02,巡逻次数（趟）,6,\n东湖社区,2024-02,巡逻里程（公里）,4,\n'));
    expect(r.report.status).toBe('ok');
    expect(metrics(r)).toEqual(['巡逻次数:趟', '巡逻里程:公里']);
    expect(values(r)).toEqual(['2024-01 custom:巡逻次数 5', '2024-01 custom:巡逻里程 3', '2024-02 custom:巡逻次数 6', '2024-02 custom:巡逻里程 4']);
  });

  it('a workbook whose months write the unit in and out of the header meet as one metric', () => {
    const jan = book([['1月', [['社区', '巡逻次数（趟）', '宣传资料（份）'], ['东湖社区', 5, 7]]]]);
    const feb = book([['2月', [['社区', '巡逻次数', '宣传资料 (份)'], ['东湖社区', 6, 8]]]]);
    const r = run(['2024年1月.xlsx', jan], ['2024年2月.xlsx', feb]);
    expect(r.report.status).toBe('ok');
    expect(metrics(r)).toEqual(['巡逻次数:趟', '宣传资料:份']);
  });
});

describe('a unit per something (元/人, 人/户, 万元/户)', () => {
  const kinds = (r: ReturnType<typeof run>) => r.dataset!.metrics.map((m) => `${m.zh}:${m.unit}:${m.kind}`);

  it('is the metric\'s unit, and the metric is a ratio (never summed over months or communities), meeting the bare name', () => {
    const r = run(csv('2024年1月.csv', '社区,人均慰问金（元/人）,户均人数（人/户）\n东湖社区,200,2.5\n'), csv('2024年2月.csv', '社区,人均慰问金,户均人数\n东湖社区,210,2.6\n'));
    expect(r.report.status).toBe('ok');
    expect(kinds(r)).toEqual(['人均慰问金:元/人:ratio', '户均人数:人/户:ratio']);
    expect(values(r)).toEqual(['2024-01 custom:人均慰问金 200', '2024-01 custom:户均人数 2.5', '2024-02 custom:人均慰问金 210', '2024-02 custom:户均人数 2.6']);
  });

  it('万元/户 is 元/户, scaled', () => {
    const r = run(csv('2024年1月.csv', '社区,户均帮扶资金（万元/户）\n东湖社区,0.5\n'));
    expect(kinds(r)).toEqual(['户均帮扶资金:元/户:ratio']);
    expect(values(r)).toEqual(['2024-01 custom:户均帮扶资金 5000']);
  });

  it('on a catalogue metric\'s name (慰问金（元/人）) is no amount paid: a metric of its own, never 慰问救助金额', () => {
    const r = run(csv('2024年1月.csv', '社区,慰问金（元/人）\n东湖社区,200\n'));
    expect(kinds(r)).toEqual(['慰问金（元/人）:元/人:ratio']);
  });

  it('in a long file\'s 单位 column, on a catalogue metric\'s name, the same', () => {
    const r = run(csv('2024年1月.csv', '社区,指标,数值,单位\n东湖社区,慰问金,200,元/人\n东湖社区,人均慰问金,200,元/人\n'));
    expect(kinds(r)).toEqual(['慰问金（元/人）:元/人:ratio', '人均慰问金:元/人:ratio']);
  });
});

describe('a 其中 part that names its own unit', () => {
  it('其中：女（人） is the part 其中：女 in 人, meeting it written without the unit', () => {
    for (const [jan, feb] of [
      ['社区,再就业人数,其中：女\n东湖社区,5,3\n', '社区,再就业人数（人）,其中：女（人）\n东湖社区,6,2\n'],
      ['社区,指标,数值\n东湖社区,再就业人数,5\n东湖社区,其中：女,3\n', '社区,指标,数值\n东湖社区,再就业人数,6\n东湖社区,其中：女（人）,2\n'],
    ] as const) {
      const r = run(csv('2024年1月.csv', jan), csv('2024年2月.csv', feb));
      expect(metrics(r)).toEqual(['再就业人数:人', '再就业人数（其中：女）:人']);
    }
  });

  it('a count under an amount in 万元 is in its own unit, not scaled by the whole\'s 万 (column, and long row with its 单位 cell blank)', () => {
    for (const text of [
      '社区,慰问救助金额（万元）,其中：慰问人次（人次）\n东湖社区,1.5,30\n',
      '社区,指标,数值,单位\n东湖社区,慰问救助金额,1.5,万元\n东湖社区,其中：慰问人次（人次）,30,\n',
    ]) {
      const r = run(csv('2024年1月.csv', text));
      expect(metrics(r)).toEqual(['慰问救助金额:元', '慰问救助金额（其中：慰问人次）:人次']);
      expect(values(r)).toEqual(['2024-01 aid_amount 15000', '2024-01 custom:慰问救助金额（其中：慰问人次） 30']);
    }
  });

  it('a part in 万元 under a whole in 万元 is scaled as before', () => {
    const r = run(csv('2024年1月.csv', '社区,慰问救助金额（万元）,其中：低保户（万元）\n东湖社区,1.5,0.5\n'));
    expect(values(r)).toEqual(['2024-01 aid_amount 15000', '2024-01 custom:慰问救助金额（其中：低保户） 5000']);
  });

  it('a part in another unit than its whole is not checked against it (30000人次 is not more than 15000元)', () => {
    const r = run(csv('2024年1月.csv', '社区,慰问救助金额（万元）,其中：慰问人次（人次）\n东湖社区,1.5,30000\n'));
    expect(r.report.issues.map((i) => i.code)).not.toContain('part-over-whole');
  });
});
