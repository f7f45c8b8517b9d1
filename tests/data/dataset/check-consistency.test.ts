import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../../src/data/dataset/check-consistency';
import { importText } from '../pipeline/import-helpers';

const dataset = (text: string, name = 'a.csv') => importText(text, name).dataset!;
const codes = (text: string): string[] => checkConsistency(dataset(text)).map((i) => `${i.code}@${i.line}`);

describe('checkConsistency: a stored quarter, half or year vs the sum of its parts (flow metrics)', () => {
  const months = '社区,期间,再就业人数\n东湖社区,2023年1月,10\n东湖社区,2023年2月,10\n东湖社区,2023年3月,10\n';
  it('a quarter that is not the sum of its months: a warning at the quarter showing both numbers', () => {
    const issues = checkConsistency(dataset(`${months}东湖社区,2023年第一季度,50\n`));
    expect(issues.map((i) => `${i.code}@${i.line}`)).toEqual(['period-sum-mismatch@5']);
    expect(issues[0]!.message).toContain('50');
    expect(issues[0]!.message).toContain('30');
    expect(issues[0]!.message).toContain('第2、3、4行');
  });
  it('a quarter that is the sum, or whose months are incomplete: no warning', () => {
    expect(codes(`${months}东湖社区,2023年第一季度,30\n`)).toEqual([]);
    expect(codes('社区,期间,再就业人数\n东湖社区,2023年1月,10\n东湖社区,2023年第一季度,50\n')).toEqual([]);
  });
  it('a half checked against its quarters; a stock metric (population) is never summed', () => {
    expect(codes('社区,期间,再就业人数\n东湖社区,2023Q1,10\n东湖社区,2023Q2,10\n东湖社区,2023H1,25\n')).toEqual(['period-sum-mismatch@4']);
    expect(codes('社区,期间,常住人口\n东湖社区,2023Q1,10\n东湖社区,2023Q2,10\n东湖社区,2023H1,25\n')).toEqual([]);
  });
  it('a stock\'s quarter that is the sum of its months (a 一季度 sheet of SUM formulas over the month sheets) is warned, naming its last month\'s value', () => {
    const stock = '社区,期间,常住人口\n东湖社区,2023年1月,1000\n东湖社区,2023年2月,1010\n东湖社区,2023年3月,1020\n';
    const issues = checkConsistency(dataset(`${stock}东湖社区,2023年第一季度,3030\n`));
    expect(issues.map((i) => `${i.code}@${i.line}`)).toEqual(['period-stock-summed@5']);
    expect(issues[0]!.message).toBe('第5行：“东湖社区”2023年第一季度的常住人口为3030，恰是各月（第2、3、4行）之和；但常住人口是时点数，这一期的数应与最后一个月（2023年3月）的1020相同，多半是把各月相加了。请核对后改为期末的数');
    // Its last month's value, or any other, is not this warning's.
    expect(codes(`${stock}东湖社区,2023年第一季度,1020\n`)).toEqual([]);
    expect(codes(`${stock}东湖社区,2023年第一季度,1015\n`)).toEqual([]);
  });
});

describe('checkConsistency: a rate vs its own numerator and denominator', () => {
  const rateCodes = (rate: string): string[] => checkConsistency(dataset(`社区,再就业人数,下岗失业人员,再就业率\n东湖社区,20,100,${rate}\n`, '2023年3月.csv'))
    .map((i) => `${i.code}@${i.line}`);
  it.each([['20%', []], ['20.0%', []], ['20.4%', ['rate-mismatch@2']], ['50%', ['rate-mismatch@2']], ['0.2', ['rate-mismatch@2']]])(
    '再就业率 %s for 20 ÷ 100 → %j', (rate, expected) => {
      expect(rateCodes(rate)).toEqual(expected);
    });
  it.each(['33%', '33.3%', '33.33%'])('1 ÷ 3 written rounded as %s is no mismatch; 33.4%% is', (rate) => {
    const check = (r: string) => checkConsistency(dataset(`社区,再就业人数,下岗失业人员,再就业率\n东湖社区,1,3,${r}\n`, '2023年3月.csv')).length;
    expect(check(rate)).toBe(0);
    expect(check('33.4%')).toBe(1);
  });
  it('the message shows the stored rate and the computed one', () => {
    const [i] = checkConsistency(dataset('社区,再就业人数,下岗失业人员,再就业率\n东湖社区,20,100,50%\n', '2023年3月.csv'));
    expect(i!.message).toContain('50%');
    expect(i!.message).toContain('20%');
  });
  it('the computed rate is written to one decimal more than the stored one (not 70.588235%), and a row holding both parts is named once', () => {
    const [i] = checkConsistency(dataset('社区,再就业人数,下岗失业人员,再就业率\n东湖社区,60,85,75%\n', '2023年3月.csv'));
    expect(i!.message).toBe('第2行：“东湖社区”2023-03的再就业率为75%，但按再就业人数60÷下岗失业人员85计算应为70.6%（第2行），两者不一致；请核对');
    const [j] = checkConsistency(dataset('社区,再就业人数,下岗失业人员,再就业率\n东湖社区,60,85,75.25%\n', '2023年3月.csv'));
    expect(j!.message).toContain('计算应为70.588%（第2行）');
    const [k] = checkConsistency(dataset('社区,再就业人数,下岗失业人员,再就业率\n东湖社区,60,80,70%\n', '2023年3月.csv'));
    expect(k!.message).toContain('计算应为75%（第2行）');
  });
  it('data already in the dataset is not flagged again (fromFile)', () => {
    const ds = dataset('社区,再就业人数,下岗失业人员,再就业率\n东湖社区,20,100,50%\n', '2023年3月.csv');
    expect(checkConsistency(ds, 1)).toEqual([]);
  });
});
