/**
 * Issue 14 item 3 and issue 15 class 6, end to end through importFiles: unit identity against the
 * real unit list of 天津市 (data/tianjin-units.csv, 5,617 社区 and 村), a 社区 and a 村 of one base
 * name, bare names, one code on two names, district spellings and streets carrying their district.
 * Small files also go through both import paths (expectSame), which must agree.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import type { ImportResult } from '../../../src/data/pipeline/import-files';
import { observations, utf8 } from './import-helpers';
import { expectSame, longLines } from './long-variants';

const rows = readFileSync('data/tianjin-units.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
const [CODE, OFFICIAL, SHORT, , , STREET, , DISTRICT] = [0, 1, 2, 3, 4, 5, 6, 7];
const notInfo = (r: ImportResult): string[] => r.report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}@${i.file}:${i.line} ${i.message}`);
const warningsOf = (r: ImportResult, code: string): string[] => r.report.issues.filter((i) => i.code === code && i.severity === 'warning').map((i) => `${i.file}:${i.line} ${i.message}`);

describe('the 5,617 units of 天津市, each written as its official and its short name', () => {
  /** One file: every unit's official name in 2024-01 and its short name in 2024-02, value = its row number. */
  const file = (withCode: boolean): string => [
    `${withCode ? '区划代码,' : ''}区,街道,社区,期间,常住人口`,
    ...rows.flatMap((r, i) => [OFFICIAL, SHORT].map((c, k) => `${withCode ? `${r[CODE]},` : ''}${r[DISTRICT]},${r[STREET]},${r[c]},2024-0${k + 1},${i + 1}`)),
    '',
  ].join('\n');

  it.each([false, true])('resolve pairwise to their unit and no two units merge (code column: %s)', (withCode) => {
    const r = importFiles([{ name: 'tianjin.csv', bytes: utf8(file(withCode)) }]);
    expect(r.report.status).toBe('ok');
    expect(notInfo(r)).toEqual([]);
    const ds = r.dataset!;
    expect(ds.units).toHaveLength(5617);
    expect(ds.obs.value).toHaveLength(2 * 5617);
    // Each unit holds exactly its own two values (row number in both months).
    const byUnit = new Map<number, number[]>();
    for (let i = 0; i < ds.obs.value.length; i++) {
      const u = ds.obs.unit[i]!;
      byUnit.set(u, [...(byUnit.get(u) ?? []), ds.obs.value[i]!]);
    }
    const wrong = [...byUnit].filter(([, v]) => v.length !== 2 || v[0] !== v[1]);
    expect(wrong).toEqual([]);
    // …and shows the district and street of its row as written (full-width brackets too).
    const misplaced = ds.units.filter((u, i) => {
      const r = rows[byUnit.get(i)![0]! - 1]!;
      return u.parent !== r[STREET] || u.district !== r[DISTRICT];
    });
    expect(misplaced).toEqual([]);
    if (withCode) expect(ds.units.map((u, i) => u.code === rows[byUnit.get(i)![0]! - 1]![CODE])).not.toContain(false);
  });

  it('the 社区 and 村 of one base name in one town (东姜井, 西姜井, 建新, 柳滩) keep their own values', () => {
    const towns: Record<string, string> = { 东姜井: '中北镇', 西姜井: '中北镇', 建新: '北闸口镇', 柳滩: '天穆镇' };
    const pairs = rows.filter((r) => Object.entries(towns).some(([b, t]) => r[STREET] === t && (r[SHORT] === `${b}社区` || r[SHORT] === `${b}村`)));
    expect(pairs).toHaveLength(8);
    const text = ['区,街道,社区,期间,常住人口', ...pairs.map((r, i) => `${r[DISTRICT]},${r[STREET]},${r[SHORT]},2024-01,${100 + i}`), ''].join('\n');
    const { general } = expectSame([{ name: 'pairs.csv', bytes: utf8(text) }]);
    expect(general.report.status).toBe('ok');
    expect(notInfo(general)).toEqual([]);
    expect(observations(general.dataset).map((o) => `${o.unit}=${o.value}`).sort()).toEqual(pairs.map((r, i) => `${r[SHORT]}=${100 + i}`).sort());
  });
});

