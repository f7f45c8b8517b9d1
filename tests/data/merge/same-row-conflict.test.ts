// @vitest-environment node
/**
 * Two value cells of one row that map to the same unit × period × metric (two period columns of
 * one month, a column of the row's own month beside the metric's column): a different value is a
 * conflict naming the two columns, by letter and header, not the row twice; the same value is kept
 * once without a word; a blank beside a number keeps the number, naming both columns (no "resent"
 * wording: nothing was sent twice). Two cells of no number (a blank beside 见附件 or #DIV/0!) are no
 * conflict, in one row or in two rows or files: the first is kept, with an info.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { importText, observations } from '../pipeline/import-helpers';
import { book } from '../pipeline/workbook-helpers';

const issues = (text: string, codes: readonly string[]) => importText(text, 'a.csv').report.issues
  .filter((i) => codes.includes(i.code)).map((i) => [i.severity, i.code, i.line, i.column, i.message]);

describe('a conflict inside one row names its two columns', () => {
  it('two period columns of one month across the top (a wide CSV)', () => {
    const r = importText('社区,指标,2024年3月,2024-03\n花园路社区,再就业人数,30,35\n', 'a.csv');
    expect(r.report.status).toBe('blocked');
    expect(r.report.issues.filter((i) => i.code === 'conflicting-values').map((i) => [i.severity, i.line, i.column, i.message])).toEqual([
      ['error', 2, 4, '花园路社区2024年3月的“再就业人数”有两个不同的数值：第2行C列“2024年3月”为30，D列“2024-03”为35；这两列是同一单位、同一期间的同一指标。请核对后只保留一列，或改正列名'],
    ]);
  });

  it('a column of the row\'s own month beside the metric\'s column', () => {
    expect(issues('社区,期间,再就业人数,2024年3月再就业人数\n花园路社区,2024年3月,30,35\n', ['conflicting-values'])).toEqual([
      ['error', 'conflicting-values', 2, 4, '花园路社区2024年3月的“再就业人数”有两个不同的数值：第2行C列“再就业人数”为30，D列“2024年3月再就业人数”为35；这两列是同一单位、同一期间的同一指标。请核对后只保留一列，或改正列名'],
    ]);
  });

  it('a workbook sheet: the same, the sheet named as the issue\'s own', () => {
    const bytes = book([['3月', [['社区', '指标', '2024年3月', '2024-03'], ['花园路社区', '再就业人数', 30, 35]]]]);
    const r = importFiles([{ name: '再就业.xlsx', bytes }], { workbookLib: XLSX });
    const e = r.report.issues.filter((i) => i.code === 'conflicting-values');
    expect(e.map((i) => [i.sheet, i.line, i.column, i.message])).toEqual([
      ['3月', 2, 4, '花园路社区2024年3月的“再就业人数”有两个不同的数值：第2行C列“2024年3月”为30，D列“2024-03”为35；这两列是同一单位、同一期间的同一指标。请核对后只保留一列，或改正列名'],
    ]);
  });

  it('two rows that disagree still name their lines', () => {
    expect(issues('社区,期间,再就业人数\n花园路社区,2024年3月,30\n花园路社区,2024年3月,35\n', ['conflicting-values']).map((x) => x[4])).toEqual([
      '花园路社区2024年3月的“再就业人数”有两个不同的数值：第2行为30，第3行为35。请核对后只保留一个',
    ]);
  });
});

describe('the same value in two columns of one row', () => {
  it('is kept once, the row imported (not merged with itself), and nothing said', () => {
    const r = importText('社区,指标,2024年3月,2024-03\n花园路社区,再就业人数,30,30\n', 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.period}|${o.value}`)).toEqual(['2024-03|30']);
    expect(r.report.counts).toMatchObject({ imported: 1, merged: 0 });
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});

describe('a blank beside a number in one row', () => {
  const want = (line: number, blank: string) =>
    ['warning', 'same-row-blank', line, 4, `花园路社区2024年3月的“再就业人数”在第${line}行有两列：C列“2024年3月”为30，D列“2024-03”为${blank}；已取30。这两列是同一单位、同一期间的同一指标，请核对后只保留一列，或改正列名`];
  it('keeps the number, naming both columns, whichever comes first', () => {
    expect(issues('社区,指标,2024年3月,2024-03\n花园路社区,再就业人数,30,\n', ['same-row-blank', 'resent-blank-kept', 'resent-blank-filled'])).toEqual([want(2, '空')]);
    const r = importText('社区,指标,2024-03,2024年3月\n花园路社区,再就业人数,—,30\n', 'a.csv');
    expect(observations(r.dataset).map((o) => o.value)).toEqual([30]);
    expect(r.report.issues.filter((i) => i.code.startsWith('resent-') || i.code === 'same-row-blank').map((i) => i.message)).toEqual([
      '花园路社区2024年3月的“再就业人数”在第2行有两列：D列“2024年3月”为30，C列“2024-03”为“—”；已取30。这两列是同一单位、同一期间的同一指标，请核对后只保留一列，或改正列名',
    ]);
  });
});

describe('two cells of one row with no number (a blank beside 见附件 or #DIV/0!)', () => {
  const want = (c: string, d: string) =>
    ['info', 'same-row-no-number', 2, 4, `花园路社区2024年3月的“再就业人数”在第2行有两列：C列“2024年3月”为${c}，D列“2024-03”为${d}，都没有数值；已按C列记录。这两列是同一单位、同一期间的同一指标，请核对后只保留一列，或改正列名`];
  it.each([
    ['', '见附件', '空', '“见附件”', 'missing'],
    ['#DIV/0!', '', '“#DIV/0!”', '空', 'error'],
    ['见附件', '#DIV/0!', '“见附件”', '“#DIV/0!”', 'invalid'],
  ])('%j beside %j is no conflict: the first is kept, both columns named', (c, d, shownC, shownD, kept) => {
    const r = importText(`社区,指标,2024年3月,2024-03\n花园路社区,再就业人数,${c},${d}\n`, 'a.csv');
    expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues(`社区,指标,2024年3月,2024-03\n花园路社区,再就业人数,${c},${d}\n`, ['same-row-no-number', 'same-row-blank', 'conflicting-values'])).toEqual([want(shownC, shownD)]);
    expect(observations(r.dataset).map((o) => `${o.value}|${o.qualifier}|${o.raw}`)).toEqual([`null|${kept}|${c}`]);
  });
});

describe('two rows or files with no number for one key', () => {
  it.each([
    ['one file', [['a.csv', '社区,期间,再就业人数\n花园路社区,2024年3月,\n花园路社区,2024年3月,#DIV/0!\n']]],
    ['two files', [['a.csv', '社区,期间,再就业人数\n花园路社区,2024年3月,见附件\n'], ['b.csv', '社区,期间,再就业人数\n花园路社区,2024年3月,\n']]],
  ] as const)('%s: no conflict, the first kept, the later row merged', (_, files) => {
    const r = importFiles(files.map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) })));
    expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.report.status).not.toBe('blocked');
    const info = r.report.issues.filter((i) => i.code === 'resent-no-number');
    expect(info.map((i) => i.severity)).toEqual(['info']);
    expect(r.report.rows.at(-1)).toMatchObject({ outcome: 'merged', reason: '先前的来源同样没有数值，保留了先前的记录' });
    expect(observations(r.dataset).map((o) => o.raw)).toEqual([files[0][1].includes('见附件') ? '见附件' : '']);
  });

  it('against the data: a blank resent as #DIV/0! neither blocks nor counts as a correction', () => {
    for (const opts of [{}, { correctExisting: true }]) {
      const first = importText('社区,期间,再就业人数\n花园路社区,2024年3月,\n', 'a.csv').dataset!;
      const r = importText('社区,期间,再就业人数\n花园路社区,2024年3月,#DIV/0!\n', 'b.csv', { existing: first, ...opts });
      expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(r.report.issues.find((i) => i.code === 'resent-no-number')?.message)
        .toBe('花园路社区2024年3月的“再就业人数”在b.csv第2行为“#DIV/0!”，a.csv第2行为空，两处都没有数值；已保留a.csv第2行的记录');
      expect([r.report.added, r.report.corrected ?? 0]).toEqual([0, 0]);
      expect(observations(r.dataset).map((o) => o.qualifier)).toEqual(['missing']);
    }
  });
});

describe('a range is an answer: a blank beside it keeps the range, as it keeps a number', () => {
  it('a blank beside a range in one row: the range kept, both columns named, no English word', () => {
    const r = importText('社区,指标,2024年3月,2024-03\n花园路社区,再就业人数,,30-40\n', 'a.csv');
    expect(r.report.status).not.toBe('blocked');
    expect(observations(r.dataset).map((o) => [o.period, o.qualifier, o.raw])).toEqual([['2024-03', 'range', '30-40']]);
    expect(r.report.issues.filter((i) => i.code === 'same-row-blank').map((i) => i.message)).toEqual([
      '花园路社区2024年3月的“再就业人数”在第2行有两列：D列“2024-03”为30-40，C列“2024年3月”为空；已取30-40。这两列是同一单位、同一期间的同一指标，请核对后只保留一列，或改正列名',
    ]);
    expect(r.report.issues.map((i) => i.message).join('\n')).not.toMatch(/missing|range|invalid/);
  });

  it('a resent file blank where a range was sent: the range kept, as a number is', () => {
    const r = importFiles([
      { name: 'a.csv', bytes: new TextEncoder().encode('社区,期间,再就业人数\n花园路社区,2024年3月,30-40\n') },
      { name: 'b.csv', bytes: new TextEncoder().encode('社区,期间,再就业人数\n花园路社区,2024年3月,\n') },
    ]);
    expect(r.report.status).not.toBe('blocked');
    expect(r.report.issues.filter((i) => i.code === 'resent-blank-kept').map((i) => i.message)).toEqual([
      '花园路社区2024年3月的“再就业人数”在b.csv第2行为空，已保留a.csv第2行的数值30-40；如该项确实应为空，请删除旧数据后重新导入',
    ]);
  });
});
