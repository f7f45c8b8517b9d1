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

  it('re-imports under the dataset\'s name (the first month\'s, after months were appended) without a false period warning', () => {
    const src = importText('社区,期间,户数\n东湖社区,2024-01,10\n东湖社区,2024-02,11\n东湖社区,2024-03,12\n', '双林街道-2024年1月.csv');
    const back = importFiles([{ name: '双林街道-2024年1月_规范化.csv', bytes: utf8('\uFEFF' + toNormalizedCsv(src.dataset!)) }]);
    expect(back.report.status).toBe('ok');
    expect(back.report.issues.filter((i) => i.code === 'period-disagree')).toEqual([]);
    // A clerk's file whose period column disagrees with its name is still warned about.
    const clerk = importText('社区,期间,户数\n东湖社区,2024-02,11\n', '双林街道-2024年1月.csv');
    expect(clerk.report.issues.map((i) => i.code)).toContain('period-disagree');
  });

  it('round-trips the sample data', () => {
    const bytes = new Uint8Array(readFileSync('data/sample-jinnan-2024H1-wide-gbk.csv'));
    const src = importFiles([{ name: 'wide.csv', bytes }]);
    const back = importFiles([{ name: 'n.csv', bytes: utf8(toNormalizedCsv(src.dataset!)) }]);
    expect(strip(observations(back.dataset))).toEqual(strip(observations(src.dataset)));
  });

  it('is formula-safe in every column (names, raw text, file names) and reads the guard back off (issue 15, class 9)', () => {
    const src = importText('区,街道,社区,常住人口\n@区,=A1,"=HYPERLINK(""http://x"",""点击"")",=1+1\n,+东湖街道,-西山社区,NaN\n,东湖街道,东湖社区,-3\n', '=2024年3月.csv');
    const csv = toNormalizedCsv(src.dataset!);
    const lines = csv.split('\r\n');
    expect(lines[1]).toBe(`,'@区,'=A1,"'=HYPERLINK(""http://x"",""点击"")",2024-03,residents,,invalid,'=1+1,'=2024年3月.csv,2`);
    expect(lines[2]).toBe(`,'@区,'+东湖街道,'-西山社区,2024-03,residents,,invalid,NaN,'=2024年3月.csv,3`);
    // A negative number is data, not a formula: it stays a number.
    expect(lines[3]).toBe(",'@区,东湖街道,东湖社区,2024-03,residents,-3,exact,,'=2024年3月.csv,4");
    const back = importFiles([{ name: 'normalized.csv', bytes: utf8(csv) }]);
    expect(back.dataset!.units.map((u) => [u.district, u.parent, u.name])).toEqual(src.dataset!.units.map((u) => [u.district, u.parent, u.name]));
    expect(observations(back.dataset).map((o) => o.raw)).toEqual(observations(src.dataset).map((o) => o.raw));
    expect(observations(src.dataset).map((o) => o.raw)).toContain('NaN');
  });
});
