import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { csvCell, toNormalizedCsv } from '../../../src/data/dataset/normalized-csv';
import { importText, observations, utf8 } from '../pipeline/import-helpers';

const strip = (o: ReturnType<typeof observations>) => o.map((x) => ({ ...x, line: 0 }));

describe('toNormalizedCsv', () => {
  it.each([['a', 'a'], ['a,b', '"a,b"'], ['他说"好"', '"他说""好"""'], ['x\ny', '"x\ny"'], [' x', '" x"'], ['=SUM(A1)', '=SUM(A1)']])('csvCell %j', (s, out) => {
    expect(csvCell(s)).toBe(out);
  });

  it('writes the documented header and re-imports to the same observations', () => {
    const src = importText(
      '区划代码,街道,社区,期间,再就业人数,慰问救助金额,自定义,"名称,带逗号"\n' +
      '120112001001,东湖街道,东湖社区,2024年3月,3500余,6万余元,1,x\n' +
      ',东湖街道,西山社区居委会,2024年3月,—,"1,568",近900,"他说""好"""\n' +
      ',西山街道,<img src=x onerror=alert(1)>,2024年3月,3000-4000,12.5%,#DIV/0!,\n');
    expect(src.report.status).toBe('ok');
    const csv = toNormalizedCsv(src.dataset!);
    expect(csv.split('\r\n')[0]).toBe('code,district,parent,unit,period,metric,value,qualifier,raw,file,line');
    const back = importFiles([{ name: 'normalized.csv', bytes: utf8('\uFEFF' + csv) }]);
    expect(back.report.status).toBe('ok');
    expect(back.report.counts.rejected).toBe(0);
    expect(strip(observations(back.dataset))).toEqual(strip(observations(src.dataset)));
    expect(back.dataset!.units.map((u) => [u.code, u.parent, u.name])).toEqual(src.dataset!.units.map((u) => [u.code, u.parent, u.name]));
  });

  it('round-trips the sample data', () => {
    const bytes = new Uint8Array(readFileSync('data/sample-jinnan-2024H1-wide-gbk.csv'));
    const src = importFiles([{ name: 'wide.csv', bytes }]);
    const back = importFiles([{ name: 'n.csv', bytes: utf8(toNormalizedCsv(src.dataset!)) }]);
    expect(strip(observations(back.dataset))).toEqual(strip(observations(src.dataset)));
  });
});
