/**
 * The second import (round 16a): files added onto a dataset imported before, built here with the
 * real importFiles. What the dataset holds afterwards must be what importing every file at once
 * would hold, or a message must say why not.
 */
import { describe, expect, it } from 'vitest';
import { importFiles, type ImportResult } from '../../../src/data/pipeline/import-files';
import { observations, utf8 } from './import-helpers';

const csv = (name: string, text: string): { name: string; bytes: Uint8Array } => ({ name, bytes: utf8(text) });
const places = (r: ImportResult): string[] => r.dataset!.units.map((u) => `${u.parent}/${u.name}`);

describe('February names the street January left out', () => {
  const jan = csv('2024年1月.csv', '社区,再就业人数\n祥福里社区居委会,10\n春竹轩社区居委会,12\n');
  const feb = csv('2024年2月.csv', '街道,社区,再就业人数\n咸水沽,祥福里社区,11\n咸水沽镇,春竹轩社区,13\n');

  it('the dataset\'s communities take the street, as when both files are imported at once, with an info naming them', () => {
    const first = importFiles([jan]).dataset!;
    const r = importFiles([feb], { existing: first });
    expect(r.report.status).toBe('ok');
    expect(places(r)).toEqual(places(importFiles([jan, feb])));
    expect(places(r)).toEqual(['咸水沽镇/祥福里社区', '咸水沽镇/春竹轩社区']);
    // Still one unit each, January's values kept.
    expect(observations(r.dataset).map((o) => `${o.parent}/${o.unit}|${o.period}=${o.value}`)).toEqual([
      '咸水沽镇/春竹轩社区|2024-01=12', '咸水沽镇/春竹轩社区|2024-02=13', '咸水沽镇/祥福里社区|2024-01=10', '咸水沽镇/祥福里社区|2024-02=11',
    ]);
    const learned = r.report.issues.filter((i) => i.code === 'unit-street-learned');
    expect(learned.map((i) => [i.severity, i.file, i.line, i.message])).toEqual([['info', '2024年2月.csv', 2,
      '已有数据中的祥福里社区、春竹轩社区没有街道，本次导入的2024年2月.csv第2行起写明属于咸水沽镇，已补上街道（与一次导入这些文件相同）；如不是同一个社区，请核对街道列'],
    ]);
    // The dataset passed in is not changed.
    expect(first.units.map((u) => u.parent)).toEqual(['', '']);
  });

  it('a third month without a street joins the placed communities', () => {
    const second = importFiles([feb], { existing: importFiles([jan]).dataset! }).dataset!;
    const r = importFiles([csv('2024年3月.csv', '社区,再就业人数\n祥福里,9\n春竹轩,8\n')], { existing: second });
    expect(places(r)).toEqual(['咸水沽镇/祥福里社区', '咸水沽镇/春竹轩社区']);
    expect(r.report.issues.map((i) => i.code)).not.toContain('unit-street-learned');
  });

  it('a name the new file has under two streets stays apart, the dataset\'s unit keeps no street', () => {
    const two = csv('津南区2024年2月.csv', '街道,社区,再就业人数\n咸水沽镇,祥福里社区,11\n双港镇,祥福里社区,9\n');
    const r = importFiles([two], { existing: importFiles([jan]).dataset! });
    expect(places(r)).toEqual(['/祥福里社区', '/春竹轩社区', '咸水沽镇/祥福里社区', '双港镇/祥福里社区']);
    expect(r.report.issues.map((i) => i.code)).not.toContain('unit-street-learned');
  });
});