describe('天津市 city-scale long files without a code column', () => {
  const lines = longLines(5617, 2);
  const drop = (cols: number[]): Uint8Array => utf8(`${lines.map((l) => l.split(',').filter((_c, j) => !cols.includes(j)).join(',')).join('\r\n')}\r\n`);

  it.each([
    ['district, street, name', [0]],
    ['street and name only', [0, 1]],
  ])('import ok with 5,617 units (%s)', (_label, cols) => {
    const r = importFiles([{ name: '天津市2024.csv', bytes: drop(cols) }]);
    expect(r.report.status).toBe('ok');
    expect(notInfo(r)).toEqual([]);
    expect(r.dataset!.units).toHaveLength(5617);
    expect(r.dataset!.obs.value).toHaveLength(5617 * 2 * 4);
  });
});

describe('identity across files (issue 15 class 6)', () => {
  const csv = (name: string, text: string): { name: string; bytes: Uint8Array } => ({ name, bytes: utf8(`${text}\n`) });

  it('a bare name beside a 社区 and a 村 of that base is flagged with its file and line and merged with neither', () => {
    const full = csv('全称.csv', '区,街道,社区,期间,常住人口\n西青区,中北镇,东姜井社区,2024-01,10\n西青区,中北镇,东姜井村,2024-01,20');
    const bare = csv('简称.csv', '街道,社区,期间,常住人口\n中北镇,东姜井,2024-02,30');
    for (const files of [[full, bare], [bare, full]]) {
      const { general } = expectSame(files);
      expect(general.report.status).toBe('ok');
      expect(warningsOf(general, 'ambiguous-unit')).toEqual([
        '简称.csv:2 “东姜井”在“中北镇”下有“东姜井社区”、“东姜井村”，名称没有写明是社区还是村，无法判断是哪一个，已单独列出。请写全名称（如“东姜井社区”）或增加区划代码列',
      ]);
      expect(observations(general.dataset).map((o) => `${o.unit}|${o.period}=${o.value}`)).toEqual(['东姜井|2024-02=30', '东姜井村|2024-01=20', '东姜井社区|2024-01=10']);
    }
  });

  it('a bare name in a table of villages (村名, 各村) is the village: 东姜井 of 中北镇各村 is not 东姜井社区 of 中北镇各社区', () => {
    const communities = csv('45-中北镇各社区-2024年3月.csv', '社区,再就业人数\n东姜井社区,12\n西姜井社区,8');
    for (const [name, text, from] of [
      ['45-中北镇各村-2024年3月.csv', '中北镇各村2024年3月统计\n村名,注册志愿者\n东姜井,40\n西姜井,35\n汪庄,20', '列名“村名”'],
      ['45-中北镇各村-2024年3月.csv', '中北镇各村2024年3月统计\n名称,注册志愿者\n东姜井,40\n西姜井,35\n汪庄,20', '标题“中北镇各村2024年3月统计”'],
    ]) {
      const { general } = expectSame([communities, csv(name!, text!)]);
      expect(general.report.status).toBe('ok');
      expect(general.dataset!.units.map((u) => `${u.parent}/${u.name}`)).toEqual(['中北镇/东姜井社区', '中北镇/西姜井社区', '中北镇/东姜井村', '中北镇/西姜井村', '中北镇/汪庄村']);
      expect(general.report.issues.filter((i) => i.code === 'unit-level-from-table').map((i) => `${i.file}:${i.line} ${i.message}`))
        .toEqual([`${name}:3 ${from}表明本表的单位是村：“东姜井”、“西姜井”、“汪庄”按村匹配`]);
      expect(general.report.issues.filter((i) => i.code === 'unit-alias')).toEqual([]);
    }
  });

  it('a bare 汪庄 beside 汪庄村 in a table that does not say which (村居) joins the one unit of that base; the conflict names each row as written', () => {
    const { general } = expectSame([csv('13b-中北镇-2024年3月.csv', '村居,再就业人数,注册志愿者\n汪庄,12,300\n汪庄村,3,40')]);
    expect(general.report.status).toBe('blocked');
    expect(general.report.issues.filter((i) => i.code === 'conflicting-values').map((i) => i.message)).toEqual([
      '汪庄村2024年3月的“再就业人数”有两个不同的数值：第2行“汪庄”为12，第3行“汪庄村”为3。请核对后只保留一个',
      '汪庄村2024年3月的“注册志愿者”有两个不同的数值：第2行“汪庄”为300，第3行“汪庄村”为40。请核对后只保留一个',
    ]);
  });

  it('a bare 东姜井 beside 东姜井村 is joined to neither: 中北镇 has a 东姜井社区 and a 东姜井村 in the real unit list', () => {
    const { general } = expectSame([csv('13b-中北镇-2024年3月.csv', '村居,再就业人数,注册志愿者\n东姜井,12,300\n东姜井村,3,40')]);
    expect(general.report.status).toBe('ok');
    expect(general.dataset!.units.map((u) => u.name)).toEqual(['东姜井', '东姜井村']);
    expect(warningsOf(general, 'ambiguous-unit')).toEqual([
      '13b-中北镇-2024年3月.csv:2 “东姜井”没有写明是社区还是村，而西青区中北镇有“东姜井社区”和“东姜井村”两个单位，无法判断是哪一个，已单独列出，没有与其他数据合在一起。请写全名称（如“东姜井社区”）或增加区划代码列',
    ]);
  });

  it('one code on two names: a warning naming both, with both files', () => {
    const a = csv('一月.csv', '区划代码,社区,期间,常住人口\n120112001001,东湖社区,2024-01,10');
    const b = csv('二月.csv', '区划代码,社区,期间,常住人口\n120112001001,西山社区,2024-02,11');
    const { general } = expectSame([a, b]);
    expect(warningsOf(general, 'code-name-mismatch')).toEqual([
      '二月.csv:2 区划代码120112001001写着两个不同的名称：“东湖社区”（一月.csv第2行）和“西山社区”，已按代码视为同一单位、数据合在一起。请核对代码或名称是否填错',
    ]);
  });

  it('one code with its official and short names and a 村委 slip: no warning', () => {
    const { general } = expectSame([csv('a.csv', '区划代码,社区,期间,常住人口\n120111100203,东姜井村委会,2024-01,1\n120111100203,东姜井村,2024-02,2\n120111100203,东姜井村委,2024-03,3\n120111100203,東姜井村,2024-04,4')]);
    expect(notInfo(general)).toEqual([]);
    expect(general.dataset!.units).toHaveLength(1);
  });

  it('河西区 / 河西 / 天津市河西区 and 河西区友谊路街道 / 友谊路 over four files are one unit', () => {
    const { general } = expectSame([
      csv('a.csv', '区,街道,社区,期间,常住人口\n河西区,友谊路街道,祥福里社区,2024-01,1'),
      csv('b.csv', '区,街道,社区,期间,常住人口\n河西,友谊路,祥福裏社区居委会,2024-02,2'),
      csv('c.csv', '区,街道,社区,期间,常住人口\n天津市河西区,友谊路街道办事处,祥福里居委,2024-03,3'),
      csv('d.csv', '街道,社区,期间,常住人口\n河西区友谊路街道,祥福里,2024-04,4'),
    ]);
    expect(general.report.status).toBe('ok');
    expect(notInfo(general)).toEqual([]);
    expect(general.dataset!.units.map((u) => `${u.district}/${u.parent}/${u.name}`)).toEqual(['河西区/友谊路街道/祥福里社区']);
    expect(observations(general.dataset).map((o) => o.value)).toEqual([1, 2, 3, 4]);
  });

  it('a name under a street that two districts have, in a file without a district column: ambiguous, not a silent third unit', () => {
    const known = csv('区.csv', '区,街道,社区,期间,常住人口\n宝坻区,海滨街道,海港社区,2024-01,1\n滨海新区,海滨街道,海港社区,2024-01,2');
    const loose = csv('无区.csv', '街道,社区,期间,常住人口\n海滨街道,海港社区,2024-02,3');
    for (const files of [[known, loose], [loose, known]]) {
      const { general } = expectSame(files);
      expect(warningsOf(general, 'ambiguous-unit')).toEqual([
        '无区.csv:2 “海港社区”在“宝坻区海滨街道”、“滨海新区海滨街道”下都有同名单位，而该行没有写区，无法判断是哪一个，已单独列出。请在文件中增加“区”列或区划代码列',
      ]);
      expect(general.dataset!.units).toHaveLength(3);
    }
  });

  it('a village in two districts, in a file with neither district nor street: ambiguous', () => {
    const known = csv('区.csv', '区,街道,社区,期间,常住人口\n武清区,大孟庄镇,前白庙村,2024-01,1\n宝坻区,大口屯镇,前白庙村,2024-01,2');
    const loose = csv('村.csv', '社区,期间,常住人口\n前白庙村委,2024-02,3');
    const { general } = expectSame([known, loose]);
    expect(warningsOf(general, 'ambiguous-unit')).toHaveLength(1);
    expect(warningsOf(general, 'ambiguous-unit')[0]).toContain('请在文件中增加“街道”列或区划代码列');
  });
  it('a table in parts headed 一、社区 and 二、村: the headings are no units, and a bare name below one is of its level', () => {
    const text = '中北镇2024年3月统计\n序号,社区,再就业人数,走访户数\n,一、社区,,\n1,东姜井社区,5,12\n2,祥福里,4,8\n,二、村,,\n3,东姜井,3,6\n4,汪庄,2,4';
    // The heading in the 社区 column, or alone in the first column (merged across the row in the workbook).
    for (const written of [text, text.replace(/\n,一、社区,,/, '\n一、社区,,,').replace(/\n,二、村,,/, '\n（二）村委会,,,')]) {
      const { general } = expectSame([csv('中北镇-2024年3月.csv', written)]);
      expect(general.report.status).toBe('ok');
      expect(general.dataset!.units.map((u) => u.name)).toEqual(['东姜井社区', '祥福里社区', '东姜井村', '汪庄村']);
      expect(general.report.issues.filter((i) => i.code === 'ambiguous-unit')).toEqual([]);
      // 汪庄 read as 汪庄村 is said once, by the level's note: no unit-alias of a name nobody wrote.
      expect(general.report.issues.filter((i) => i.code === 'unit-alias')).toEqual([]);
      expect(general.report.issues.filter((i) => i.code === 'section-row').map((i) => [i.severity, i.line])).toEqual([['info', 3], ['info', 6]]);
      expect(general.report.issues.filter((i) => i.code === 'unit-level-from-table').map((i) => i.message).sort()).toEqual([
        expect.stringMatching(/^分段行“一、社区”表明其下各行的单位是社区：“祥福里”按社区匹配$/),
        expect.stringMatching(/^分段行“(?:二、村|（二）村委会)”表明其下各行的单位是村：“东姜井”、“汪庄”按村匹配$/),
      ]);
    }
  });

  it('a transposed table whose communities stand under part headings (一、社区 merged over 东姜井 | 祥福里, 二、村 over 东姜井): each name is of its part\'s level', () => {
    const { general } = expectSame([csv('中北镇-2025年3月.csv', '中北镇2025年3月统计\n项目,一、社区,,二、村\n,东姜井,祥福里,东姜井\n再就业人数,5,4,3')]);
    expect(general.report.status).toBe('ok');
    expect(observations(general.dataset).map((o) => `${o.unit}=${o.value}`)).toEqual(['东姜井村=3', '东姜井社区=5', '祥福里社区=4']);
    expect(general.report.issues.filter((i) => i.code === 'unit-level-from-table').map((i) => i.message)).toEqual([
      '分段表头“一、社区”表明其下各列的单位是社区：“东姜井”、“祥福里”按社区匹配',
      '分段表头“二、村”表明其下各列的单位是村：“东姜井”按村匹配',
    ]);
    expect(general.report.issues.filter((i) => i.code === 'unit-alias')).toEqual([]);
  });

  it('a part heading with values holds its part\'s totals: not a unit, not imported, and no level of the 小计 checks', () => {
    // The 小计 under both parts is checked against every row above it, the headings' 9 and 6 left out.
    const { general } = expectSame([csv('中北镇-2024年3月.csv', '社区,再就业人数\n一、社区,9\n东姜井社区,5\n祥福里社区,4\n二、村,6\n东姜井村,3\n汪庄村,2\n小计,14')]);
    expect(general.report.status).toBe('ok');
    expect(general.dataset!.units.map((u) => u.name)).toEqual(['东姜井社区', '祥福里社区', '东姜井村', '汪庄村']);
    expect(general.report.counts.subtotal).toBe(3);
    expect(general.report.issues.filter((i) => i.code.startsWith('subtotal-') && i.severity !== 'info')).toEqual([]);
    expect(general.report.issues.filter((i) => i.code === 'section-row').map((i) => i.message)).toEqual([
      '第2行“一、社区”是分段标题，不是社区或村，未导入；本行的数值是该段的小计，未与其下各行核对',
      '第5行“二、村”是分段标题，不是社区或村，未导入；本行的数值是该段的小计，未与其下各行核对',
    ]);
  });

  it('one bare name under two part headings is two units; a part naming another level leaves the other part\'s level as stated', () => {
    const { general } = expectSame([csv('中北镇-2024年3月.csv', '社区,再就业人数\n一、社区\n东姜井,5\n二、村\n东姜井,3')]);
    expect(general.report.status).toBe('ok');
    expect(observations(general.dataset).map((o) => `${o.unit}=${o.value}`)).toEqual(['东姜井村=3', '东姜井社区=5']);
    // 汪庄村 under 一、社区: that part's words were loose (its 东姜井 is matched as any: ambiguous); 二、村's still hold.
    const loose = expectSame([csv('中北镇-2024年3月.csv', '社区,再就业人数\n一、社区\n东姜井,5\n汪庄村,1\n二、村\n西姜井,3')]).general;
    expect(loose.dataset!.units.map((u) => u.name)).toEqual(['东姜井', '汪庄村', '西姜井村']);
    expect(loose.report.issues.filter((i) => i.code === 'ambiguous-unit').map((i) => i.line)).toEqual([3]);
  });

  it('a bare name read at a table\'s level in one file and as written in another keeps the note naming both spellings', () => {
    const villages = csv('中北镇各村-2024年3月.csv', '村名,再就业人数\n汪庄,12');
    const plain = csv('中北镇-2024年4月.csv', '社区,再就业人数\n汪庄,13');
    const { general } = expectSame([villages, plain]);
    expect(general.report.issues.filter((i) => i.code === 'unit-alias').map((i) => i.message)).toEqual([expect.stringContaining('“汪庄村”')]);
  });

});

