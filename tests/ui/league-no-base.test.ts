/**
 * Per 1,000 residents, a community whose files give no 常住人口 has no value (无基数 on the page),
 * but its slide said only “—” with the note 无数据的单位列在最后, as if it had sent nothing: now the
 * exported table marks it 无基数 in the 标注 column, and the page and the export explain 无基数.
 */
import { describe, expect, it } from 'vitest';
import { chartWords } from '../../src/charts/chart-words';
import { leagueViewModel } from '../../src/ui/views/league/league-view-model';
import { makeDataset, months } from '../analysis/analysis-fixtures';
import { modelOf } from '../analysis/model-of';

const UNITS = [{ name: '甲社区', parent: '一街道' }, { name: '乙社区', parent: '一街道' }, { name: '丙社区', parent: '一街道' }];
const ROWS = [
  ...months(0, 'reemployed', 2024, [9, 8, 7]), ...months(1, 'reemployed', 2024, [3, 2, 2]), ...months(2, 'reemployed', 2024, [12, 13, 14]),
  ...months(0, 'residents', 2024, [3000, 3000, 3000]), ...months(1, 'residents', 2024, [2000, 2000, 2000]),
];

describe('a unit without a base, per 1,000 residents', () => {
  it('is marked 无基数 in the export and explained on both, not called 无数据', () => {
    const vm = leagueViewModel(modelOf(makeDataset(UNITS, ROWS)), { metric: 'reemployed', period: '2024-03', parent: '', per: '1000', compare: '' }, 'zh')!;
    const w = chartWords('zh');
    const k = vm.table.columns.findIndex((c) => c.key === 'mark');
    const row = vm.table.rows.find((r) => r[1] === '丙社区')!;
    expect(row[0]).toBeNull();
    expect(row[k]).toBe('无基数');
    expect(vm.table.notes).toContain(w.noteNoBase);
    expect(vm.table.notes).not.toContain(w.noteUnranked);
    expect(vm.pageNotes).toContain(w.noteNoBase);
    expect(vm.pageNotes).not.toContain(w.noteUnranked);
  });
});
