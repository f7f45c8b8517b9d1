import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { copiedPeriod } from '../../../src/data/dataset/copied-period';
import { utf8 } from '../pipeline/import-helpers';

const table = (rows: [string, number, number][]) => '社区,常住人口,再就业人数,讲座培训\n' + rows.map(([u, a, b]) => `${u},3000,${a},${b}`).join('\n') + '\n';
const feb = table([['祥福里社区', 5, 2], ['红星里社区', 7, 3], ['红旗楼社区', 4, 1]]);

describe('copiedPeriod: a month whose every count equals another month\'s', () => {
  it('3月 sent as a copy of 2月 (every flow value the same): a warning names both sources; the data stays', () => {
    const r = importFiles([{ name: '咸水沽镇2024年2月.csv', bytes: utf8(feb) }, { name: '咸水沽镇2024年3月.csv', bytes: utf8(feb) }]);
    expect(r.report.status).toBe('ok');
    const w = r.report.issues.filter((i) => i.code === 'copied-period');
    expect(w).toHaveLength(1);
    expect(w[0]!.severity).toBe('warning');
    expect(w[0]!.file).toBe('咸水沽镇2024年3月.csv');
    expect(w[0]!.message).toContain('咸水沽镇2024年2月.csv');
    expect(w[0]!.message).toContain('2024年3月');
    expect(r.dataset!.periods).toEqual(['2024-02', '2024-03']);
  });

  it('the stock (常住人口) equal and one count different: no warning; against an existing dataset, only when the new file is one of the two', () => {
    const mar = table([['祥福里社区', 5, 2], ['红星里社区', 8, 3], ['红旗楼社区', 4, 1]]);
    const r = importFiles([{ name: '2024年2月.csv', bytes: utf8(feb) }, { name: '2024年3月.csv', bytes: utf8(mar) }]);
    expect(r.report.issues.filter((i) => i.code === 'copied-period')).toEqual([]);
    expect(copiedPeriod(importFiles([{ name: '2024年2月.csv', bytes: utf8(feb) }, { name: '2024年3月.csv', bytes: utf8(feb) }]).dataset!, 2)).toEqual([]);
  });
});

describe('copiedPeriod: which of the two is said to be the copy', () => {
  it('the later month is named the copy, whichever file comes first', () => {
    const r = importFiles([{ name: '3月表.csv', bytes: utf8(`2024年3月\n${feb}`) }, { name: '2月表.csv', bytes: utf8(`2024年2月\n${feb}`) }]);
    const w = r.report.issues.find((i) => i.code === 'copied-period')!;
    expect(w.file).toBe('3月表.csv');
  });
});
