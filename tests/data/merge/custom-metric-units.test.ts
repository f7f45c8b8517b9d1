/**
 * A metric of the office's own (not in the catalogue) written with a unit in one file and another
 * unit in the next (走访次数（次） in 1月, 走访次数（户） in 2月): 5户 is not 5次, so the two are
 * two series, the later one named with its unit and warned about at its column, whether the files
 * come in one import or the second is added onto saved data.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { observations, utf8 } from '../pipeline/import-helpers';

const month = (m: number, header: string, v: number) => ({ name: `2024年${m}月.csv`, bytes: utf8(`社区,常住人口,${header}\nA社区,100,${v}\n`) });
const jan = month(1, '走访次数（次）', 10);
const feb = month(2, '走访次数（户）', 5);
const message = '“走访次数”在本文件的单位是户，而已有的“走访次数”是次：两者不能相加比较，已另作指标“走访次数（户）”导入。如是同一指标，请把单位改成一样后重新导入';

describe('a custom metric whose unit differs between files', () => {
  for (const [how, run] of [
    ['in one import', () => importFiles([jan, feb])],
    ['added onto saved data', () => importFiles([feb], { existing: importFiles([jan]).dataset! })],
  ] as const) {
    it(`${how}: is two metrics, the later named with its unit, with a warning at its column`, () => {
      const r = run();
      expect(r.report.status).toBe('ok');
      expect(r.dataset!.metrics.map((m) => `${m.zh}:${m.unit}`)).toEqual(['常住人口:人', '走访次数:次', '走访次数（户）:户']);
      expect(observations(r.dataset).filter((o) => o.metric.startsWith('custom:')).map((o) => `${o.metric} ${o.period} ${o.value}`))
        .toEqual(['custom:走访次数 2024-01 10', 'custom:走访次数（户） 2024-02 5']);
      const w = r.report.issues.filter((i) => i.code === 'metric-unit-differs');
      expect(w.map((i) => [i.severity, i.file, i.line, i.column, i.message])).toEqual([['warning', '2024年2月.csv', 2, 3, message]]);
    });
  }

  it('the same unit again, or a unit left unsaid, stays one metric with no word', () => {
    for (const second of [month(2, '走访次数（次）', 5), month(2, '走访次数', 5)]) {
      const r = importFiles([second], { existing: importFiles([jan]).dataset! });
      expect(r.dataset!.metrics.map((m) => m.zh)).toEqual(['常住人口', '走访次数']);
      expect(r.report.issues.map((i) => i.code)).not.toContain('metric-unit-differs');
    }
  });

  it('a third month in 户 joins the series in 户', () => {
    const saved = importFiles([feb], { existing: importFiles([jan]).dataset! }).dataset!;
    const r = importFiles([month(3, '走访次数（户）', 6)], { existing: saved });
    expect(r.dataset!.metrics.map((m) => m.zh)).toEqual(['常住人口', '走访次数', '走访次数（户）']);
    expect(observations(r.dataset).filter((o) => o.metric === 'custom:走访次数（户）').map((o) => o.value)).toEqual([5, 6]);
  });

  for (const [how, run] of [
    ['in one import', (a: ReturnType<typeof month>, ...rest: ReturnType<typeof month>[]) => importFiles([a, ...rest])],
    ['added onto saved data', (a: ReturnType<typeof month>, ...rest: ReturnType<typeof month>[]) => importFiles(rest, { existing: importFiles([a]).dataset! })],
  ] as const) {
    it(`${how}: a unit first left unsaid and named later is the metric's unit`, () => {
      const r = run(month(1, '走访次数', 10), month(2, '走访次数（户）', 5));
      expect(r.dataset!.metrics.map((m) => `${m.zh}:${m.unit}`)).toEqual(['常住人口:人', '走访次数:户']);
      expect(r.report.issues.map((i) => i.code)).not.toContain('metric-unit-differs');
    });

    it(`${how}: a unit first left unsaid, then named, then another: the other is told apart, with the warning`, () => {
      const r = run(month(1, '走访次数', 10), month(2, '走访次数（户）', 5), month(3, '走访次数（次）', 6));
      expect(r.dataset!.metrics.map((m) => `${m.zh}:${m.unit}`)).toEqual(['常住人口:人', '走访次数:户', '走访次数（次）:次']);
      expect(r.report.issues.filter((i) => i.code === 'metric-unit-differs').map((i) => i.file)).toEqual(['2024年3月.csv']);
    });
  }
});