describe('a month resent whole, a community missing or renamed in it', () => {
  const JAN = '社区,再就业人数,注册志愿者\n东姜井社区,10,100\n春竹轩社区,12,120\n泽川园社区,9,90\n';
  const jan = csv('咸水沽镇2024年1月.csv', JAN);
  const first = (): ImportResult => importFiles([jan]);

  it('a community left out of the resend keeps its value, with a warning naming it, its line and both files', () => {
    const r = importFiles([csv('咸水沽镇2024年1月.csv', '社区,再就业人数,注册志愿者\n东姜井社区,10,100\n春竹轩社区,12,120\n')], { existing: first().dataset! });
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).filter((o) => o.unit === '泽川园社区').map((o) => o.value)).toEqual([9, 90]);
    const w = r.report.issues.filter((i) => i.code === 'resent-units-missing');
    expect(w.map((i) => [i.severity, i.file, i.message])).toEqual([['warning', '咸水沽镇2024年1月（第2次导入）.csv',
      '咸水沽镇2024年1月（第2次导入）.csv重报了咸水沽镇2024年1月.csv的2024年1月数据，但没有泽川园社区（咸水沽镇2024年1月.csv第4行），已保留其原有的数值。如该社区本期确实不应有数据，请删除旧数据后重新导入'],
    ]);
    expect(r.report.issues.map((i) => i.code)).toContain('same-as-existing');
  });

  it('a community renamed in the resend (社区 → 村): both are now in the month, and the warning says so', () => {
    const r = importFiles([csv('咸水沽镇2024年1月（更正）.csv', JAN.replace('东姜井社区', '东姜井村'))], { existing: first().dataset! });
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).filter((o) => o.metric === 'reemployed').map((o) => `${o.unit}=${o.value}`))
      .toEqual(['东姜井村=10', '东姜井社区=10', '春竹轩社区=12', '泽川园社区=9']);
    const w = r.report.issues.filter((i) => i.code === 'resent-units-missing');
    expect(w.map((i) => [i.severity, i.file, i.line, i.message])).toEqual([['warning', '咸水沽镇2024年1月（更正）.csv', 2,
      '咸水沽镇2024年1月（更正）.csv重报了咸水沽镇2024年1月.csv的2024年1月数据，但没有东姜井社区（咸水沽镇2024年1月.csv第2行），已保留其原有的数值；本次另有东姜井村（第2行）是原来没有的，已作为新的单位导入，两者都计入本期。如是同一单位改了名称，请统一名称后重新导入；如该社区本期确实不应有数据，请删除旧数据后重新导入'],
    ]);
  });

  it('a resend that adds a community says so in an info', () => {
    const r = importFiles([csv('咸水沽镇2024年1月.csv', `${JAN}丽苑社区,3,30\n`)], { existing: first().dataset! });
    expect(r.report.issues.filter((i) => i.code.startsWith('resent-units')).map((i) => [i.severity, i.code, i.line, i.message])).toEqual([
      ['info', 'resent-units-new', 5, '咸水沽镇2024年1月（第2次导入）.csv重报了咸水沽镇2024年1月.csv的2024年1月数据，另有丽苑社区（第5行）是原来没有的，已作为新的单位导入，请核对'],
    ]);
  });

  it('a late community\'s own file, or a correction of one row, is no resend: nothing said', () => {
    const late = importFiles([csv('丽苑社区2024年1月.csv', '社区,再就业人数,注册志愿者\n丽苑社区,3,30\n')], { existing: first().dataset! });
    const patch = importFiles([csv('更正.csv', '社区,期间,再就业人数\n春竹轩社区,2024-01,15\n')], { existing: first().dataset!, correctExisting: true });
    for (const r of [late, patch]) {
      expect(r.report.status).toBe('ok');
      expect(r.report.issues.map((i) => i.code).filter((c) => c.startsWith('resent-units'))).toEqual([]);
    }
  });

  it('a left-out community another file of the import brings is not missing', () => {
    const r = importFiles([
      csv('咸水沽镇2024年1月.csv', '社区,再就业人数,注册志愿者\n东姜井社区,10,100\n春竹轩社区,12,120\n'),
      csv('泽川园社区2024年1月.csv', '社区,再就业人数,注册志愿者\n泽川园社区,9,90\n'),
    ], { existing: first().dataset! });
    expect(r.report.issues.map((i) => i.code).filter((c) => c.startsWith('resent-units'))).toEqual([]);
  });
});
