/**
 * A clerk's list number before a metric of the office's own (`1.走访户数`, `（一）走访户数`,
 * `1、走访户数`) is no part of its name: it meets the plain `走访户数` of another file or column.
 * A number that is part of the name (`12345热线办理件数`, `4050人员就业人数`, `60 岁以上老人数`) stays.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { observations, utf8 } from './import-helpers';

const long = (name: string, metric: string, value: number) => ({ name, bytes: utf8(`社区,指标,数值\n东湖社区,${metric},${value}\n`) });
const metricsOf = (r: ReturnType<typeof importFiles>) => observations(r.dataset).map((o) => `${o.period} ${o.metric} ${o.value}`);

describe('a list number before a custom metric', () => {
  it.each([
    '1.走访户数', '1. 走访户数', '1．走访户数', '１．走访户数', '1、走访户数', '（1）走访户数', '(1)走访户数', '1)走访户数',
    '一、走访户数', '（一）走访户数', '(十二)走访户数', '①走访户数', '★走访户数', '01.走访户数',
  ])('%s in one month meets 走访户数 in the next', (written) => {
    const r = importFiles([long('2024年3月.csv', written, 12), long('2024年4月.csv', '走访户数', 15)]);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.metrics.map((m) => m.zh)).toEqual(['走访户数']);
    expect(metricsOf(r)).toEqual(['2024-03 custom:走访户数 12', '2024-04 custom:走访户数 15']);
  });

  it('in a wide header, with its unit in brackets, meets the plain name of a long file', () => {
    const wide = { name: '2024年3月.csv', bytes: utf8('社区,1.走访户数（户）,（二）入户调查次数\n东湖社区,12,3\n') };
    const r = importFiles([wide, long('2024年4月.csv', '走访户数', 15), long('2024年5月.csv', '入户调查次数', 4)]);
    expect(r.dataset!.metrics.map((m) => m.zh).sort()).toEqual(['入户调查次数', '走访户数']);
    expect(metricsOf(r).sort()).toEqual([
      '2024-03 custom:入户调查次数 3', '2024-03 custom:走访户数 12', '2024-04 custom:走访户数 15', '2024-05 custom:入户调查次数 4',
    ]);
  });

  it.each(['12345热线办理件数', '4050人员就业人数', '60 岁以上老人数', '1.5万元以上项目数', '3岁以下儿童数', '110接处警数'])(
    '%s keeps its number: it is part of the name', (name) => {
      const r = importFiles([long('2024年3月.csv', name, 12)]);
      expect(r.dataset!.metrics.map((m) => m.zh)).toEqual([name.replace(/\s/g, '')]);
    });
});
