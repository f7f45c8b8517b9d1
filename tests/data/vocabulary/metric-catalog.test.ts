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
  ])('%s (%s) → %s', (header, unit, kind) => {
    expect(customMetric(header, unit).kind).toBe(kind);
  });
});
