/**
 * `单位：万元` over a metric of the office's own (项目经费): its amounts are held in 元, scaled, the
 * source text kept, as a catalogue money metric's are; so 项目经费 sent in 万元 one month and in 元
 * the next is one metric. A count of its own under the same row (走访户数) is no amount: not scaled.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { observations, utf8 } from './import-helpers';

const file = (name: string, text: string) => ({ name, bytes: utf8(text) });
const run = (...files: { name: string; bytes: Uint8Array }[]) => importFiles(files);
const values = (r: ReturnType<typeof run>) => observations(r.dataset).map((o) => `${o.period} ${o.metric} ${o.value} ${o.raw}`);

const inWan = [
  ['a unit row', '单位：万元,\n社区,项目经费\n东湖社区,2.5\n'],
  ['the title', '2024年3月经费统计表（单位：万元）,\n社区,项目经费\n东湖社区,2.5\n'],
  ['a unit row with 填报单位', '填报单位：咸水沽镇,单位：万元\n社区,项目经费\n东湖社区,2.5\n'],
] as const;
const inYuan = [
  ['a header in 元', '社区,项目经费（元）\n东湖社区,30000\n'],
  ['a long file with 单位 元', '社区,指标,数值,单位\n东湖社区,项目经费,30000,元\n'],
  ['a header with no unit', '社区,项目经费\n东湖社区,30000\n'],
] as const;

describe('单位：万元 over a custom amount metric', () => {
  for (const [where, wan] of inWan) {
    it.each(inYuan)(`in ${where}, then %s the next month: one metric in 元`, (_, yuan) => {
      const r = run(file('2024年3月.csv', wan), file('2024年4月.csv', yuan));
      expect(r.report.status).toBe('ok');
      expect(r.report.issues.filter((i) => i.code === 'metric-unit-differs' || i.code === 'conflicting-values')).toEqual([]);
      expect(r.dataset!.metrics.map((m) => [m.id, m.unit])).toEqual([['custom:项目经费', '元']]);
      expect(values(r)).toEqual(['2024-03 custom:项目经费 25000 2.5', '2024-04 custom:项目经费 30000 30000']);
    });
  }

  it('the same month sent in 万元 and again in 元 merges as one number', () => {
    const r = run(file('2024年3月甲.csv', inWan[0][1]), file('2024年3月乙.csv', '社区,项目经费（元）\n东湖社区,25000\n'));
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => o.value)).toEqual([25000]);
  });

  it.each(['活动经费', '补贴金额', '资助资金', '帮扶款'])('an amount of its own (%s) under 单位：万元 is scaled to 元', (name) => {
    const r = run(file('2024年3月.csv', `单位：万元,\n社区,${name}\n东湖社区,1.5\n`));
    expect(observations(r.dataset).map((o) => [o.metric, o.value, o.raw])).toEqual([[`custom:${name}`, 15000, '1.5']]);
    expect(r.dataset!.metrics[0]!.unit).toBe('元');
  });

  it('an approximate amount keeps its qualifier and text', () => {
    const r = run(file('2024年3月.csv', '单位：万元,\n社区,项目经费\n东湖社区,2万余\n东湖二社区,约3\n'));
    expect(observations(r.dataset).map((o) => [o.unit, o.value, o.qualifier, o.raw])).toEqual([
      ['东湖二社区', 30000, 'approx', '约3'], ['东湖社区', 20000, 'gt', '2万余'],
    ]);
  });

  // (The unit is the one its name counts in, never the table's 万元; none when the name gives none.)
  it.each([['走访户数', '户'], ['入户走访人次', '人次'], ['办理件数', '件'], ['资助人数', '人'], ['帮扶项目数', ''], ['发放资料份数', '份'],
    ['巡逻趟数', '趟'], ['发案起数', '起'], ['车辆数', '辆'], ['培训班次', '班次']])('a count of its own (%s) under 单位：万元 is no amount: kept as written, in %j', (name, unit) => {
    const r = run(file('2024年3月.csv', `单位：万元,,\n社区,项目经费,${name}\n东湖社区,2.5,12\n`));
    expect(observations(r.dataset).map((o) => `${o.metric} ${o.value}`).sort()).toEqual([`custom:${name} 12`, 'custom:项目经费 25000'].sort());
    expect(r.dataset!.metrics.find((m) => m.zh === name)!.unit).toBe(unit);
  });
});
