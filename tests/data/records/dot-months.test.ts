// @vitest-environment node
/** A 期间 column of months written 2024.1 … 2024.12, where Excel shows 2024.10 as 2024.1. */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { importText, observations } from '../pipeline/import-helpers';

const HEADER = '区,街道,社区,期间,指标,数值';
/** One community's twelve months, `2024.m`, the value m; `ten`: how October is written. */
const year = (ten: string): string => [HEADER, ...Array.from({ length: 12 }, (_, k) =>
  `津南区,双港镇,红星社区,${k === 9 ? ten : `2024.${k + 1}`},再就业人数,${k + 1}`)].join('\n') + '\n';

describe('2024.1 in a column of 2024.m months', () => {
  it('beside a 2024.10 it is January, with no word', () => {
    const r = importText(year('2024.10'));
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).find((o) => o.period === '2024-01')!.value).toBe(1);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('with 2024.11 and 2024.12 but no 2024.10: one warning names the 2024.1 cells, saying some may be October', () => {
    const r = importText(year('2024.1'));
    const w = r.report.issues.filter((i) => i.code === 'dot-month-october');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', line: 2, column: 4 });
    expect(w[0]!.message).toContain('第2、11行');
    expect(w[0]!.message).toContain('没有“2024.10”');
    // Not once per cell.
    expect(r.report.issues.filter((i) => i.code === 'dot-month-ambiguous')).toEqual([]);
  });

  it('the same from a workbook whose months are numbers (2024.10 stored as 2024.1)', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([HEADER.split(','),
      ...Array.from({ length: 12 }, (_, k) => ['津南区', '双港镇', '红星社区', Number(`2024.${k + 1}`), '再就业人数', k + 1])]), 'Sheet1');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const r = importFiles([{ name: 'a.xlsx', bytes }], { workbookLib: XLSX });
    expect(r.report.issues.find((i) => i.code === 'dot-month-october')!.message).toContain('第2、11行');
  });

  it('with no month past September: one warning naming the cells read as January', () => {
    const r = importText(`${HEADER}\n津南区,双港镇,红星社区,2024.1,再就业人数,1\n津南区,双港镇,东湖社区,2024.1,再就业人数,3\n津南区,双港镇,红星社区,2024.2,再就业人数,2\n`);
    const w = r.report.issues.filter((i) => i.code === 'dot-month-ambiguous');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('第2-3行');
    expect(r.dataset!.periods).toEqual(['2024-01', '2024-02']);
  });
});
