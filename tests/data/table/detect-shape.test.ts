import { describe, expect, it } from 'vitest';
import { detectShape } from '../../../src/data/table/detect-shape';

const cols = (names: string[]) => names.map((name, index) => ({ index, name }));

describe('detectShape', () => {
  it.each([
    ['long', ['街道', '社区', '期间', '指标', '数值', '单位'], 'long'],
    ['wide with period column', ['社区', '期间', '再就业人数'], 'wide'],
    ['transposed', ['指标', '东湖社区', '西山社区'], 'transposed'],
    ['normalised CSV headers', ['code', 'district', 'parent', 'unit', 'period', 'metric', 'value', 'qualifier', 'raw', 'file', 'line'], 'long'],
  ])('%s', (_n, names, kind) => {
    const r = detectShape(cols(names), { file: '2024年3月.csv' });
    expect(r.shape?.kind).toBe(kind);
  });

  it('bare 单位 after 数值 is the measure unit; otherwise the unit name', () => {
    const long = detectShape(cols(['社区', '期间', '指标', '数值', '单位']), { file: 'a.csv' }).shape!;
    expect([long.unit, long.measureUnit]).toEqual([0, 4]);
    const wide = detectShape(cols(['单位', '人口']), { file: '2024.csv' }).shape!;
    expect([wide.unit, wide.measureUnit]).toEqual([0, -1]);
  });

  it('maps metric headers, with scale and header periods', () => {
    const s = detectShape(cols(['社区', '再就业人数', '金额（万元）', '常住人口/2023']), { file: '2024年.csv' }).shape!;
    expect(s.measures.map((m) => [m.metric.id, m.scale, m.period ?? ''])).toEqual([
      ['reemployed', 1, ''], ['custom:金额', 10000, ''], ['residents', 1, '2023'],
    ]);
  });

  it('takes the period from the caption before the file name, else blocks', () => {
    const s = detectShape(cols(['社区', '人口']), { file: '2024年3月.csv', caption: '2024年上半年社区统计表' }).shape!;
    expect(s.filePeriod).toEqual({ key: '2024-H1', cumulative: false, source: 'caption' });
    const blocked = detectShape(cols(['社区', '人口']), { file: 'data.csv' });
    expect(blocked.shape).toBeNull();
    expect(blocked.issues.map((i) => [i.code, i.severity])).toEqual([['no-period', 'error']]);
  });
});
