/**
 * A transposed table (items down, communities across) with a column of the communities' average or
 * of a change (`指标 | 东湖社区 | 西山社区 | 平均值 | 增长率`): no community, as a row so named is not
 * one in a wide table (row-label.ts); set aside and said, never a community named 平均值.
 */
import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

describe('a transposed table\'s columns of statistics', () => {
  it('平均值 and 增长率 beside the communities are set aside with one note; the communities import', () => {
    const r = importText('指标,东湖社区,西山社区,平均值,增长率\n常住人口,3200,2800,3000,0.05\n户数,1100,950,1025,0.02\n', '中北镇2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect([...new Set(observations(r.dataset).map((o) => o.unit))].sort()).toEqual(['东湖社区', '西山社区']);
    const note = r.report.issues.filter((i) => i.code === 'statistic-columns');
    expect(note.map((i) => [i.severity, i.line, i.column])).toEqual([['info', 1, 4]]);
    expect(note[0]!.message).toBe('“平均值”列是平均值、最大值、占比等统计列，“增长率”列是对比列（上年同期、同比、增减、增长率等），都不是社区，未导入');
  });

  it('a column named like a community (平均社区) stays one', () => {
    const r = importText('指标,东湖社区,平均社区\n常住人口,3200,2800\n', '中北镇2024年3月.csv');
    expect([...new Set(observations(r.dataset).map((o) => o.unit))].sort()).toEqual(['东湖社区', '平均社区']);
    expect(r.report.issues.map((i) => i.code)).not.toContain('statistic-columns');
  });
});

describe('a transposed table whose every column names a quantity', () => {
  it.each([['指标,上报数,核实数'], ['指标名称,权重,满分'], ['项目,核实数（人）,合计']])('%s: no community is named so; refused, saying what to keep', (head) => {
    const r = importText(`${head}\n常住人口,3200,3100\n户数,1100,1090\n`, '东湖社区2024年3月.csv');
    expect(r.report.status).toBe('blocked');
    const e = r.report.issues.filter((i) => i.code === 'transposed-quantity-headers');
    expect(e.map((i) => [i.severity, i.column])).toEqual([['error', 2]]);
    const names = head.split(',').slice(1).filter((n) => n !== '合计');
    expect(e[0]!.message).toBe(`表头${names.map((n) => `“${n}”`).join('、')}是数量或分值的名称，不是社区名称，不能按转置表（指标在行、社区在列）读取。如是单个社区的竖表，请只保留“${head.split(',')[0]} | 本月”两列（本月列填本期的数），并把社区名称写进标题或文件名；如不是统计数据（如评分标准），请删除后重新导入`);
  });
});
