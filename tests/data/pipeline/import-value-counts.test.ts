/**
 * What the report says was imported: numbers, not cells. A blank cell, a “—”, a range or text is
 * kept as an observation without a value (so the league table can say 未报), and the report counts
 * it apart from the numbers, on a first import and when adding to a dataset.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { utf8 } from './import-helpers';

const march = { name: '2024年3月.csv', bytes: utf8('社区,再就业人数,开发就业岗位\n花园路社区,12,\n滨西社区,,—\n兆丰路社区,5,3000-4000\n林泉社区,约20,三十\n') };

describe('the numbers an import reports', () => {
  it('counts the cells with a number apart from the blank, “—”, range and text cells', () => {
    const r = importFiles([march]);
    expect(r.report.status).toBe('ok');
    expect(r.report.observations).toBe(8);
    // 12, 5, 约20 and 三十 (read as 30, with a warning) are numbers; the blank cells, “—” and 3000-4000 are not.
    expect(r.report.values).toBe(4);
    expect(r.report.added).toBeUndefined();
  });

  it.each([
    ['adding a month counts the numbers it added, not its blank cells',
      '2024年4月.csv', '社区,再就业人数,开发就业岗位\n花园路社区,13,\n滨西社区,4,\n', { observations: 12, values: 6, added: 2 }],
    ['a number sent later for a cell left blank is one number added',
      '2024年3月补报.csv', '社区,再就业人数\n滨西社区,7\n', { observations: 8, values: 5, added: 1 }],
  ])('%s', (_name, name, text, counts) => {
    const r = importFiles([{ name, bytes: utf8(text) }], { existing: importFiles([march]).dataset! });
    expect(r.report.status).toBe('ok');
    expect(r.report).toMatchObject(counts);
  });

  it('a blocked import reports no numbers', () => {
    const r = importFiles([{ name: 'x.csv', bytes: utf8('社区,期间,常住人口\n东湖社区,2024-01,100\n东湖社区,2024-01,101\n') }]);
    expect(r.report.status).toBe('blocked');
    expect(r.report.values).toBe(0);
  });
});
