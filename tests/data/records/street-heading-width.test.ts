/**
 * A street's heading row typed with nothing after its name (`南湖街道` alone on its line of a CSV, no trailing commas): it
 * was read right, yet each such row was warned as a short data row (ragged-row-short: 第3行缺少1列（常住人口），按空值处理).
 */
import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

const run = (text: string) => {
  const r = importText(text, '统计.csv');
  return { r, obs: observations(r.dataset).map((o) => `${o.parent}|${o.unit}|${o.metric}|${o.value ?? ''}`), short: r.report.issues.filter((i) => i.code === 'ragged-row-short').map((i) => i.line) };
};

describe('a heading row alone on its line is no short data row', () => {
  it('a two-column table: the streets head their communities, with no width warning', () => {
    const { r, obs, short } = run('2024年3月各社区统计表\n社区,常住人口\n南湖街道\n花园路社区,1200\n幸福里社区,1300\n北湖街道\n滨西社区,900\n');
    expect(r.report.status).toBe('ok');
    expect([...obs].sort()).toEqual(['北湖街道|滨西社区|residents|900', '南湖街道|幸福里社区|residents|1300', '南湖街道|花园路社区|residents|1200'].sort());
    expect(r.report.issues.filter((i) => i.code === 'street-heading-row').map((i) => i.line)).toEqual([3, 6]);
    expect(short).toEqual([]);
  });

  it('with a 序号 column and a list number on the heading: none for the headings, one for the community short of a value', () => {
    const { obs, short } = run('2024年3月各社区统计表\n序号,社区,常住人口,户数\n南湖街道\n1,花园路社区,1200,400\n2,幸福里社区,1300\n一、北湖街道\n3,滨西社区,900,300\n');
    expect(short).toEqual([5]);
    expect(obs).toContain('南湖街道|幸福里社区|households|');
    expect(obs).toContain('北湖街道|滨西社区|residents|900');
  });

  it('in the street column of a table that has one', () => {
    const { obs, short } = run('2024年3月各社区统计表\n街道,社区,常住人口\n南湖街道\n,花园路社区,1200\n,幸福里社区,900\n');
    expect(short).toEqual([]);
    expect([...obs].sort()).toEqual(['南湖街道|幸福里社区|residents|900', '南湖街道|花园路社区|residents|1200'].sort());
  });

  it('a part\'s heading (一、社区 / 二、村) alone on its line', () => {
    const { obs, short } = run('2024年3月各社区统计表\n社区,常住人口,户数\n一、社区\n花园路社区,1200,400\n二、村\n王家村,900,300\n');
    expect(short).toEqual([]);
    expect(obs).toHaveLength(4);
  });

  it('a street row with its sums short of a column is still said short: its missing sum is not checked', () => {
    const { short } = run('2024年3月各社区统计表\n社区,常住人口,户数\n南湖街道,2100\n花园路社区,1200,400\n幸福里社区,900,300\n');
    expect(short).toEqual([3]);
  });

  it('a community\'s row short of its values is still said short, under a heading or not', () => {
    expect(run('2024年3月各社区统计表\n社区,常住人口\n南湖街道\n花园路社区\n幸福里社区,1300\n').short).toEqual([4]);
    expect(run('2024年3月各社区统计表\n社区,常住人口,户数\n花园路社区,1200\n幸福里社区,1300,500\n').short).toEqual([3]);
  });
});
