/**
 * mergeRecords writes the merged observations over the records' own columns when there is no
 * existing dataset: observations are stored at lower indices than the records they came from once
 * a repeat was dropped. Messages about an earlier observation must still name its own value, raw
 * text, file and line, and the records cannot be merged a second time.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { mergeRecords } from '../../../src/data/merge/merge-records';
import { ObservationRecords } from '../../../src/data/records/observation-records';
import { IssueSink } from '../../../src/data/report/issue-sink';
import { canonicalMetric } from '../../../src/data/vocabulary/metric-catalog';
import { observations, utf8 } from '../pipeline/import-helpers';

describe('mergeRecords in place', () => {
  it('after a dropped repeat, a conflict names the earlier row (value, raw text, line) of its own key', () => {
    const csv = '社区,期间,户数\n东湖社区,2024-01,10\n东湖社区,2024-01,10\n西山社区,2024-01,"1,234"\n南苑社区,2024-01,7\n西山社区,2024-01,99\n';
    const r = importFiles([{ name: 'a.csv', bytes: utf8(csv) }]);
    const c = r.report.issues.find((i) => i.code === 'conflicting-values')!;
    expect(c.line).toBe(6);
    expect(c.file).toBe('a.csv');
    // Both rows are of the issue's own file: named once, in its place, not twice more in the message.
    expect(c.message).toBe('西山社区2024年1月的“户数”有两个不同的数值：第4行为1,234，第6行为99。请核对后只保留一个');
  });

  it('after a dropped repeat, a blank filled in later replaces the right observation and keeps the others', () => {
    const first = { name: '1月.csv', bytes: utf8('社区,期间,户数\n东湖社区,2024-01,10\n东湖社区,2024-01,10\n西山社区,2024-01,暂无\n南苑社区,2024-01,7\n') };
    const again = { name: '1月补报.csv', bytes: utf8('社区,期间,户数\n西山社区,2024-01,"1,200"\n') };
    const r = importFiles([first, again]);
    expect(r.report.status).toBe('ok');
    const obs = observations(r.dataset);
    expect(obs.map((o) => [o.unit, o.value, o.line]).sort()).toEqual([['东湖社区', 10, 2], ['南苑社区', 7, 5], ['西山社区', 1200, 2]].sort());
    expect(obs.find((o) => o.unit === '西山社区')).toMatchObject({ raw: '1,200', qualifier: 'exact' });
    const w = r.report.issues.find((i) => i.code === 'resent-blank-filled')!;
    expect(w.message).toContain('1月.csv第4行为“暂无”');
    const ds = r.dataset!;
    const files = Array.from(ds.obs.unit, (u, i) => `${ds.units[u]!.name} ${ds.files[ds.obs.file[i]!]!.name}`).sort();
    expect(files).toEqual(['东湖社区 1月.csv', '南苑社区 1月.csv', '西山社区 1月补报.csv'].sort());
  });

  it('records merged once are used up: a second merge throws instead of reading merged columns as records', () => {
    const recs = new ObservationRecords();
    const mention = recs.mentionOf({ code: '', district: '', parent: '', rawName: '东湖社区', file: 0, line: 2, hasParentColumn: false });
    const metric = recs.metricOf(canonicalMetric('households')!);
    const period = recs.periodOf('2024-01');
    recs.add(mention, metric, period, 10, 0, recs.addRow(0, 2), 2, null);
    const files = [{ name: 'a.csv', encoding: 'utf-8', bytes: 1 }];
    const ds = mergeRecords(recs, files, undefined, new IssueSink()).build({ id: 'x', name: 'x' });
    expect(Array.from(ds.obs.value)).toEqual([10]);
    expect(() => mergeRecords(recs, files, undefined, new IssueSink())).toThrow(/merged already/);
  });

  it('keeps each raw text with its own observation around the records the merge loop stops at or passes over', () => {
    // A row repeated in its file stops the loop (named as a repeat); the same value from another
    // file is passed over as merged. Raw texts after either belong to their own rows.
    const a = { name: 'a.csv', bytes: utf8('社区,期间,户数\n东湖社区,2024-01,"1,234"\n东湖社区,2024-01,"1,234"\n西山社区,2024-01,"2,000"\n南苑社区,2024-01,7\n') };
    const b = { name: 'b.csv', bytes: utf8('社区,期间,户数\n西山社区,2024-01,"2,000"\n北关社区,2024-01,"3,500余"\n东湖社区,2024-01,"1,234"\n中山社区,2024-01,"4,000"\n') };
    const r = importFiles([a, b]);
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => [o.unit, o.value, o.raw ?? null, o.line])).toEqual([
      ['东湖社区', 1234, '1,234', 2], ['中山社区', 4000, '4,000', 5], ['北关社区', 3500, '3,500余', 3],
      ['南苑社区', 7, '7', 5], ['西山社区', 2000, '2,000', 4],
    ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))));
    expect(r.report.issues.filter((i) => i.code === 'duplicate-row').map((i) => i.line)).toEqual([3]);
    expect(r.report.counts).toMatchObject({ rowsIn: 8, imported: 5, merged: 3 });
  });
});

describe('mergeRecords onto an existing dataset: a conflict with a file of the same name', () => {
  it('January resent under the same file name with one number changed: the message says which value is already in the data and which is this import\'s', () => {
    const jan = '社区,期间,户数\n东湖社区,2024-01,10\n西山社区,2024-01,37\n';
    const first = importFiles([{ name: '1月.csv', bytes: utf8(jan) }]);
    const r = importFiles([{ name: '1月.csv', bytes: utf8(jan.replace(',37', ',25')) }], { existing: first.dataset! });
    const c = r.report.issues.find((i) => i.code === 'existing-conflict')!;
    expect(c.message).toBe('西山社区2024年1月的“户数”有两个不同的数值：已有数据（1月.csv第3行）为37，本次导入的1月（第2次导入）.csv第3行为25。如本次导入的是更正后的数据，请选“以本次导入为准，更正已有数据”；否则请核对后只保留一个');
  });
});
