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
