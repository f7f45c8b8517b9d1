// @vitest-environment node
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { book, type BookCell } from './workbook-helpers';

describe('a day written in the title row beside a file name naming the month', () => {
  const one = (title: BookCell[]) => importFiles([{ name: '王顶堤街道2024年3月就业统计.xlsx', bytes: book([['Sheet1', [title, ['社区', '下岗失业人员'], ['华苑社区', 12]]]]) }], { workbookLib: XLSX });

  it('the day (2024年4月5日, when the sheet was filled in) does not outweigh the file name\'s 2024年3月: read as March, with a warning', () => {
    for (const title of [['社区就业情况统计表', null, '2024年4月5日'], ['社区就业情况统计表（2024年4月5日）']]) {
      const r = one(title);
      expect(r.dataset!.periods).toEqual(['2024-03']);
      const w = r.report.issues.filter((i) => i.code === 'period-title-day');
      expect(w.map((i) => i.severity)).toEqual(['warning']);
      expect(w[0]!.message).toBe('标题行中的“2024年4月5日”是某一天的日期（多为填表或报送的日子），与文件名中的“2024年3月”（2024年3月）不一致，已按文件名统计为2024年3月；如本表确是2024年4月的数，请把文件名改为“2024年4月”后重新导入');
      expect(r.report.issues.filter((i) => i.code === 'date-mid-month' || i.code === 'period-disagree')).toEqual([]);
    }
    // A month in the title still outweighs the file name's, as before.
    expect(one(['2024年4月社区就业情况统计表']).dataset!.periods).toEqual(['2024-04']);
  });
});
