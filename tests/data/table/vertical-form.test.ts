import { describe, expect, it } from 'vitest';
import { detectVerticalForm, unitNameIn } from '../../../src/data/table/vertical-form';
import { sheetNamePeriod } from '../../../src/data/table/sheet-period';

const cols = (...names: string[]) => names.map((name, index) => ({ index, name }));

describe('unitNameIn', () => {
  it.each([
    ['东湖社区2024年3月主要指标', '东湖社区'],
    ['东湖社区-2024年3月.xlsx', '东湖社区'],
    ['2024年3月东姜井村统计表', '东姜井村'],
    ['C:\\报表\\花园路社区居委会 2024年一季度.xls', '花园路社区居委会'],
    ['2024年3月主要指标', ''],
    ['月报.xlsx', ''],
    // words for all the communities name none of them
    ['2024年3月各社区.xlsx', ''], ['全部社区2024年3月', ''], ['所有村2024年', ''], ['辖区社区月报', ''], ['各村（社区）统计表', ''],
  ])('%s → %s', (text, name) => {
    expect(unitNameIn(text)).toBe(name);
  });
});

describe('unitNameIn: the endings are the vocabulary\'s (endsLikeUnit\'s words)', () => {
  it.each([
    ['花园路社区居委会2024年3月工作统计', '花园路社区居委会'],
    ['东姜井村委会三月报表', '东姜井村委会'],
    ['西姜井村民委员会', '西姜井村民委员会'],
    ['中北镇东姜井村2024年3月', '东姜井村'],
    ['王家村社区2024年3月', '王家村社区'],
    ['万达小区万达社区2024年3月', '万达小区万达社区'],
    // read as '' (or cut short) by a list of endings of its own: the short committees, a 小区, a state remark
    ['祥福里居委2024年3月工作统计', '祥福里居委'],
    ['东姜井村委2024年3月', '东姜井村委'],
    ['阳光小区2024年3月工作统计', '阳光小区'],
    ['阳光小区居委会2024年3月', '阳光小区居委会'],
    ['新城社区（筹）2024年3月工作统计', '新城社区（筹）'],
    // words for all the units, or this one, with those endings name none
    // a committee of another kind, or the words 社区居委会 with no name before them
    ['业主委员会成立情况2024年3月', ''], ['物业管理委员会2024年3月', ''], ['社区居委换届选举情况2024年3月', ''], ['社区居委会2024年3月', ''],
    ['各居委2024年3月', ''], ['全体居委2024年3月', ''], ['各村委2024年3月', ''], ['各小区2024年3月', ''], ['所有小区报表', ''], ['本社区2024年3月', ''], ['本小区月报', ''],
  ])('%s → %s', (text, name) => {
    expect(unitNameIn(text)).toBe(name);
  });

  // A 村 inside the name was taken for its end (`王村庄社区` read as 王村), and a village's committee
  // after its 村 (`边村村委会`, official names of the list) was left off (read as 边村村, which no file's 边村 is).
  it.each([
    ['王村庄社区2024年3月主要指标', '王村庄社区'],
    ['王村庄社区居委会2024年3月', '王村庄社区居委会'],
    ['蒙村店村委会2024年3月', '蒙村店村委会'],
    ['唐家口新村六段社区2024年3月', '唐家口新村六段社区'],
    ['双口村第一村民委员会2024年3月', '双口村第一村民委员会'],
    ['京津中关村科技城虚拟社区2024年3月', '京津中关村科技城虚拟社区'],
    ['张村村委会2024年3月', '张村村委会'],
    ['边村村委会三月报表', '边村村委会'],
    ['张献庄村村民委员会2024年3月', '张献庄村村民委员会'],
    // as before: a name ending in 村 then the words of a title, or the words for all the units
    ['村庄社区2024年3月', '村庄社区'], ['新村社区2024年3月', '新村社区'], ['李村村2024年3月', '李村村'],
    ['东村社区居委会2024年3月', '东村社区居委会'], ['小王庄村各社区统计', '小王庄村'], ['东姜井村2024年各社区', '东姜井村'],
    ['东姜井村关于社区换届的报告', '东姜井村'], ['东姜井村村民小组统计', '东姜井村村'],
  ])('%s → %s', (text, name) => {
    expect(unitNameIn(text)).toBe(name);
  });

  it.each([
    ['边村村委会2024年3月', '边村-2024年3月.xlsx'],
    ['王村庄社区2024年3月', '王村庄社区.xlsx'],
  ])('title %s and file %s name one community: no disagreement, the title\'s whole name', (caption, file) => {
    const r = detectVerticalForm(cols('项目', '本月'), { file, caption })!;
    expect(r.issues.map((i) => i.code)).not.toContain('vertical-unit-disagree');
    expect(r.form.unitName).toBe(caption.replace(/2024年3月$/, ''));
  });

  it.each([
    ['东姜井村委会三月报表', '东姜井村-2024年3月.xlsx'],
    ['东姜井村委2024年3月', '东姜井村-2024年3月.xlsx'],
    ['西姜井村民委员会2024年3月', '西姜井村-2024年3月.xlsx'],
    ['新城社区（筹）2024年3月', '新城社区-2024年3月.xlsx'],
    ['光明居委会2024年3月', '光明社区-2024年3月.xlsx'],
  ])('title %s and file %s name one community: no disagreement', (caption, file) => {
    const r = detectVerticalForm(cols('项目', '本月'), { file, caption })!;
    expect(r.issues.map((i) => i.code)).not.toContain('vertical-unit-disagree');
  });

  it.each([
    ['老旧小区改造情况2024年3月', '花园路社区.xlsx', '花园路社区'],
    ['无物业小区管理情况2024年3月', '东姜井村-2024年3月.csv', '东姜井村'],
  ])('a title about a 小区 (%s) names the form\'s subject, not its community: the file\'s %s names it, no disagreement', (caption, file, name) => {
    const r = detectVerticalForm(cols('项目', '本月'), { file, caption })!;
    expect(r.form.unitName).toBe(name);
    expect(r.issues.map((i) => i.code)).not.toContain('vertical-unit-disagree');
  });

  it('a 小区 named alone is the unit', () => {
    expect(detectVerticalForm(cols('项目', '本月'), { file: '2024年3月.csv', caption: '阳光小区2024年3月工作统计' })!.form.unitName).toBe('阳光小区');
  });

  it('another level is another community: 东姜井社区 is not 东姜井村', () => {
    const r = detectVerticalForm(cols('项目', '本月'), { file: '东姜井社区-2024年3月.xlsx', caption: '东姜井村委会2024年3月' })!;
    expect(r.issues.map((i) => i.code)).toContain('vertical-unit-disagree');
  });
});

