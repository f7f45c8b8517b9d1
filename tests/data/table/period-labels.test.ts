// @vitest-environment node
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { LABELLED_PERIOD, PERIOD_LABEL } from '../../../src/data/vocabulary/period-labels';
import { importText, observations } from '../pipeline/import-helpers';
import { book } from '../pipeline/workbook-helpers';

// Labels clerks write before the period: `统计周期：2024年3月` was skipped as a preamble line and the
// file blocked for having no period, while a cover sheet read `统计时段：` and a preamble line did not.
const LABELS = ['统计时间', '统计周期', '统计时段', '统计区间', '统计日期', '统计年月', '报告期', '报表期间', '数据期间',
  '所属时间', '所属月份', '时间段', '期别', '月份', '年月'];

describe('a period label above the header or on a cover sheet', () => {
  for (const label of LABELS) {
    it(`${label}：2024年3月 above the header is the table's period, the whole label quoted`, () => {
      const r = importText(`各社区就业情况统计表\n${label}：2024年3月\n社区,新增就业人数,再就业人数\n祥福里社区,12,3\n红星里社区,8,2\n`, '就业.csv');
      expect(r.report.status).toBe('ok');
      expect(new Set(observations(r.dataset).map((o) => o.period))).toEqual(new Set(['2024-03']));
      expect(r.report.issues.find((i) => i.code === 'preamble-row')?.message).toBe(`第2行“${label}：2024年3月”在表头之上；其中“${label}：2024年3月”作为统计期间`);
    });

    it(`${label}：2024年3月 on a cover sheet is the data sheet's period`, () => {
      const data = [['社区', '再就业人数'], ['花园路社区', 12], ['滨西社区', 8]];
      const r = importFiles([{ name: '社区统计.xlsx', bytes: book([['封面', [['社区统计报表'], [`${label}：2024年3月`]]], ['Sheet1', data]]) }], { workbookLib: XLSX });
      expect(r.report.status).toBe('ok');
      expect(new Set(observations(r.dataset).map((o) => o.period))).toEqual(new Set(['2024-03']));
    });
  }

  it('never the day the sheet was filled in, made or sent', () => {
    for (const text of ['填报时间：2024年4月', '报送时间：2024年4月', '制表时间：2024年4月', '上报月份：2024年4月', '填表日期：2024年4月']) {
      expect(LABELLED_PERIOD.exec(text)).toBeNull();
    }
    expect(PERIOD_LABEL.exec('填报日期：2024年4月5日')).toBeNull();
  });

  it('the longest label is the one matched', () => {
    expect(LABELLED_PERIOD.exec('报表期间：2024年3月')?.[0]).toBe('报表期间：2024年3月');
    expect('统计周期： 2024年3月'.replace(PERIOD_LABEL, '')).toBe('2024年3月');
  });
});
