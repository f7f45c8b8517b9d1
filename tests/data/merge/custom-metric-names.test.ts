/**
 * A metric of the office's own written with the same words in another form next month: a colon
 * after it (走访户数：), in traditional script (走訪戶數), with its brackets half-width or in quotes.
 * The words are one name, so the months are one series, named as first written, with an info.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { observations, utf8 } from '../pipeline/import-helpers';

const month = (m: number, header: string, v: number) => ({ name: `2024年${m}月.csv`, bytes: utf8(`社区,${header}\nA社区,${v}\n`) });

describe('a custom metric written otherwise in a later file', () => {
  it.each(['走访户数：', '走访户数:', '走訪戶數', '“走访户数”', '走访-户数'])('%j meets 走访户数, with an info naming both', (later) => {
    for (const r of [importFiles([month(1, '走访户数', 10), month(2, later, 5)]), importFiles([month(2, later, 5)], { existing: importFiles([month(1, '走访户数', 10)]).dataset! })]) {
      expect(r.report.status).toBe('ok');
      expect(r.dataset!.metrics.map((m) => m.zh)).toEqual(['走访户数']);
      expect(observations(r.dataset).map((o) => `${o.period} ${o.metric} ${o.value}`)).toEqual(['2024-01 custom:走访户数 10', '2024-02 custom:走访户数 5']);
      const info = r.report.issues.filter((i) => i.code === 'metric-name-joined');
      expect(info.map((i) => [i.severity, i.file, i.line, i.column])).toEqual([['info', '2024年2月.csv', 2, 2]]);
      expect(info[0]!.message).toContain('“走访户数”');
      expect(r.report.issues.map((i) => i.code)).not.toContain('metric-name-split');
    }
  });

  it('the unit still tells two apart: 走訪戶數（户） after 走访户数（次） is 走访户数（户）, with the unit warning', () => {
    const r = importFiles([month(1, '走访户数（次）', 10), month(2, '走訪戶數（户）', 5)]);
    expect(r.dataset!.metrics.map((m) => `${m.zh}:${m.unit}`)).toEqual(['走访户数:次', '走访户数（户）:户']);
    expect(r.report.issues.map((i) => i.code)).toContain('metric-unit-differs');
  });

  it('names whose words differ stay two (走访户数, 走访人数)', () => {
    const r = importFiles([month(1, '走访户数', 10), month(2, '走访人数', 5)]);
    expect(r.dataset!.metrics.map((m) => m.zh)).toEqual(['走访户数', '走访人数']);
  });
});
