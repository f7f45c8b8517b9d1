/**
 * The exported league table (CSV, XLSX, slide) says what the page's 持续靠后 column says: 东姜井村
 * last three months running is 连续3期靠后 on the page and in its row of the export.
 */
import { describe, expect, it } from 'vitest';
import { leagueViewModel } from '../../src/ui/views/league/league-view-model';
import { makeDataset, months } from '../analysis/analysis-fixtures';
import { modelOf } from '../analysis/model-of';

const UNITS = [
  { name: '东姜井社区', parent: '中北镇' }, { name: '东姜井村', parent: '中北镇' }, { name: '西姜井社区', parent: '中北镇' },
  { name: '西姜井村', parent: '中北镇' }, { name: '王家台社区', parent: '中北镇' },
];
const ROWS = [
  ...months(0, 'reemployed', 2024, [9, 8, 7]), ...months(1, 'reemployed', 2024, [3, 2, 2]), ...months(2, 'reemployed', 2024, [12, 13, 14]),
  ...months(3, 'reemployed', 2024, [5, 6, 6]), ...months(4, 'reemployed', 2024, [8, 8, 8]),
];

describe('the 排行 export keeps 持续靠后', () => {
  it('has a 持续靠后 column holding each unit\'s run as the page shows it (连续3期靠后)', () => {
    const model = modelOf(makeDataset(UNITS, ROWS));
    const vm = leagueViewModel(model, { metric: 'reemployed', period: '2024-03', parent: '', per: 'none', compare: '' }, 'zh')!;
    expect([...vm.runs.values()]).toEqual([3]);
    const k = vm.table.columns.findIndex((c) => c.key === 'lagging');
    expect(k).toBeGreaterThan(0);
    const byName = new Map(vm.table.rows.map((r) => [r[1], r[k]]));
    expect(byName.get('东姜井村')).toBe('连续3期靠后');
    expect([...byName.values()].filter((v) => v !== '')).toEqual(['连续3期靠后']);
    expect(vm.table.notes).toContain(vm.laggingNote);
  });
});
