/**
 * The street a title row or file name names, without the words a clerk writes before it: a year
 * with 度 (`2024年度咸水沽镇`), a date in Chinese numerals (`二〇二四年三月咸水沽镇`), a letter's
 * 关于/报送/上报, 截至…月底, and the district, written in full or short (`津南区`, `滨海`).
 */
import { describe, expect, it } from 'vitest';
import { fileStreet, streetNameIn } from '../../../src/data/table/file-street';
import { importText, observations } from '../pipeline/import-helpers';

describe('streetNameIn: words before the street are not part of it', () => {
  it.each([
    // 年度 after a year (the year is blanked, 度 is left)
    ['2023年度咸水沽镇社区工作统计表（截至12月底）', '咸水沽镇'], ['2024年度咸水沽镇社区统计', '咸水沽镇'], ['2024年度塘沽街道.csv', '塘沽街道'],
    ['24年度咸水沽镇统计', '咸水沽镇'], ['年度咸水沽镇社区统计', '咸水沽镇'],
    ['关于上报2024年度塘沽街道办事处各社区统计的报告', '塘沽街道'], ['二〇二三年度咸水沽镇统计表', '咸水沽镇'],
    // a date written in Chinese numerals
    ['二〇二四年三月咸水沽镇统计表', '咸水沽镇'], ['二〇二四年四月咸水沽镇各社区统计表', '咸水沽镇'], ['二零二四年十二月咸水沽镇统计表', '咸水沽镇'],
    ['二〇二四年十一月份塘沽街道.csv', '塘沽街道'], ['2024年三月咸水沽镇统计', '咸水沽镇'],
    // a letter's words
    ['关于报送咸水沽镇2024年3月数据的报告', '咸水沽镇'], ['关于塘沽街道2024年3月.csv', '塘沽街道'], ['报送咸水沽镇3月数据', '咸水沽镇'],
    ['上报塘沽街道2024年3月统计.xlsx', '塘沽街道'], ['关于咸水沽镇各社区就业情况的报告', '咸水沽镇'], ['呈报咸水沽镇人民政府2024年3月报表', '咸水沽镇'],
    // 截至…月底
    ['截至3月底咸水沽镇统计', '咸水沽镇'], ['截至2024年3月底咸水沽镇各社区统计', '咸水沽镇'], ['截至3月末塘沽街道.csv', '塘沽街道'],
    // the district, in full (more than one level) or by its short name
    ['天津市津南区咸水沽镇2024年3月统计', '咸水沽镇'], ['津南咸水沽镇2024年3月', '咸水沽镇'], ['滨海塘沽街道2024年3月.csv', '塘沽街道'],
    // 街 ends a street's name too (`塘沽街`, as 滨海新区 writes it)
    ['滨海塘沽街2024年3月.csv', '塘沽街'], ['塘沽街2024年3月.csv', '塘沽街'], ['滨海新区塘沽街2024年3月.csv', '塘沽街'], ['塘沽街各社区2024年3月统计', '塘沽街'],
    ['塘沽街办事处2024年3月', '塘沽街'],
  ])('%s → %s (over a table of units)', (text, street) => {
    expect(streetNameIn(text, 'many')).toBe(street);
  });

  it.each([['2024年度各街道统计'], ['二〇二四年度全镇统计'], ['关于报送各街道2024年3月数据的通知']])('%s names all the streets, none of them → \'\'', (text) => {
    expect(streetNameIn(text, 'many')).toBe('');
  });
});

describe('fileStreet: a title and a file name read alike', () => {
  it.each([
    [{ caption: '2024年度咸水沽镇社区统计' }, '标题行', '咸水沽镇'], [{ caption: '关于报送咸水沽镇2024年3月数据的报告' }, '标题行', '咸水沽镇'],
    [{ caption: '二〇二四年三月咸水沽镇统计表' }, '标题行', '咸水沽镇'], [{ fileName: '2024年度塘沽街道.csv' }, '文件名', '塘沽街道'],
    [{ fileName: '关于塘沽街道2024年3月.csv' }, '文件名', '塘沽街道'], [{ fileName: '滨海塘沽街2024年3月.csv' }, '文件名', '塘沽街'],
  ])('%o → %s：%s', (given, where, street) => {
    const s = fileStreet({ file: 'a.csv', fileName: 'a.csv', ...given }, 'many')!;
    expect(s.name).toBe(street);
    expect(s.issue.message).toBe(`表中没有街道列，街道取自${where}：${street}`);
  });
});

describe('a text naming two streets names no one street of the table', () => {
  it.each([['新华街道 和平街道', ''], ['咸水沽镇 双港镇各社区统计', ''], ['咸水沽镇2024年3月 咸水沽镇', '咸水沽镇'], ['塘沽街各社区 塘沽街道办事处', '塘沽街'], ['咸水沽镇各社区 全镇', '咸水沽镇']])('%s → %s', (text, street) => {
    expect(streetNameIn(text, 'many')).toBe(street);
  });

  it('a street titled over each of two tables side by side: neither street given to both (was: the right table\'s communities under the left\'s street)', () => {
    const r = importText('咸水沽镇,,,,双港镇,,\n社区,常住人口,户数,,社区,常住人口,户数\n祥福里社区,3200,900,,欣华园社区,2000,600\n红星里社区,4100,1100,,花园路社区,1000,300\n', '2024年6月.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).filter((o) => o.parent === '咸水沽镇' && ['欣华园社区', '花园路社区'].includes(o.unit))).toEqual([]);
    // Each table's own street (block-titles.ts): the left one's from its title, the right one's from its.
    expect(observations(r.dataset).filter((o) => o.metric === 'residents').map((o) => `${o.parent}|${o.unit}`).sort())
      .toEqual(['双港镇|欣华园社区', '双港镇|花园路社区', '咸水沽镇|祥福里社区', '咸水沽镇|红星里社区']);
  });
});

// A street's state remark in a file name or title (`新城街道(筹)2024年3月.csv`) was dropped without a word, where the same
// street in a cell keeps it and the merge names the spelling (street-alias).
describe('a state remark after the file\'s street', () => {
  it.each([
    ['新城街道(筹)2024年3月.csv', '新城街道(筹)'], ['新城街道（筹）-2024年3月.xlsx', '新城街道（筹）'], ['新城街道 (筹建中) 2024年3月.csv', '新城街道(筹建中)'],
    ['新城街道【新建】2024年3月.csv', '新城街道【新建】'], ['新城街道(2024年3月).csv', '新城街道'], ['新城街道 (2).csv', '新城街道'], ['新城街道(终稿).csv', '新城街道'],
  ])('%s → %s', (fileName, street) => {
    expect(fileStreet({ file: fileName, fileName }, 'many')!.name).toBe(street);
  });

  it('is kept, and said as the same street in a cell is: one street-alias note naming the spelling', () => {
    const text = '社区,再就业人数\n花园路社区,5\n滨西社区,4\n';
    const r = importText(text, '新城街道(筹)2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => o.parent)).toEqual(['新城街道', '新城街道']);
    const alias = r.report.issues.filter((i) => i.code === 'street-alias');
    expect(alias.map((i) => i.message)).toEqual(['街道名称“新城街道”、“新城街道（筹）”视为同一街道：新城街道；“新城街道（筹）”首见于新城街道(筹)2024年3月.csv第2行']);
    const title = importText(`新城街道（筹）2024年3月各社区统计\n${text}`, '3月.csv');
    expect(title.report.issues.filter((i) => i.code === 'street-alias')).toHaveLength(1);
  });
});