describe('identity against an existing dataset and a resent month (issue 15 class 7, identity part)', () => {
  const csv = (name: string, text: string): { name: string; bytes: Uint8Array } => ({ name, bytes: utf8(`${text}\n`) });

  it('an earlier bare 东姜井 is not silently taken as 东姜井社区 when a later file has both 东姜井社区 and 东姜井村', () => {
    const first = importFiles([csv('一月.csv', '区,街道,社区,期间,常住人口\n西青区,中北镇,东姜井,2024-01,5')]).dataset!;
    const r = importFiles([csv('二月.csv', '区,街道,社区,期间,常住人口\n西青区,中北镇,东姜井社区,2024-02,10\n西青区,中北镇,东姜井村,2024-02,20')], { existing: first });
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['东姜井', '东姜井社区', '东姜井村']);
    const w = warningsOf(r, 'ambiguous-unit');
    expect(w).toHaveLength(1);
    expect(w[0]).toContain('“东姜井”');
    expect(w[0]).toContain('“东姜井社区”和“东姜井村”');
  });

  it('an earlier unit without a district stays one unit when a later file names its district (河西 / 天津市河西区)', () => {
    const first = importFiles([csv('一月.csv', '街道,社区,期间,常住人口\n友谊路街道,祥福里社区,2024-01,5')]).dataset!;
    const second = importFiles([csv('二月.csv', '区,街道,社区,期间,常住人口\n河西,友谊路街道,祥福里社区,2024-02,6')], { existing: first });
    expect(notInfo(second)).toEqual([]);
    expect(second.dataset!.units.map((u) => `${u.district}/${u.parent}/${u.name}`)).toEqual(['/友谊路街道/祥福里社区']);
    const third = importFiles([csv('三月.csv', '区,街道,社区,期间,常住人口\n天津市河西区,河西区友谊路街道,祥福里,2024-03,7')], { existing: second.dataset! });
    expect(third.dataset!.units).toHaveLength(1);
    expect(observations(third.dataset).map((o) => `${o.unit}|${o.period}=${o.value}`)).toEqual(['祥福里社区|2024-01=5', '祥福里社区|2024-02=6', '祥福里社区|2024-03=7']);
  });

  it('an earlier unit without a district, when a later file has its name in two districts, is not silently given either', () => {
    const first = importFiles([csv('一月.csv', '街道,社区,期间,常住人口\n城关镇,杨庄村,2024-01,5')]).dataset!;
    const r = importFiles([csv('二月.csv', '区,街道,社区,期间,常住人口\n武清区,城关镇,杨庄村,2024-02,6\n宝坻区,城关镇,杨庄村,2024-02,7')], { existing: first });
    expect(r.dataset!.units.map((u) => `${u.district}/${u.parent}/${u.name}`)).toEqual(['/城关镇/杨庄村', '武清区/城关镇/杨庄村', '宝坻区/城关镇/杨庄村']);
    expect(warningsOf(r, 'ambiguous-unit')).toEqual([
      '二月.csv:2 已有数据中的“杨庄村”（城关镇）没有写区，而本次导入中“武清区”、“宝坻区”都有，无法判断它是哪一个，已单独列出。请核对后按全称重新导入',
    ]);
    // With one district stated, it is that district's unit.
    const one = importFiles([csv('二月.csv', '区,街道,社区,期间,常住人口\n武清区,城关镇,杨庄村,2024-02,6')], { existing: first });
    expect(notInfo(one)).toEqual([]);
    expect(one.dataset!.units).toHaveLength(1);
  });

  it('a month with 区划代码 added to months without: each community keeps its one unit and takes the code (as in one import)', () => {
    const head = '街道,社区,期间,常住人口';
    const first = importFiles([csv('咸水沽镇2024年1-2月.csv', `${head}\n咸水沽镇,祥福里社区,2024-01,5000\n咸水沽镇,红星里社区,2024-01,4000\n咸水沽镇,祥福里社区,2024-02,5001\n咸水沽镇,红星里社区,2024-02,4001`)]).dataset!;
    const march = csv('咸水沽镇2024年3月.csv', `区划代码,${head}\n120112100001,咸水沽镇,祥福里社区,2024-03,5002\n120112100003,咸水沽镇,红星里社区,2024-03,4002`);
    const r = importFiles([march], { existing: first });
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => `${u.code}/${u.parent}/${u.name}`)).toEqual(['120112100001/咸水沽镇/祥福里社区', '120112100003/咸水沽镇/红星里社区']);
    expect(observations(r.dataset).filter((o) => o.unit === '祥福里社区').map((o) => `${o.period}=${o.value}`)).toEqual(['2024-01=5000', '2024-02=5001', '2024-03=5002']);
    expect(notInfo(r)).toEqual([]);
    expect(r.report.issues.filter((i) => i.code === 'unit-code-learned').map((i) => i.message)).toEqual([
      expect.stringContaining('已有数据中的“祥福里社区”（咸水沽镇）没有区划代码，本次按名称和街道视为120112100001'),
      expect.stringContaining('“红星里社区”（咸水沽镇）没有区划代码，本次按名称和街道视为120112100003'),
    ]);
    // The same files in one import give the same units.
    const once = importFiles([{ name: 'a.csv', bytes: utf8(`${head}\n咸水沽镇,祥福里社区,2024-01,5000\n咸水沽镇,红星里社区,2024-01,4000\n`) }, march]);
    expect(once.dataset!.units.map((u) => `${u.code}/${u.parent}/${u.name}`)).toEqual(['120112100001/咸水沽镇/祥福里社区', '120112100003/咸水沽镇/红星里社区']);
  });

  it('months from forms without a street, then a street\'s file: each community stays one unit (as in one import); two streets for the name keep it apart', () => {
    const jan = csv('祥福里社区等-2024年1月.csv', '社区,期间,再就业人数\n祥福里社区,2024-01,5\n红星里社区,2024-01,6');
    const mar = csv('咸水沽镇2024年3月.csv', '街道,社区,期间,再就业人数\n咸水沽镇,祥福里社区,2024-03,7\n咸水沽镇,红星里社区,2024-03,8');
    const r = importFiles([mar], { existing: importFiles([jan]).dataset! });
    expect(notInfo(r)).toEqual([]);
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['祥福里社区', '红星里社区']);
    expect(observations(r.dataset).filter((o) => o.unit === '祥福里社区').map((o) => `${o.period}=${o.value}`)).toEqual(['2024-01=5', '2024-03=7']);
    expect(importFiles([jan, mar]).dataset!.units).toHaveLength(2);
    const two = csv('津南区2024年3月.csv', '街道,社区,期间,再就业人数\n咸水沽镇,祥福里社区,2024-03,7\n双港镇,祥福里社区,2024-03,9');
    expect(importFiles([two], { existing: importFiles([jan]).dataset! }).dataset!.units.map((u) => `${u.parent}/${u.name}`)).toEqual(['/祥福里社区', '/红星里社区', '咸水沽镇/祥福里社区', '双港镇/祥福里社区']);
  });

  it('丁家庄村 of 宝坻区 (朝霞街道 and 新开口镇 have one each) without a street beside one with its street, in either import order: neither is merged, each said', () => {
    const loose = csv('各村.csv', '区,村,期间,户数\n宝坻区,丁家庄村,2024-06,1');
    const street = csv('朝霞街道.csv', '区,街道,村,期间,户数\n宝坻区,朝霞街道,丁家庄村,2024-07,2');
    const later = importFiles([street], { existing: importFiles([loose]).dataset! });
    expect(later.dataset!.units.map((u) => `${u.parent}/${u.name}`)).toEqual(['/丁家庄村', '朝霞街道/丁家庄村']);
    expect(warningsOf(later, 'ambiguous-unit')).toEqual(['朝霞街道.csv:2 已有数据中的“丁家庄村”没有写街道，而宝坻区的“朝霞街道”、“新开口镇”都有“丁家庄村”，无法判断它是不是本次朝霞街道的“丁家庄村”，已单独列出，数据没有合在一起。请核对后按街道重新导入']);
    const before = importFiles([loose], { existing: importFiles([street]).dataset! });
    expect(before.dataset!.units.map((u) => `${u.parent}/${u.name}`)).toEqual(['朝霞街道/丁家庄村', '/丁家庄村']);
    expect(warningsOf(before, 'ambiguous-unit')).toEqual(['各村.csv:2 “丁家庄村”没有写街道，而宝坻区的“朝霞街道”、“新开口镇”都有“丁家庄村”，无法判断它是不是已有数据中朝霞街道的那个，已单独列出，数据没有合在一起。请在文件中增加“街道”列或区划代码列']);
  });

  it('an earlier bare name with one level stated later is that unit', () => {
    const first = importFiles([csv('一月.csv', '区,街道,社区,期间,常住人口\n西青区,中北镇,汪庄,2024-01,5')]).dataset!;
    const r = importFiles([csv('二月.csv', '区,街道,社区,期间,常住人口\n西青区,中北镇,汪庄村委会,2024-02,20')], { existing: first });
    expect(notInfo(r)).toEqual([]);
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['汪庄']);
  });

  it('an earlier bare 东姜井 is not taken as 东姜井村 stated later: 中北镇 has both in the real unit list', () => {
    const first = importFiles([csv('一月.csv', '区,街道,社区,期间,常住人口\n西青区,中北镇,东姜井,2024-01,5')]);
    expect(warningsOf(first, 'ambiguous-unit')).toHaveLength(1);
    const r = importFiles([csv('二月.csv', '区,街道,社区,期间,常住人口\n西青区,中北镇,东姜井村委会,2024-02,20')], { existing: first.dataset! });
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['东姜井', '东姜井村']);
    expect(warningsOf(r, 'ambiguous-unit')).toEqual([
      '二月.csv:2 已有数据中的“东姜井”没有写明是社区还是村，而西青区中北镇有“东姜井社区”和“东姜井村”两个单位，无法判断本次的“东姜井村委会”是否就是它，已单独列出，数据没有合在一起。请核对后按全称重新导入',
    ]);
  });

  it('a month resent with short names, a district prefix and traditional characters merges into the same units (no new unit, no conflict)', () => {
    const sent = csv('一月.csv', '区,街道,社区,期间,常住人口\n河西区,友谊路街道,祥福里社区居委会,2024-01,10\n西青区,中北镇,东姜井村委会,2024-01,20\n西青区,中北镇,东姜井社区居委会,2024-01,30');
    const resent = csv('一月(重报).csv', '区,街道,社区,期间,常住人口\n天津市河西区,友谊路,祥福裏,2024-01,10\n西青,中北镇,东姜井村,2024-01,20\n西青区,中北镇,东姜井社区,2024-01,30');
    const { general } = expectSame([sent, resent]);
    expect(general.report.status).toBe('ok');
    expect(general.dataset!.units).toHaveLength(3);
    expect(general.report.counts).toMatchObject({ imported: 3, merged: 3 });
    const later = importFiles([resent], { existing: importFiles([sent]).dataset! });
    expect(later.dataset!.units).toHaveLength(3);
    expect(later.report.counts).toMatchObject({ imported: 0, merged: 3 });
  });

  it('a resent month whose 社区 and 村 are swapped in value is a conflict per unit, never one unit', () => {
    const sent = csv('一月.csv', '街道,社区,期间,常住人口\n中北镇,东姜井社区,2024-01,30\n中北镇,东姜井村,2024-01,20');
    const resent = csv('一月(重报).csv', '街道,社区,期间,常住人口\n中北镇,东姜井社区居委会,2024-01,31\n中北镇,东姜井村委会,2024-01,20');
    const { general } = expectSame([sent, resent]);
    const serious = general.report.issues.filter((i) => i.severity !== 'info');
    // One conflict (东姜井社区: 30 vs 31); 东姜井村's 20 = 20 is a plain repeat.
    expect(serious).toHaveLength(1);
    expect(serious[0]!.message).toContain('东姜井社区');
    expect(serious[0]!.message).not.toContain('东姜井村');
    expect(general.report.counts).toMatchObject({ merged: 1 });
  });
});
