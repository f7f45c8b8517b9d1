/**
 * A table without a street column, from a street's own file: the street is named in the file name
 * (`双林街道-2024年3月.csv`), the title (`双林街道各社区…统计表`), the 填报单位 line or the sheet name.
 * Twin names of two streets (花园路社区 in 双林街道 and in 葛沽镇) stay two units.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { streetNameIn } from '../../../src/data/table/file-street';
import { observations, utf8 } from './import-helpers';

const run = (files: [string, string][]) => importFiles(files.map(([name, text]) => ({ name, bytes: utf8(text) })), { workbookLib: XLSX });
const units = (r: ReturnType<typeof run>): string[] => r.dataset!.units.map((u) => `${u.parent}/${u.name}`).sort();

describe('streetNameIn', () => {
  it.each([
    ['双林街道-2024年3月.csv', '双林街道'], ['中北镇-2024年3月.xlsx', '中北镇'], ['双林街道各社区就业情况统计表', '双林街道'],
    ['2024年3月津南区双林街道各社区统计', '双林街道'], ['双林街道办事处2024年3月报表', '双林街道'], ['辛庄镇人民政府', '辛庄镇'],
    ['各社区就业情况统计表', ''], ['花园路社区-2024年3月.xlsx', ''], ['大新镇社区2024年3月', ''], ['2024年3月.csv', ''], ['津南区各街道2024年3月统计表', ''], ['全镇各村统计', ''],
    // a district's short name is taken off only with two characters of the street left; 街 ends a street only at the end of a word
    ['河西镇2024年3月', '河西镇'], ['南开街道2024年3月', '南开街道'], ['东丽湖街道2024年3月', '东丽湖街道'], ['开展街巷整治情况统计', ''],
    ['步行街社区2024年3月', ''], ['和平街社区', ''], ['2024 年度 咸水沽镇各社区统计', '咸水沽镇'],
  ])('%s → %s', (text, street) => {
    expect(streetNameIn(text)).toBe(street);
  });

  // Over a table of several units, a town followed by 社区/村 and a word for a report names the
  // town's communities; over one community's form (or alone) it is that community's name.
  it.each([
    ['2024年3月台头镇社区统计', '台头镇', ''], ['台头镇社区就业情况统计表', '台头镇', ''], ['王口镇村统计表', '王口镇', ''],
    ['台头镇村级统计', '台头镇', '台头镇'], ['台头镇各村2024年3月', '台头镇', '台头镇'],
    // 村居: the town's villages and communities (a 村居委会 is one unit's committee).
    ['2024年6月王稳庄镇村居统计', '王稳庄镇', ''], ['中北镇社区居民情况', '中北镇', ''], ['大新镇社区居委会2024年3月', '', ''],
    // In traditional characters.
    ['2024年6月中北鎮各村居統計', '中北镇', '中北镇'], ['楊柳青鎮2024年3月', '杨柳青镇', '杨柳青镇'],
    ['大新镇社区2024年3月', '', ''], ['大新镇社区', '', ''], ['莱茵小镇社区居委会2024年3月', '', ''], ['新镇村统计', '', ''],
    // 街镇, 乡镇: the streets and towns of a district, all of them.
    ['津南区2024年3月各街镇社区就业统计表', '', ''], ['全区各乡镇村级统计', '', ''], ['所有街乡镇社区统计表', '', ''],
  ])('%s → %s over several units, %s over one', (text, many, one) => {
    expect(streetNameIn(text, 'many')).toBe(many);
    expect(streetNameIn(text, 'one')).toBe(one);
  });
});

describe('the street of a file without a street column', () => {
  it('from the file names: twin names of two streets are two units', () => {
    const r = run([['双林街道-2024年3月.csv', '社区,下岗失业人员\n花园路社区,10\n东湖社区,3\n'], ['葛沽镇-2024年3月.csv', '社区,下岗失业人员\n花园路社区,20\n西山社区,4\n']]);
    expect(r.report.status).toBe('ok');
    expect(units(r)).toEqual(['双林街道/东湖社区', '双林街道/花园路社区', '葛沽镇/花园路社区', '葛沽镇/西山社区']);
    expect(r.report.issues.find((i) => i.code === 'street-from-file')!.message).toBe('表中没有街道列，街道取自文件名：双林街道');
  });

  it('from the 填报单位 line or the title', () => {
    const form = (line: string, v: number) => `各社区就业情况统计表\n${line}\n社区,下岗失业人员\n花园路社区,${v}\n`;
    const r = run([['a.csv', form('填报单位：双林街道,,统计时间：2024年3月', 10)], ['b.csv', form('填报单位：葛沽镇（盖章）,,统计时间：2024年3月', 20)]]);
    expect(units(r)).toEqual(['双林街道/花园路社区', '葛沽镇/花园路社区']);
    const t = run([['a.csv', '双林街道各社区2024年3月统计表\n社区,下岗失业人员\n花园路社区,10\n']]);
    expect(units(t)).toEqual(['双林街道/花园路社区']);
  });

  it('from a 填报单位 line with the seal remark before its colon (填报单位（盖章）：)', () => {
    const r = run([['月报.csv', '社区就业和志愿服务情况统计表,,\n填报单位（盖章）：咸水沽镇,,2024年3月\n社区,下岗失业人员,再就业人数\n祥福里社区,40,12\n']]);
    expect(units(r)).toEqual(['咸水沽镇/祥福里社区']);
    expect(r.report.issues.find((i) => i.code === 'street-from-file')!.message).toBe('表中没有街道列，街道取自填报单位：咸水沽镇');
  });

  it('from a 填报单位 line above the title, the title\'s period read (not the day the sheet was filled in)', () => {
    for (const filer of ['填报单位：新城街道', '填报单位（盖章）：新城街道办事处    填报日期：2024年4月5日', '填报单位：新城街道    填表人：张三    联系电话：13800000000']) {
      const r = run([['a.csv', `${filer}\n2024年3月各社区统计\n社区,再就业人数,低保户数\n花园路社区,12,5\n东风社区,8,3\n`]]);
      expect(r.report.status).toBe('ok');
      expect(r.dataset!.periods).toEqual(['2024-03']);
      expect(units(r)).toEqual(['新城街道/东风社区', '新城街道/花园路社区']);
      expect(r.report.issues.find((i) => i.code === 'period-from-caption')!.message).toBe('统计期间取自标题行：2024年3月');
    }
  });

  it('a title 二〇二四年四月咸水沽镇… and a street column 咸水沽镇 name one street: 祥福里社区 stays one unit', () => {
    const r = run([['s3.csv', '街道,社区,期间,再就业人数\n咸水沽镇,祥福里社区,2024年3月,5\n'], ['s4.csv', '二〇二四年四月咸水沽镇各社区统计表\n社区,再就业人数\n祥福里社区,7\n']]);
    expect(r.report.status).toBe('ok');
    expect(units(r)).toEqual(['咸水沽镇/祥福里社区']);
    expect(observations(r.dataset).map((o) => `${o.period}:${o.value}`)).toEqual(['2024-03:5', '2024-04:7']);
  });

  it('titles and file names with words before the street (2024年度, 关于报送, 滨海): one street per file, named as such', () => {
    const table = '社区,再就业人数\n紫云园社区,5\n';
    for (const [name, text, street] of [
      ['t2.csv', `2024年度咸水沽镇社区统计\n${table}`, '咸水沽镇'], ['t9.csv', `关于报送咸水沽镇2024年3月数据的报告\n${table}`, '咸水沽镇'],
      ['2024年度塘沽街道.csv', table, '塘沽街道'], ['关于塘沽街道2024年3月.csv', table, '塘沽街道'], ['滨海塘沽街2024年3月.csv', table, '塘沽街'],
    ] as const) {
      const r = run([[name, text]]);
      expect(r.report.status, name).toBe('ok');
      expect(units(r), name).toEqual([`${street}/紫云园社区`]);
      expect(r.report.issues.find((i) => i.code === 'street-from-file')!.message, name).toMatch(new RegExp(`街道取自(?:标题行|文件名)：${street}$`));
    }
  });

  it('a street column wins over the file name', () => {
    const r = run([['双林街道-2024年3月.csv', '街道,社区,下岗失业人员\n葛沽镇,花园路社区,10\n']]);
    expect(units(r)).toEqual(['葛沽镇/花园路社区']);
    expect(r.report.issues.some((i) => i.code === 'street-from-file')).toBe(false);
  });

  it('from a title 台头镇社区统计 over a list of villages: 和平村 of two towns are two units', () => {
    const r = run([['s2-taitou.csv', '2024年3月台头镇社区统计\n村,再就业人数\n和平村,5\n'], ['s2-wangkou.csv', '2024年3月王口镇社区统计\n村,再就业人数\n和平村,9\n']]);
    expect(r.report.status).toBe('ok');
    expect(units(r)).toEqual(['台头镇/和平村', '王口镇/和平村']);
  });

  it('from a title 王稳庄镇村居统计 (villages and communities): 建新村 of two towns are two units', () => {
    const r = run([['w1.csv', '2024年6月王稳庄镇村居统计\n村居名称,户数\n建新村,1\n'], ['w2.csv', '2024年6月北闸口镇村居统计\n村居名称,户数\n建新村,3\n']]);
    expect(r.report.status).toBe('ok');
    expect(units(r)).toEqual(['北闸口镇/建新村', '王稳庄镇/建新村']);
  });

  it('a one-community form titled 大新镇社区统计表 is that community, not a street', () => {
    const r = run([['a.csv', '大新镇社区2024年3月统计表\n项目,本月\n下岗失业人员,10\n']]);
    expect(units(r)).toEqual(['/大新镇社区']);
  });

  it('a transposed table (villages across the top) takes the street from its title: 和平村 of two towns are two units, no fake trend', () => {
    const a = '台头镇2024年3月各村统计\n项目,和平村,东台头村\n再就业人数,5,6\n';
    const r = run([['t06a-taitou.csv', a], ['t06c-wangkou-apr.csv', '王口镇2024年4月各村统计\n项目,和平村,王口村\n再就业人数,9,4\n']]);
    expect(units(r)).toEqual(['台头镇/东台头村', '台头镇/和平村', '王口镇/和平村', '王口镇/王口村']);
    expect(r.report.issues.filter((i) => i.code === 'street-from-file').map((i) => i.message)).toEqual(['表中没有街道列，街道取自标题行：台头镇', '表中没有街道列，街道取自标题行：王口镇']);
    const same = run([['t06a-taitou.csv', a], ['t06b-wangkou.csv', '王口镇2024年3月各村统计\n项目,和平村,王口村\n再就业人数,9,4\n']]);
    expect(same.report.status).toBe('ok');
    expect(units(same)).toEqual(['台头镇/东台头村', '台头镇/和平村', '王口镇/和平村', '王口镇/王口村']);
  });

  it('one-community sheets of a street\'s workbook are that street\'s', () => {
    const wb = XLSX.utils.book_new();
    for (const [name, v] of [['花园路社区', 10], ['东湖社区', 3]] as const) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['项目', '本月'], ['下岗失业人员', v]]), name);
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const r = importFiles([{ name: '双林街道-2024年3月.xlsx', bytes }], { workbookLib: XLSX });
    expect(r.dataset!.units.map((u) => `${u.parent}/${u.name}`).sort()).toEqual(['双林街道/东湖社区', '双林街道/花园路社区']);
    expect(observations(r.dataset).map((o) => o.value)).toEqual([3, 10]);
  });
});

describe('two files of one content named for two streets (one street’s data sent as the other’s)', () => {
  it('is a warning saying one was likely sent wrong and its communities are counted twice, not an info', () => {
    const text = '社区,常住人口\n红星里社区,5\n祥福里社区,6\n';
    const r = run([['咸水沽镇2024年2月.csv', text], ['双港镇2024年2月.csv', text]]);
    expect(units(r)).toEqual(['双港镇/祥福里社区', '双港镇/红星里社区', '咸水沽镇/祥福里社区', '咸水沽镇/红星里社区']);
    const w = r.report.issues.filter((i) => i.code === 'same-file');
    expect(w.map((i) => [i.severity, i.file, i.message])).toEqual([['warning', '双港镇2024年2月.csv',
      '该文件与本次导入的“咸水沽镇2024年2月.csv”内容完全相同，但两个文件名写的是不同的街道（双港镇、咸水沽镇），很可能把一个街道的表当作另一个街道的发来了。表中没有街道列时，两份数据已按文件名分别算作两个街道的社区，重复统计；请核对后只导入正确的文件']]);
  });

  it('stays an info for files named for the same street or none', () => {
    const text = '社区,常住人口\n红星里社区,5\n';
    expect(run([['咸水沽镇2024年2月.csv', text], ['咸水沽镇2024年2月(1).csv', text]]).report.issues.filter((i) => i.code === 'same-file').map((i) => i.severity)).toEqual(['info']);
    expect(run([['2024年2月.csv', text], ['双港镇2024年2月.csv', text]]).report.issues.filter((i) => i.code === 'same-file').map((i) => i.severity)).toEqual(['info']);
  });
});
