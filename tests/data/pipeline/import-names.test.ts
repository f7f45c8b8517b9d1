/**
 * Issue #3 item 5: unit names. Variants of one name resolve to one unit and the report lists each
 * spelling; a name under two streets with no street column is flagged, not merged; a 12-digit
 * division code wins over names.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { importText, observations, utf8 } from './import-helpers';

describe('unit names', () => {
  it('祥福里社区居委会, 祥福里社区, 祥福里, 祥福裡社區 and stray spaces are one unit; each alias is reported', () => {
    const r = importText([
      '街道,社区,期间,常住人口',
      '东湖街道,祥福里社区居委会,2024-01,1',
      '东湖街道,祥福里社区,2024-02,2',
      '东湖街道,祥福里,2024-03,3',
      '东湖街道,祥福裡社區,2024-04,4',
      '东湖街道, 祥福里 社区 ,2024-05,5',
      '',
    ].join('\n'));
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units).toHaveLength(1);
    const u = r.dataset!.units[0]!;
    expect(u.name).toBe('祥福里社区');
    expect(u.aliases).toEqual(['祥福里社区', '祥福里社区居委会', '祥福里', '祥福裡社區', '祥福里 社区']);
    const info = r.report.issues.filter((i) => i.code === 'unit-alias');
    expect(info).toHaveLength(1);
    expect(info[0]!.message).toBe('“祥福里社区”（第3行）、“祥福里社区居委会”（第2行）、“祥福里”（第4行）、“祥福裡社區”（第5行）、“祥福里 社区”（第6行）视为同一单位：祥福里社区（东湖街道）');
    expect(info[0]).toMatchObject({ line: 2 });
    expect(observations(r.dataset).map((o) => o.value)).toEqual([1, 2, 3, 4, 5]);
  });

  it('a name that exists under two streets, in a file without a street column, is flagged ambiguous and kept apart', () => {
    const streets = { name: '街道.csv', bytes: utf8('街道,社区,期间,常住人口\n东湖街道,前进社区,2024-01,1\n西山街道,前进社区,2024-01,2\n') };
    const bare = { name: '无街道.csv', bytes: utf8('社区,期间,常住人口\n前进社区,2024-02,3\n') };
    const r = importFiles([streets, bare]);
    expect(r.report.status).toBe('ok');
    const w = r.report.issues.filter((i) => i.code === 'ambiguous-unit');
    expect(w.map((i) => [i.severity, i.file, i.line])).toEqual([['warning', '无街道.csv', 2]]);
    expect(w[0]!.message).toContain('“东湖街道”、“西山街道”下都有同名单位');
    expect(w[0]!.message).toContain('请在文件中增加“街道”列或区划代码列');
    expect(r.dataset!.units.map((u) => `${u.parent}/${u.name}`)).toEqual(['东湖街道/前进社区', '西山街道/前进社区', '/前进社区']);
  });

  it('the same ambiguity against an existing dataset', () => {
    const first = importText('街道,社区,期间,常住人口\n东湖街道,前进社区,2024-01,1\n西山街道,前进社区,2024-01,2\n');
    const r = importText('社区,期间,常住人口\n前进社区,2024-02,3\n', 'feb.csv', { existing: first.dataset! });
    expect(r.report.issues.map((i) => i.code)).toContain('ambiguous-unit');
    expect(r.dataset!.units).toHaveLength(3);
  });

  it('with one street known, a street-less name joins it', () => {
    const r = importFiles([
      { name: 'a.csv', bytes: utf8('街道,社区,期间,常住人口\n东湖街道,前进社区,2024-01,1\n') },
      { name: 'b.csv', bytes: utf8('社区,期间,常住人口\n前进社区居委会,2024-02,3\n') },
    ]);
    expect(r.dataset!.units.map((u) => [u.parent, u.name, u.aliases])).toEqual([['东湖街道', '前进社区', ['前进社区', '前进社区居委会']]]);
  });

  it('a 12-digit code wins: same code with different names is one unit, same name with different codes is two', () => {
    const r = importText([
      '区划代码,社区,期间,常住人口',
      '120112001001,东湖社区,2024-01,1',
      '120112001001,湖滨社区,2024-02,2',
      '120112001002,东湖社区,2024-01,3',
      '',
    ].join('\n'));
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => [u.code, u.name, u.aliases])).toEqual([
      ['120112001001', '东湖社区', ['东湖社区', '湖滨社区']],
      ['120112001002', '东湖社区', ['东湖社区']],
    ]);
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.value}`)).toEqual(['东湖社区|2024-01|1', '东湖社区|2024-01|3', '东湖社区|2024-02|2']);
  });
});