describe('detectVerticalForm', () => {
  it('项目 | 本月 | 累计 with the community in the title', () => {
    const r = detectVerticalForm(cols('项目', '本月', '累计'), { file: 'a.xlsx', caption: '东湖社区2024年3月主要指标' })!;
    expect(r.form).toMatchObject({ metric: 0, current: 1, cumulative: 2, unitName: '东湖社区', unitSource: 'caption', filePeriod: { key: '2024-03', source: 'caption' } });
    expect(r.issues.map((i) => `${i.severity}:${i.code}`)).toEqual(['info:vertical-form', 'info:period-from-caption']);
  });

  it.each(['年度累计', '今年累计', '本年度累计', '今年以来', '年初至今', '自年初累计'])('项目 | 本月 | %s: the year to date, like 累计 (not two communities)', (word) => {
    const r = detectVerticalForm(cols('项目', '本月', word), { file: '祥福里社区-2024年3月.xlsx', caption: '咸水沽镇祥福里社区2024年3月工作统计表' })!;
    expect(r.form).toMatchObject({ metric: 0, current: 1, cumulative: 2, unitName: '祥福里社区', filePeriod: { key: '2024-03' } });
  });

  it('the community from the file name and the period from the sheet name', () => {
    const r = detectVerticalForm(cols('指标', '本期'), { file: '西山社区2024年.xlsx', sheet: '4月' })!;
    expect(r.form).toMatchObject({ current: 1, cumulative: -1, unitName: '西山社区', unitSource: 'file-name', filePeriod: { key: '2024-04', source: 'sheet-name' } });
  });

  it('in a workbook, the community may be the sheet name', () => {
    const r = detectVerticalForm(cols('项目', '本月'), { file: '2024年3月报表.xlsx', sheet: '柳滩社区' })!;
    expect(r.form).toMatchObject({ unitName: '柳滩社区', unitSource: 'sheet-name', filePeriod: { key: '2024-03', source: 'file-name' } });
  });

  it('a summary sheet (合计, 汇总, 全街道) among one-community sheets is no community: marked to be skipped', () => {
    for (const sheet of ['合计', '汇总', '总计', '3月汇总', '汇总表', '全街道', '全镇']) {
      const r = detectVerticalForm(cols('项目', '本月'), { file: '2024年3月东湖街道.xlsx', sheet })!;
      expect(r.form.summarySheet).toBe(true);
      expect(r.issues.map((i) => `${i.severity}:${i.code}`)).toEqual(['info:summary-sheet']);
    }
    expect(detectVerticalForm(cols('项目', '本月'), { file: '2024年3月报表.xlsx', sheet: '柳滩社区' })!.form.summarySheet).toBe(false);
  });

  it('is not the vertical form when other columns are units or metrics', () => {
    expect(detectVerticalForm(cols('指标', '东湖社区', '西山社区'), { file: 'a.csv' })).toBeNull();
    expect(detectVerticalForm(cols('社区', '本月'), { file: 'a.csv' })).toBeNull();
    expect(detectVerticalForm(cols('项目', '累计'), { file: 'a.csv' })).toBeNull();
  });

  it('no community anywhere is an error saying where to put it', () => {
    const r = detectVerticalForm(cols('项目', '本月'), { file: '2024年3月.xlsx' })!;
    expect(r.issues.find((i) => i.severity === 'error')!.message).toContain('文件名');
  });
});

