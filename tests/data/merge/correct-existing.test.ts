/**
 * A corrected month added onto the data (a community resends 3月 with a number fixed): without
 * the person's word, a value that differs from the dataset's blocks the import (existing-conflict);
 * with 以本次导入为准更正已有数据 (`correctExisting`) the new value replaces it, each replaced value
 * named with the old one and where it came from. Files of one import that disagree still block.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { correctsExisting } from '../../../src/data/report/import-report';
import { importText, issueCodes, observations, utf8 } from '../pipeline/import-helpers';

const jan = { name: '2024年1月.csv', bytes: utf8('社区,常住人口,户数\n东湖社区,100,40\n西山社区,200,80\n') };
const fixed = { name: '2024年1月更正.csv', bytes: utf8('社区,常住人口,户数\n东湖社区,100,41\n西山社区,250,80\n') };

const value = (r: ReturnType<typeof importFiles>, unit: string, metric: string) =>
  observations(r.dataset).find((o) => o.unit === unit && o.metric === metric && o.period === '2024-01');

describe('a corrected month added onto the data', () => {
  it('without the word, a different value blocks, names both, and says a correction can settle it', () => {
    const first = importFiles([jan]).dataset!;
    const r = importFiles([fixed], { existing: first });
    expect(r.report.status).toBe('blocked');
    expect(issueCodes(r, 'error')).toEqual(['existing-conflict@2', 'existing-conflict@3']);
    expect(r.report.issues.find((i) => i.line === 3)!.message).toContain('已有数据（2024年1月.csv第3行）为200，本次导入的2024年1月更正.csv第3行为250');
    expect(correctsExisting(r.report)).toBe(true);
  });

  it('with the word, the new values replace the old, each named, the rest untouched', () => {
    const first = importFiles([jan]).dataset!;
    const r = importFiles([fixed], { existing: first, correctExisting: true });
    expect(r.report.status).toBe('ok');
    expect(value(r, '西山社区', 'residents')).toMatchObject({ value: 250, line: 3 });
    expect(value(r, '东湖社区', 'households')).toMatchObject({ value: 41, line: 2 });
    expect(value(r, '东湖社区', 'residents')).toMatchObject({ value: 100 });
    expect(r.dataset!.obs.value.length).toBe(first.obs.value.length);
    // The replaced value's source is the correcting file.
    const i = observations(r.dataset).findIndex((o) => o.unit === '西山社区' && o.metric === 'residents');
    expect(i).toBeGreaterThanOrEqual(0);
    const warned = r.report.issues.filter((x) => x.code === 'existing-corrected');
    expect(warned.map((x) => [x.severity, x.file, x.line])).toEqual([['warning', '2024年1月更正.csv', 2], ['warning', '2024年1月更正.csv', 3]]);
    expect(warned[1]!.message).toBe('西山社区2024年1月的“常住人口”已更正：已有数据（2024年1月.csv第3行）为200，按本次导入的2024年1月更正.csv第3行改为250');
    expect(r.report.issues.find((x) => x.code === 'existing-corrected-count')!.message).toBe('以本次导入为准，更正了已有数据中的2个数值（各条见“已更正”警告）');
    expect(r.report.counts).toMatchObject({ rowsIn: 2, imported: 2, rejected: 0 });
    expect(r.report).toMatchObject({ added: 0, corrected: 2 });
    // The dataset passed in is not changed.
    expect(observations(first).find((o) => o.unit === '西山社区' && o.metric === 'residents')!.value).toBe(200);
  });

  it('with the word, two files of the same import that disagree still block (which one is right is not known)', () => {
    const first = importFiles([jan]).dataset!;
    const other = { name: '另一份.csv', bytes: utf8('社区,期间,常住人口\n西山社区,2024-01,260\n') };
    const r = importFiles([fixed, other], { existing: first, correctExisting: true });
    expect(r.report.status).toBe('blocked');
    expect(issueCodes(r, 'error')).toEqual(['conflicting-values@2']);
    expect(correctsExisting(r.report)).toBe(false);
  });

  it('without the word, a conflict among the new files is not offered as a correction', () => {
    const first = importFiles([jan]).dataset!;
    const other = { name: '另一份.csv', bytes: utf8('社区,期间,常住人口\n西山社区,2024-01,260\n') };
    const r = importFiles([fixed, other], { existing: first });
    expect(r.report.status).toBe('blocked');
    expect(correctsExisting(r.report)).toBe(false);
  });

  it('a correction that leaves a cell blank keeps the number sent before', () => {
    const first = importFiles([jan]).dataset!;
    const r = importText('社区,期间,常住人口,户数\n西山社区,2024-01,250,\n', '更正.csv', { existing: first, correctExisting: true });
    expect(r.report.status).toBe('ok');
    expect(value(r, '西山社区', 'residents')!.value).toBe(250);
    expect(value(r, '西山社区', 'households')!.value).toBe(80);
    expect(issueCodes(r, 'warning')).toEqual(expect.arrayContaining(['existing-corrected@2', 'resent-blank-kept@2']));
  });

  it('an import blocked by something else too is not offered as a correction', () => {
    const first = importFiles([jan]).dataset!;
    const r = importText('社区,期间,常住人口\n西山社区,2024-01,250\n西山社区,2024-01,260\n', '更正.csv', { existing: first });
    expect(r.report.status).toBe('blocked');
    expect(correctsExisting(r.report)).toBe(false);
  });

  it('a number corrected to a range adds none: the report never counts a negative 新增', () => {
    const first = importFiles([jan]).dataset!;
    const r = importText('社区,期间,常住人口,户数\n东湖社区,2024-01,100-110,40\n西山社区,2024-01,250,80\n南湖社区,2024-01,50,20\n', '更正.csv', { existing: first, correctExisting: true });
    expect(r.report.status).toBe('ok');
    expect(issueCodes(r, 'warning')).toEqual(expect.arrayContaining(['existing-corrected@2', 'existing-corrected@3']));
    // A number of the data became no number; 南湖社区's two are the only ones added.
    expect(r.report).toMatchObject({ values: 5, added: 2, corrected: 2 });
  });

  it('a range is an answer: it replaces the number, and the warning says the new value is a range with no number taken', () => {
    const first = importFiles([jan]).dataset!;
    const r = importText('社区,期间,常住人口\n东湖社区,2024-01,100-110\n', '更正.csv', { existing: first, correctExisting: true });
    expect(value(r, '东湖社区', 'residents')).toMatchObject({ value: null, qualifier: 'range', raw: '100-110' });
    const w = r.report.issues.find((x) => x.code === 'existing-corrected')!;
    expect([w.file, w.line, w.column]).toEqual(['更正.csv', 2, 3]);
    expect(w.message).toBe('东湖社区2024年1月的“常住人口”已更正：已有数据（2024年1月.csv第2行）为100，按本次导入的更正.csv第2行改为“100-110”（区间，未取数值）');
  });

  for (const [how, opts] of [['with the word', { correctExisting: true }], ['without it', {}]] as const) {
    it(`${how}, a resent cell holding an Excel error (a broken formula) keeps the number sent before, as a blank does`, () => {
      const first = importFiles([jan]).dataset!;
      const r = importText('社区,期间,常住人口,户数\n东湖社区,2024-01,#DIV/0!,40\n西山社区,2024-01,####,#REF!\n', '更正.csv', { existing: first, ...opts });
      expect(r.report.status).toBe('ok');
      expect(['东湖社区|residents', '西山社区|residents', '西山社区|households'].map((k) => value(r, k.split('|')[0]!, k.split('|')[1]!)!.value)).toEqual([100, 200, 80]);
      expect(value(r, '东湖社区', 'residents')).toMatchObject({ qualifier: 'exact', line: 2 });
      const kept = r.report.issues.filter((x) => x.code === 'resent-error-kept');
      expect(kept.map((x) => [x.severity, x.file, x.line, x.column])).toEqual([['warning', '更正.csv', 2, 3], ['warning', '更正.csv', 3, 3], ['warning', '更正.csv', 3, 4]]);
      expect(kept[0]!.message).toBe('东湖社区2024年1月的“常住人口”在更正.csv第2行为Excel错误值“#DIV/0!”（公式出错，不是数值），已保留2024年1月.csv第2行的数值100；请在原表中修正公式后重新导入');
      expect(r.report.issues.some((x) => x.code === 'existing-corrected' || x.code === 'existing-conflict')).toBe(false);
      expect([r.report.added, r.report.corrected ?? 0]).toEqual([0, 0]);
      expect(r.report.rows.map((x) => `${x.line}:${x.outcome}:${x.reason}`)).toEqual(['2:merged:重发的是Excel错误值，保留了先前的数值', '3:merged:重发的是Excel错误值，保留了先前的数值']);
    });
  }

  for (const [how, opts] of [['with the word', { correctExisting: true }], ['without it', {}]] as const) {
    it(`${how}, a resent cell holding text that is no number (见附件, 待核实) keeps the number sent before, as an error does`, () => {
      const first = importFiles([jan]).dataset!;
      const r = importText('社区,期间,常住人口,户数\n东湖社区,2024-01,见附件,40\n西山社区,2024-01,250,待核实\n', '更正.csv', { existing: first, ...opts });
      // Without the word only 250 against 200 blocks: the text cells are no answer to conflict with.
      expect(issueCodes(r, 'error')).toEqual('correctExisting' in opts ? [] : ['existing-conflict@3']);
      if (!('correctExisting' in opts)) return;
      expect([value(r, '东湖社区', 'residents')!.value, value(r, '西山社区', 'households')!.value]).toEqual([100, 80]);
      const kept = r.report.issues.filter((x) => x.code === 'resent-text-kept');
      expect(kept.map((x) => [x.severity, x.file, x.line, x.column])).toEqual([['warning', '更正.csv', 2, 3], ['warning', '更正.csv', 3, 4]]);
      expect(kept[0]!.message).toBe('东湖社区2024年1月的“常住人口”在更正.csv第2行为文字“见附件”（不是数值），已保留2024年1月.csv第2行的数值100；如要更正，请在原表中改为数值后重新导入');
      expect(r.report.rows.find((x) => x.line === 2)?.reason).toBe('重发的是文字，不是数值，保留了先前的数值');
    });
  }

  it('two files of one import, one with the number and one with 待核实 in its place: the number stands, as with an error', () => {
    const pending = { name: '2024年1月（汇总）.csv', bytes: utf8('社区,常住人口\n东湖社区,待核实\n') };
    const r = importFiles([jan, pending]);
    expect(r.report.status).toBe('ok');
    expect(value(r, '东湖社区', 'residents')).toMatchObject({ value: 100 });
    expect(issueCodes(r, 'warning')).toContain('resent-text-kept@2');
  });

  it('a cell that was an Excel error is filled in by the number resent, as a blank is (no correction needed)', () => {
    const broken = importText('社区,期间,常住人口\n东湖社区,2024-01,#DIV/0!\n', '2024年1月.csv').dataset!;
    const r = importText('社区,期间,常住人口\n东湖社区,2024-01,100\n', '补报.csv', { existing: broken });
    expect(r.report.status).toBe('ok');
    expect(value(r, '东湖社区', 'residents')).toMatchObject({ value: 100, raw: '100' });
    expect(r.report.issues.find((x) => x.code === 'resent-blank-filled')!.message).toContain('在2024年1月.csv第2行为“#DIV/0!”，补报.csv第2行补报为100');
  });

  it('two files of one import, one with the number and one with an Excel error in its place: the number stands', () => {
    const broken = { name: '2024年1月（汇总）.csv', bytes: utf8('社区,常住人口\n东湖社区,#VALUE!\n') };
    const r = importFiles([jan, broken]);
    expect(r.report.status).toBe('ok');
    expect(value(r, '东湖社区', 'residents')).toMatchObject({ value: 100 });
    expect(issueCodes(r, 'warning')).toContain('resent-error-kept@2');
  });

  it('the word changes nothing when nothing differs', () => {
    const first = importFiles([jan]).dataset!;
    const r = importFiles([jan], { existing: first, correctExisting: true });
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.some((x) => x.code.startsWith('existing-corrected'))).toBe(false);
  });
});
