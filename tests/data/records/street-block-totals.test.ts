/**
 * 小计 and 合计 rows under street heading rows (a table without a street column, each street's
 * communities under a row naming it): each block's total is checked against its own block's rows,
 * the table's total against all of them.
 */
import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

const READ = ['中北镇|东姜井村|70', '中北镇|东姜井社区|50', '南湖街道|东湖社区|80', '南湖街道|南湖社区|120'];
const brief = (rows: string) => {
  const r = importText(`单位,再就业人数\n${rows.trim().split(/\s+/).join('\n')}\n`, '西青区2024年3月.csv');
  const warnings = r.report.issues.filter((i) => i.severity !== 'info');
  return { r, obs: observations(r.dataset).map((o) => `${o.parent}|${o.unit}|${o.value}`).sort(), warnings, at: warnings.map((i) => `${i.code}@${i.line}:${i.column}`) };
};

describe('a 小计 or 合计 under each street heading block', () => {
  it('小计 under each block and a 合计 under all: each checked against its own rows, no warning', () => {
    const { obs, at, r } = brief('南湖街道, 南湖社区,120 东湖社区,80 小计,200 中北镇, 东姜井社区,50 东姜井村,70 小计,120 合计,320');
    expect(obs).toEqual(READ);
    expect(at).toEqual([]);
    expect(r.report.issues.find((i) => i.code === 'subtotal-rows')!.message).toContain('已与其所含各行之和核对');
  });

  it('a block without its 小计: the next block\'s 小计 covers only its own block (was: the rows of both, a false 之和为320)', () => {
    const { obs, at } = brief('南湖街道, 南湖社区,120 东湖社区,80 中北镇, 东姜井社区,50 东姜井村,70 小计,120 合计,320');
    expect(obs).toEqual(READ);
    expect(at).toEqual([]);
  });

  it('合计 instead of 小计 under each block, with or without the table\'s 合计 (was: the second block\'s 合计 taken for all rows, a false 之和为320)', () => {
    for (const rows of ['南湖街道, 南湖社区,120 东湖社区,80 合计,200 中北镇, 东姜井社区,50 东姜井村,70 合计,120 合计,320',
      '南湖街道, 南湖社区,120 东湖社区,80 合计,200 中北镇, 东姜井社区,50 东姜井村,70 合计,120']) {
      const { obs, at } = brief(rows);
      expect(obs).toEqual(READ);
      expect(at).toEqual([]);
    }
  });

  it('only the table\'s 合计 under the blocks: it is the table\'s, checked against all rows', () => {
    expect(brief('南湖街道, 南湖社区,120 东湖社区,80 中北镇, 东姜井社区,50 东姜井村,70 合计,320').at).toEqual([]);
    expect(brief('南湖街道,200 南湖社区,120 东湖社区,80 中北镇,120 东姜井社区,50 东姜井村,70 合计,320').at).toEqual([]);
    // The first block closed by its 合计, the second not: the last 合计 is the table's.
    expect(brief('南湖街道, 南湖社区,120 东湖社区,80 合计,200 中北镇, 东姜井社区,50 东姜井村,70 合计,320').at).toEqual([]);
  });

  it('the heading rows carrying their blocks\' totals beside a 小计 under each: both checked (was: 无法核对 warnings on both headings)', () => {
    const { obs, at } = brief('南湖街道,200 南湖社区,120 东湖社区,80 小计,200 中北镇,120 东姜井社区,50 东姜井村,70 小计,120 合计,320');
    expect(obs).toEqual(READ);
    expect(at).toEqual([]);
    const wrong = brief('南湖街道,200 南湖社区,120 东湖社区,80 小计,200 中北镇,121 东姜井社区,50 东姜井村,70 小计,120 合计,320');
    expect(wrong.warnings.map((i) => i.message)).toEqual(['第6行街道行“中北镇”的再就业人数为121，但其下该街道的2行（自第7行起）之和为120，请核对']);
  });

  it('the same street\'s heading again (a printed page\'s, or 中北镇（续）) goes on with its block', () => {
    for (const again of ['中北镇,', '中北镇（续）,']) {
      const { obs, at } = brief(`南湖街道, 南湖社区,120 东湖社区,80 小计,200 中北镇, 东姜井社区,50 ${again} 东姜井村,70 小计,120 合计,320`);
      expect(obs).toEqual(READ);
      expect(at).toEqual([]);
    }
  });

  it('a real mismatch still warns, naming the line and column and the rows its block holds', () => {
    const sub = brief('南湖街道, 南湖社区,120 东湖社区,80 小计,200 中北镇, 东姜井社区,50 东姜井村,70 小计,121 合计,320');
    expect(sub.at).toEqual(['subtotal-mismatch@9:2']);
    expect(sub.warnings[0]!.message).toBe('第9行“小计”的再就业人数为121，但其覆盖的2行（自第7行起）之和为120，请核对');
    const total = brief('南湖街道, 南湖社区,120 东湖社区,80 合计,200 中北镇, 东姜井社区,50 东姜井村,70 合计,121 合计,320');
    expect(total.warnings.map((i) => `${i.line}:${i.column} ${i.message}`)).toEqual(['9:2 第9行“合计”的再就业人数为121，但其覆盖的2行（自第7行起）之和为120，请核对']);
    const all = brief('南湖街道, 南湖社区,120 东湖社区,80 合计,200 中北镇, 东姜井社区,50 东姜井村,70 合计,120 合计,330');
    expect(all.warnings.map((i) => `${i.line}:${i.column} ${i.message}`)).toEqual(['10:2 第10行“合计”的再就业人数为330，但其覆盖的4行（自第3行起）之和为320，请核对']);
    const first = brief('南湖街道, 南湖社区,120 东湖社区,80 合计,210 中北镇, 东姜井社区,50 东姜井村,70 合计,120 合计,320');
    expect(first.at).toEqual(['subtotal-mismatch@5:2']);
    expect(brief('南湖街道, 南湖社区,120 东湖社区,80 中北镇, 东姜井社区,50 东姜井村,70 合计,330').at).toEqual(['subtotal-mismatch@8:2']);
  });

  it('with a street column, its heading rows (劝业场街道 alone on its row) split the table into blocks the same way', () => {
    const column = (rows: string) => {
      const r = importText(`街道,单位,再就业人数\n${rows.trim().split(/\s+/).join('\n')}\n`, '西青区2024年3月.csv');
      return r.report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}@${i.line}:${i.column}`);
    };
    expect(column('南湖街道,, ,南湖社区,120 ,东湖社区,80 中北镇,, ,东姜井社区,50 ,东姜井村,70 ,小计,120 ,合计,320')).toEqual([]);
    expect(column('南湖街道,, ,南湖社区,120 ,东湖社区,80 ,合计,200 中北镇,, ,东姜井社区,50 ,东姜井村,70 ,合计,120 ,合计,320')).toEqual([]);
    expect(column('南湖街道,, ,南湖社区,120 ,东湖社区,80 ,合计,200 中北镇,, ,东姜井社区,50 ,东姜井村,70 ,合计,121 ,合计,320')).toEqual(['subtotal-mismatch@9:3']);
  });

  it('a 合计 under the last block only, with no 合计 before it: its block\'s, said once against the street row it follows (one rule with a 合计 under each group)', () => {
    const { r, at } = brief('南湖街道, 南湖社区,120 东湖社区,80 中北镇, 东姜井社区,50 东姜井村,70 合计,120');
    expect(at).toEqual([]);
    const said = r.report.issues.filter((i) => i.code === 'subtotal-group-total');
    expect(said.map((i) => i.line)).toEqual([8]);
    expect(said[0]!.message).toContain('是第5行街道行之后第6-7行之和');
    expect(brief('南湖街道, 南湖社区,120 东湖社区,80 中北镇, 东姜井社区,50 东姜井村,70 合计,121').at).toEqual(['subtotal-mismatch@8:2']);
  });

  it('a block with a missing value: its 小计 is not compared, and the note names the blank row', () => {
    const { r, at } = brief('南湖街道, 南湖社区,120 东湖社区,- 小计,200 中北镇, 东姜井社区,50 东姜井村,70 小计,120');
    expect(at.filter((a) => a.startsWith('subtotal-'))).toEqual([]);
    expect(r.report.issues.filter((i) => i.code === 'subtotal-rows').map((i) => i.message).join('\n')).toContain('其所含的第4行没有数值');
  });
});
