/**
 * A metric of the office's own with its period word written into the one header cell, as a
 * catalogue metric's is read (再就业人数（累计）): 走访户数（本月） is this month's 走访户数, one
 * series with the next month's 走访户数, and 走访户数（累计） or 累计走访户数 is its year to date,
 * never a flow of its own whose months are summed.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { observations, utf8 } from '../pipeline/import-helpers';

const run = (...texts: [string, string][]) => importFiles(texts.map(([name, t]) => ({ name, bytes: utf8(t) })));
const values = (r: ReturnType<typeof run>) => observations(r.dataset).map((o) => `${o.period} ${o.metric} ${o.value}`);

describe('a period word in a custom metric\'s header cell', () => {
  it.each([
    ['走访户数（本月）,走访户数（累计）'], ['本月走访户数,累计走访户数'], ['走访户数(当月),走访户数(本年累计)'], ['走访户数（户）（本月）,走访户数（户）（累计）'],
  ])('%s: this month\'s and the year to date\'s 走访户数, meeting 走访户数 of the next month', (header) => {
    const r = run(['2024年1月.csv', `社区,${header}\n东湖社区,5,5\n`], ['2024年2月.csv', '社区,走访户数\n东湖社区,6\n']);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.metrics.map((m) => m.zh)).toEqual(['走访户数']);
    expect(values(r)).toEqual(['2024-01 custom:走访户数 5', '2024-02 custom:走访户数 6', '2024-C01 custom:走访户数 5']);
  });

  it('a comparison with another period written onto the name (上年同期走访户数, 走访户数同比, 走访户数（比上月增减）) is not imported, as 上年同期再就业人数 is not', () => {
    const r = run(['2024年1月.csv', '社区,走访户数,上年同期走访户数,走访户数同比,走访户数（比上月增减）\n东湖社区,5,4,25%,1\n']);
    expect(r.dataset!.metrics.map((m) => m.zh)).toEqual(['走访户数']);
    expect(r.report.issues.filter((i) => i.code === 'comparison-column').map((i) => i.column)).toEqual([3, 4, 5]);
  });

  it('a name only beginning with such a word as a word of its own, or with two of them, stays whole (实际完成户数, 本月份走访, 当月累计走访)', () => {
    const r = run(['2024年1月.csv', '社区,实际完成户数,本月份走访,当月累计走访\n东湖社区,5,6,7\n']);
    expect(r.dataset!.metrics.map((m) => m.zh)).toEqual(['实际完成户数', '本月份走访', '当月累计走访']);
  });
});
