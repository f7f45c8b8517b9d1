import { describe, expect, it } from 'vitest';
import { customMetric } from '../../../src/data/vocabulary/metric-catalog';

describe('customMetric: a rate is a ratio, never a flow (issue 15, class 2)', () => {
  it.each([
    ['入户率', '%', 'ratio'],
    ['出生率', '‰', 'ratio'],
    ['入户率', '', 'ratio'],
    ['党员占比', '', 'ratio'],
    ['老年人口比例', '', 'ratio'],
    ['绿化覆盖率（%）', '', 'ratio'],
    ['第三产业比重', '', 'ratio'],
    ['入户走访', '次', 'flow'],
    ['率先垂范活动', '场', 'flow'],
    ['比例尺', '', 'flow'],
    ['人均慰问金', '元/人', 'ratio'],
    ['户均人数', '人/户', 'ratio'],
    ['人均住房面积', '平方米', 'ratio'],
    ['平均年龄', '岁', 'ratio'],
    ['就业率增幅', '个百分点', 'ratio'],
    ['走访户数', '户', 'flow'],
  ])('%s (%s) → %s', (header, unit, kind) => {
    expect(customMetric(header, unit).kind).toBe(kind);
  });
});