describe('sheetNamePeriod', () => {
  it.each([
    ['3月', '2024年社区统计表', 'x.xlsx', '2024-03'],
    ['一季度', undefined, '津南区2023年.xlsx', '2023-Q1'],
    ['上半年', '2025年报表', 'x.xlsx', '2025-H1'],
    ['2024年3月', undefined, 'x.xlsx', '2024-03'],
    ['12月', undefined, '2024年月报.xlsx', '2024-12'],
    // words after the period: the period still
    ['3月份统计', undefined, '咸水沽镇2024年月报.xlsx', '2024-03'], ['3月(修改)', undefined, '咸水沽镇2024年月报.xlsx', '2024-03'],
    ['3月（修改版）', undefined, '咸水沽镇2024年月报.xlsx', '2024-03'], ['3月定稿', undefined, '2024年咸水沽镇月报.xlsx', '2024-03'],
    ['3月 ', undefined, '2024年月报.xlsx', '2024-03'], ['一季度汇总', undefined, '2024年季报.xlsx', '2024-Q1'],
    ['2024年3月统计', undefined, 'x.xlsx', '2024-03'],
  ])('%s (title %s, file %s) → %s', (sheet, caption, file, key) => {
    const p = sheetNamePeriod(sheet, caption, file)!;
    expect(p).not.toBeNull();
    expect(`${p.period.year}-${p.period.granularity === 'M' ? String(p.period.index).padStart(2, '0') : `${p.period.granularity}${p.period.index}`}`).toBe(key);
  });

  it.each([['Sheet1'], ['数据'], ['3月']])('%s without a year anywhere → null', (sheet) => {
    expect(sheetNamePeriod(sheet, '社区统计表', '报表.xlsx')).toBeNull();
  });

  it.each([['3'], ['3月至今'], ['3月-4月'], ['3月以来'], ['上半年累计'], ['3月5日统计'], ['Sheet3月'], ['Sheet1 (2)'], ['(2)'], ['3月 (2024)'], ['3月(1-15日)'], ['3月 (2) 至今']])('%s is no one period of its own → null, though the file gives the year', (sheet) => {
    expect(sheetNamePeriod(sheet, undefined, '咸水沽镇2024年月报.xlsx')).toBeNull();
  });
});
