import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

const brief = (text: string, name = '2024年3月.csv') => {
  const r = importText(text, name);
  return { r, obs: observations(r.dataset).map((o) => `${o.parent}|${o.unit}|${o.value}`) };
};

describe('street rows in a table without a street column', () => {
  it('a street row above its communities heads them: they are that street\'s, and it is not a community', () => {
    const { r, obs } = brief('津南区2024年3月各街镇社区就业统计表\n单位名称,再就业人数\n全区合计,51\n咸水沽镇,22\n  祥福里社区,12\n  红星里社区,10\n双港镇,29\n  欣华园社区,15\n  花园路社区,14\n');
    expect(r.report.status).toBe('ok');
    expect(obs).toEqual(['双港镇|欣华园社区|15', '咸水沽镇|祥福里社区|12', '咸水沽镇|红星里社区|10', '双港镇|花园路社区|14']);
    expect(r.report.issues.filter((i) => i.code === 'street-heading-row').map((i) => i.line)).toEqual([4, 7]);
    expect(r.report.counts).toMatchObject({ imported: 4, subtotal: 3 });
  });

  it('a street row\'s values are checked against its communities below it, up to the next street row', () => {
    const text = '2024年3月各街镇社区统计表\n区划代码,单位名称,再就业人数,慰问救助金额（元）\n'
      + '120112100,咸水沽镇,23,2200\n120112100001,祥福里社区,12,1000\n120112100002,红星里社区,10,1200\n'
      + '120112101,双港镇,29,3000\n120112101001,欣华园社区,15,约1500\n120112101002,花园路社区,14,1500\n';
    const { r, obs } = brief(text);
    expect(r.report.status).toBe('ok');
    expect(obs).toHaveLength(8);
    const mismatches = r.report.issues.filter((i) => i.code === 'subtotal-mismatch');
    // 咸水沽镇's 23 is not 12 + 10; its 2200 is; 双港镇's 29 is 15 + 14, and its 3000 is not compared (约1500).
    expect(mismatches.map((i) => [i.line, i.column])).toEqual([[3, 3]]);
    expect(mismatches[0]!.message).toBe('第3行街道行“咸水沽镇”的再就业人数为23，但其下该街道的2行（自第4行起）之和为22，请核对');
    expect(r.report.issues.find((i) => i.code === 'subtotal-rows')!.message).toContain('第3、6行是小计/合计行');
    expect(r.report.issues.find((i) => i.code === 'street-heading-row')!.message).toContain('其数值与其下该街道各行之和核对');
    // The street's own 9-digit code is no unit's code to warn about.
    expect(r.report.issues.filter((i) => i.code === 'code-invalid')).toEqual([]);
    expect(r.report.counts).toMatchObject({ imported: 4, subtotal: 2 });
  });

  it('a street\'s name over its communities and its 小计 after them: the 小计 is checked against them, never taken for a heading of the rows below', () => {
    const { r, obs } = brief('单位名称,再就业人数\n中北镇,\n东姜井社区,12\n西姜井社区,20\n中北镇小计,32\n杨柳青镇,\n柳口路社区,9\n柳霞路社区,13\n杨柳青镇小计,23\n合计,54\n');
    expect(obs).toEqual(['中北镇|东姜井社区|12', '杨柳青镇|柳口路社区|9', '杨柳青镇|柳霞路社区|13', '中北镇|西姜井社区|20']);
    expect(r.report.issues.filter((i) => i.code === 'subtotal-mismatch').map((i) => i.message)).toEqual(['第9行“杨柳青镇小计”的再就业人数为23，但其覆盖的2行（自第7行起）之和为22，请核对']);
    expect(r.report.issues.filter((i) => i.code === 'street-heading-row').map((i) => i.line)).toEqual([2, 6]);
  });

  it('each street\'s 小计 written above its communities heads them and is checked against them', () => {
    const { r, obs } = brief('单位名称,再就业人数\n中北镇小计,32\n东姜井社区,12\n西姜井社区,20\n杨柳青镇小计,23\n柳口路社区,9\n柳霞路社区,13\n');
    expect(obs).toEqual(['中北镇|东姜井社区|12', '杨柳青镇|柳口路社区|9', '杨柳青镇|柳霞路社区|13', '中北镇|西姜井社区|20']);
    expect(r.report.issues.filter((i) => i.code === 'subtotal-mismatch').map((i) => i.line)).toEqual([5]);
  });

  it('a street row without values heads its rows as before: nothing to check, no subtotal line', () => {
    const { r } = brief('单位名称,再就业人数\n咸水沽镇,\n祥福里社区,12\n红星里社区,10\n');
    expect(r.report.issues.find((i) => i.code === 'street-heading-row')!.message).toContain('本行只写了街道名，不作为社区导入');
    expect(r.report.issues.filter((i) => i.code === 'subtotal-rows' || i.code === 'subtotal-mismatch')).toEqual([]);
  });

  it('a row naming the district of the title, over its street rows, is the district\'s total: the streets head their communities', () => {
    for (const top of ['西青区', '西青区合计']) {
      const { r, obs } = brief(`2024年3月西青区各街镇社区统计表\n单位名称,再就业人数\n${top},60\n中北镇,37\n东姜井社区,12\n西姜井社区,20\n溪秀苑社区,5\n杨柳青镇,22\n柳口路社区,9\n柳霞路社区,13\n`);
      expect(r.report.status).toBe('ok');
      expect(obs).toEqual(['中北镇|东姜井社区|12', '杨柳青镇|柳口路社区|9', '杨柳青镇|柳霞路社区|13', '中北镇|溪秀苑社区|5', '中北镇|西姜井社区|20']);
      // The district's 60 is checked against every community below it (59); each street's against its own.
      expect(r.report.issues.filter((i) => i.code === 'subtotal-mismatch').map((i) => [i.line, i.message])).toEqual([[3, `第3行“${top}”写在各行之上，其再就业人数为60，但其下的5行（自第5行起）之和为59，请核对`]]);
      expect(r.report.counts).toMatchObject({ imported: 5, subtotal: 3 });
    }
  });

  it('with no title naming it, a district\'s row right above the first street row is its total: the streets head their communities', () => {
    for (const top of ['西青区', '西青区合计', '滨海新区', '宁河县']) {
      const { r, obs } = brief(`单位名称,再就业人数\n${top},59\n中北镇,37\n东姜井社区,12\n西姜井社区,20\n溪秀苑社区,5\n杨柳青镇,22\n柳口路社区,9\n柳霞路社区,13\n`);
      expect(r.report.status).toBe('ok');
      expect(obs).toEqual(['中北镇|东姜井社区|12', '杨柳青镇|柳口路社区|9', '杨柳青镇|柳霞路社区|13', '中北镇|溪秀苑社区|5', '中北镇|西姜井社区|20']);
      expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
      // Said with its line: the row was read as the district's total, not as a community.
      const said = r.report.issues.find((i) => i.code === 'district-total-row')!;
      expect([said.line, said.column]).toEqual([2, 1]);
      expect(said.message).toContain(`第2行“${top}”`);
      expect(r.report.counts).toMatchObject({ imported: 5, subtotal: 3 });
    }
    // A wrong district total is warned about against every community below it.
    const bad = brief('单位名称,再就业人数\n西青区,60\n中北镇,37\n东姜井社区,12\n西姜井社区,20\n溪秀苑社区,5\n杨柳青镇,22\n柳口路社区,9\n柳霞路社区,13\n');
    expect(bad.r.report.issues.filter((i) => i.code === 'subtotal-mismatch').map((i) => i.line)).toEqual([2]);
  });

  it('a district\'s row on top of a table whose street rows trail their communities is its total, and each street gets its own communities', () => {
    for (const [top, street] of [['西青区', '中北镇'], ['西青区合计', '中北镇'], ['西青区', '中北镇小计'], ['西青区合计', '中北镇小计']] as const) {
      const next = street.replace('中北镇', '杨柳青镇');
      const { r, obs } = brief(`单位名称,再就业人数\n${top},59\n东姜井社区,12\n西姜井社区,20\n${street},32\n柳口路社区,9\n柳霞路社区,18\n${next},27\n`);
      expect(r.report.status).toBe('ok');
      expect(obs).toEqual(['中北镇|东姜井社区|12', '杨柳青镇|柳口路社区|9', '杨柳青镇|柳霞路社区|18', '中北镇|西姜井社区|20']);
      expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
      const said = r.report.issues.find((i) => i.code === 'district-total-row')!;
      expect([said.line, said.column]).toEqual([2, 1]);
      // Checked against every community below it: a wrong one is warned about.
      expect(r.report.issues.find((i) => i.code === 'subtotal-rows' && i.line === 2)?.message ?? '').not.toContain('未能核对');
      expect(r.report.counts).toMatchObject({ imported: 4, subtotal: 3 });
    }
    const bad = brief('单位名称,再就业人数\n西青区,60\n东姜井社区,12\n西姜井社区,20\n中北镇,32\n柳口路社区,9\n柳霞路社区,18\n杨柳青镇,27\n');
    expect(bad.r.report.issues.filter((i) => i.code === 'subtotal-mismatch').map((i) => i.line)).toEqual([2]);
    // A community's short name on top (华苑区, no more than its street's subtotal) stays that street's community.
    const unit = brief('单位名称,再就业人数\n华苑区,4\n东姜井社区,12\n中北镇,16\n柳口路社区,9\n杨柳青镇,9\n');
    expect(unit.obs).toEqual(['中北镇|东姜井社区|12', '中北镇|华苑区|4', '杨柳青镇|柳口路社区|9']);
    expect(unit.r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('communities after the last street row of a table whose street rows trail theirs are said to have no street', () => {
    const { r, obs } = brief('单位名称,再就业人数\n东姜井社区,12\n西姜井社区,20\n中北镇,32\n柳口路社区,9\n柳霞路社区,18\n合计,59\n');
    expect(obs).toEqual(['中北镇|东姜井社区|12', '|柳口路社区|9', '|柳霞路社区|18', '中北镇|西姜井社区|20']);
    const w = r.report.issues.filter((i) => i.code === 'street-rows-trailing-missing');
    expect(w.map((i) => [i.severity, i.line, i.message])).toEqual([['warning', 5,
      '第5-6行的社区写在最后一个街道小计行（第4行“中北镇”）之后，其后没有它们的街道行：已按不知街道的社区导入。本表各街道行写在其社区之后，请在第6行之后补上它们的街道小计行后重新导入']]);
    // A table whose street rows trail every community says nothing.
    expect(brief('单位名称,再就业人数\n东姜井社区,12\n中北镇,12\n柳口路社区,9\n杨柳青镇,9\n合计,21\n').r.report.issues.filter((i) => i.code === 'street-rows-trailing-missing')).toEqual([]);
  });

  it('a district-like name with no street row right below it stays a community (华苑区 may be one\'s short name)', () => {
    const { obs } = brief('单位名称,再就业人数\n华苑区,4\n东姜井社区,12\n');
    expect(obs).toEqual(['|东姜井社区|12', '|华苑区|4']);
  });

  it('a long file\'s street rows head their communities per metric and period; a street value none of its rows has is warned about', () => {
    const rows = (u: string, vals: [string, string, number][]) => vals.map(([p, m, v]) => `${u},${p},${m},${v}\n`).join('');
    const text = '社区,期间,指标,数值\n' + rows('中北镇', [['2024-03', '再就业人数', 32], ['2024-03', '注册志愿者', 7]])
      + rows('东姜井社区', [['2024-03', '再就业人数', 12], ['2024-03', '注册志愿者', 3]]) + rows('西姜井社区', [['2024-03', '再就业人数', 20], ['2024-03', '注册志愿者', 5]])
      + rows('杨柳青镇', [['2024-03', '再就业人数', 22], ['2024-04', '再就业人数', 1]]) + rows('柳口路社区', [['2024-03', '再就业人数', 9]]) + rows('柳霞路社区', [['2024-03', '再就业人数', 13]]);
    const { r, obs } = brief(text, 'a.csv');
    expect(obs).toEqual(['中北镇|东姜井社区|12', '中北镇|东姜井社区|3', '杨柳青镇|柳口路社区|9', '杨柳青镇|柳霞路社区|13', '中北镇|西姜井社区|20', '中北镇|西姜井社区|5']);
    // 中北镇's 7 volunteers are not 3 + 5; 杨柳青镇's April value has no April row of its communities to be checked with.
    expect(r.report.issues.filter((i) => i.severity === 'warning').map((i) => [i.code, i.line, i.message])).toEqual([
      ['subtotal-mismatch', 3, '第3行街道行“中北镇”的注册志愿者为7，但其下该街道的2行（自第5行起）之和为8，请核对'],
      ['subtotal-unchecked', 9, '第9行街道行“杨柳青镇”的再就业人数为1，但其下该街道没有一行写了这一指标这一期的数值，无法核对：请核对是否漏了该街道各社区的数据，或删去这个数'],
    ]);
  });

  it('a street row told by its 9-digit code (西营门街, 杨柳青), and the district\'s by its 6-digit one, head the communities of 12-digit codes', () => {
    for (const [street, code, district] of [['西营门街', '120111001', '120111'], ['西营门', '120111001', '120111'], ['西营门街', '120111001000', '120111000000']]) {
      const { r, obs } = brief(`区划代码,单位名称,再就业人数\n${district},西青区,59\n${code},${street},37\n120111001001,东姜井社区,12\n120111001002,西姜井社区,25\n`
        + '120111100,杨柳青,22\n120111100001,柳口路社区,9\n120111100002,柳霞路社区,13\n');
      expect(obs).toEqual([`${street}|东姜井社区|12`, '杨柳青|柳口路社区|9', '杨柳青|柳霞路社区|13', `${street}|西姜井社区|25`]);
      expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
      expect(r.report.issues.filter((i) => i.code === 'street-heading-row').map((i) => i.line)).toEqual([3, 6]);
      expect(r.report.counts).toMatchObject({ imported: 4, subtotal: 3 });
    }
    // A community's row with a mistyped 9-digit code stays a community, its code warned about.
    const typo = brief('区划代码,单位名称,再就业人数\n120111001,东姜井社区,12\n120111001002,西姜井社区,25\n');
    expect(typo.obs).toEqual(['|东姜井社区|12', '|西姜井社区|25']);
    expect(typo.r.report.issues.filter((i) => i.code === 'code-invalid').map((i) => i.line)).toEqual([2]);
    // A table of streets or districts, each with its own code and no community's code: its rows are its units.
    expect(brief('区划代码,单位名称,再就业人数\n120111001,西营门,37\n120111100,杨柳青,22\n').obs).toEqual(['|杨柳青|22', '|西营门|37']);
    expect(brief('区划代码,单位名称,再就业人数\n120101,和平区,37\n120102,河东区,22\n').obs).toEqual(['|和平区|37', '|河东区|22']);
  });

  it('a 序号 column numbering streets 一、二 and their communities 1、2 tells the street rows, whatever their names', () => {
    for (const top of ['', ',西青区,59\n']) {
      const { r, obs } = brief(`序号,单位名称,再就业人数\n${top}一,西营门,37\n1,东姜井社区,12\n2,西姜井社区,25\n二、,杨柳青,22\n1,柳口路社区,9\n2,柳霞路社区,13\n`);
      expect(obs).toEqual(['西营门|东姜井社区|12', '杨柳青|柳口路社区|9', '杨柳青|柳霞路社区|13', '西营门|西姜井社区|25']);
      expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
      expect(r.report.counts).toMatchObject({ imported: 4, subtotal: top === '' ? 2 : 3 });
    }
    // Numbered 一、二 throughout (no 1、2 beside them): the numbers tell nothing, every row is a unit.
    expect(brief('序号,单位名称,再就业人数\n一,东姜井,12\n二,西姜井,25\n').obs).toEqual(['|东姜井|12', '|西姜井|25']);
  });

  it('a street row written 其中：中北镇 under the district\'s total heads its communities, no breakdown of a community', () => {
    const { r, obs } = brief('单位名称,再就业人数\n全区合计,59\n其中：中北镇,37\n东姜井社区,12\n西姜井社区,25\n其中:杨柳青镇,22\n柳口路社区,9\n柳霞路社区,13\n');
    expect(obs).toEqual(['中北镇|东姜井社区|12', '杨柳青镇|柳口路社区|9', '杨柳青镇|柳霞路社区|13', '中北镇|西姜井社区|25']);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(r.report.issues.filter((i) => i.code === 'street-heading-row').map((i) => i.line)).toEqual([3, 6]);
    expect(r.report.issues.filter((i) => i.code === 'breakdown-rows')).toEqual([]);
    // Its values are checked against its communities as a street row's are.
    const bad = brief('单位名称,再就业人数\n全区合计,59\n其中：中北镇,36\n东姜井社区,12\n西姜井社区,25\n其中：杨柳青镇,22\n柳口路社区,9\n柳霞路社区,13\n');
    expect(bad.r.report.issues.filter((i) => i.code === 'subtotal-mismatch').map((i) => i.line)).toEqual([3]);
    // 其中：女 under a community stays that community's part.
    expect(brief('单位名称,再就业人数\n中北镇,37\n东姜井社区,12\n其中：女,5\n西姜井社区,25\n').obs).toEqual(['中北镇|东姜井社区|12', '中北镇|西姜井社区|25']);
  });

  it('a bare name like a district (东区, 西区) no title names stays a community', () => {
    expect(brief('单位名称,再就业人数\n东区,3\n西区,4\n').obs).toEqual(['|东区|3', '|西区|4']);
    expect(brief('2024年3月河东区各社区统计表\n单位名称,再就业人数\n东区,3\n河东区,7\n西区,4\n').obs).toEqual(['|东区|3', '|西区|4']);
  });

  it('two communities of one name under two street rows are two units', () => {
    const { obs } = brief('单位,再就业人数\n劝业场街道,3\n花园路社区,1\n滨西社区,2\n小白楼街道,4\n花园路社区,4\n合计,7\n');
    expect(obs).toEqual(['劝业场街道|滨西社区|2', '劝业场街道|花园路社区|1', '小白楼街道|花园路社区|4']);
  });

  it('a street row after its communities is their subtotal, checked as one, and their street', () => {
    const { r, obs } = brief('社区,再就业人数\n祥福里社区,12\n红星里社区,10\n咸水沽镇,22\n欣华园社区,15\n双港镇,16\n');
    expect(obs).toEqual(['双港镇|欣华园社区|15', '咸水沽镇|祥福里社区|12', '咸水沽镇|红星里社区|10']);
    expect(r.report.issues.filter((i) => i.code === 'subtotal-mismatch').map((i) => i.line)).toEqual([6]);
  });

  it('the communities above a street\'s subtotal row are that street\'s: one name under two streets is two units, never merged', () => {
    const same = brief('和平区2024年3月各社区统计表\n社区,再就业人数\n花园路社区,4\n滨西社区,2\n劝业场街道,6\n花园路社区,4\n新兴社区,5\n小白楼街道,9\n合计,15\n', 'a.csv');
    expect(same.r.report.status).toBe('ok');
    expect(same.obs).toEqual(['小白楼街道|新兴社区|5', '劝业场街道|滨西社区|2', '劝业场街道|花园路社区|4', '小白楼街道|花园路社区|4']);
    expect(same.r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    // A long file: each unit on several rows (one per metric), the street's rows after them.
    const long = brief('社区,指标,数值\n花园路社区,再就业人数,1\n花园路社区,注册志愿者,10\n劝业场街道,再就业人数,1\n劝业场街道,注册志愿者,10\n'
      + '花园路社区,再就业人数,2\n花园路社区,注册志愿者,20\n小白楼街道,再就业人数,2\n小白楼街道,注册志愿者,20\n');
    expect(long.obs).toEqual(['劝业场街道|花园路社区|1', '小白楼街道|花园路社区|2', '劝业场街道|花园路社区|10', '小白楼街道|花园路社区|20']);
  });

  it('the street the title names, written as a row above the communities, is not a community', () => {
    const { obs } = brief('2024年3月咸水沽镇各社区统计\n社区,再就业人数\n咸水沽镇,20\n祥福里社区,12\n春竹轩社区,8\n', 'a.csv');
    expect(obs).toEqual(['咸水沽镇|春竹轩社区|8', '咸水沽镇|祥福里社区|12']);
  });

  it('a street row may carry a list number or a colon: the street is the name without it', () => {
    const { obs } = brief('单位,再就业人数\n（一）咸水沽镇,3\n祥福里社区,1\n二、双港镇：,4\n花园路社区,4\n');
    expect(obs).toEqual(['咸水沽镇|祥福里社区|1', '双港镇|花园路社区|4']);
  });

  it('a street row spaced out to line up with longer names (南 湖 街 道, （二）中 北 镇：) is that street\'s (was: a community, the streets after it trailing)', () => {
    const { obs } = brief('单位,再就业人数\n南 湖 街 道,\n南湖社区,120\n（二）中 北 镇：,\n东姜井社区,50\n');
    expect([...obs].sort()).toEqual(['中北镇|东姜井社区|50', '南湖街道|南湖社区|120']);
  });

  it('under a title naming one town, a row named like another town is a village (河西镇, short for 河西镇村 of 上仓镇)', () => {
    const { r, obs } = brief('上仓镇各村2024年3月统计表\n村名,再就业人数\n河西镇,4\n东郭家庄村,1\n', 'a.csv');
    expect(obs).toEqual(['上仓镇|东郭家庄村|1', '上仓镇|河西镇村|4']);
    expect(r.report.issues.filter((i) => i.code === 'street-heading-row')).toEqual([]);
  });

  it('a community named like a town (莱茵小镇) stays a community; with a street column rowKind decides', () => {
    expect(brief('社区,再就业人数\n莱茵小镇,3\n祥福里社区,1\n').obs).toEqual(['|祥福里社区|1', '|莱茵小镇|3']);
    expect(brief('街道,社区,再就业人数\n咸水沽镇,祥福里社区,1\n咸水沽镇,双港镇,2\n').obs).toEqual(['咸水沽镇|双港镇|2', '咸水沽镇|祥福里社区|1']);
  });
});

const DISTRICT = '津南区2024年3月各社区再就业情况\n序号,单位名称,再就业人数,注册志愿者\n';
const warnings = (r: ReturnType<typeof importText>) => r.report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}@${i.line}`);

describe('a street\'s subtotal row (咸水沽镇小计) is a street row', () => {
  it('above its communities it heads them: one name under two streets is two units, no false conflict or mismatch', () => {
    const { r, obs } = brief(`${DISTRICT},总计,20,700\n一,咸水沽镇小计,9,300\n1,祥福里社区,4,100\n2,红星里社区,5,200\n`
      + '二,双港镇小计,11,400\n1,鑫港园社区,5,150\n2,祥福里社区,6,250\n', 'c8.csv');
    expect(r.report.status).toBe('ok');
    expect(warnings(r)).toEqual([]);
    expect(obs.filter((o) => o.endsWith('|4') || o.endsWith('|6') || o.endsWith('|5'))).toEqual(
      ['咸水沽镇|祥福里社区|4', '双港镇|祥福里社区|6', '咸水沽镇|红星里社区|5', '双港镇|鑫港园社区|5']);
    expect(r.report.issues.filter((i) => i.code === 'street-heading-row').map((i) => i.line)).toEqual([4, 7]);
    expect(r.report.counts).toMatchObject({ imported: 4, subtotal: 3 });
  });

  it('above its communities without a twin name: every community has its street', () => {
    const { r, obs } = brief(`${DISTRICT},总计,20,700\n一,咸水沽镇小计,9,300\n1,祥福里社区,4,100\n2,红星里社区,5,200\n`
      + '二,双港镇小计,11,400\n1,鑫港园社区,5,150\n2,双桥里社区,6,250\n', 'c8b.csv');
    expect(warnings(r)).toEqual([]);
    expect(new Set(obs.map((o) => o.split('|').slice(0, 2).join('|')))).toEqual(new Set(['咸水沽镇|祥福里社区', '咸水沽镇|红星里社区', '双港镇|鑫港园社区', '双港镇|双桥里社区']));
  });

  it('below its communities it is their subtotal, checked against them, and their street', () => {
    const ok = brief(`${DISTRICT}1,祥福里社区,4,100\n2,红星里社区,5,200\n,咸水沽镇小计,9,300\n1,鑫港园社区,5,150\n2,祥福里社区,6,250\n,双港镇小计,11,400\n,总计,20,700\n`, 'c8d.csv');
    expect(ok.r.report.status).toBe('ok');
    expect(warnings(ok.r)).toEqual([]);
    expect(new Set(ok.obs.map((o) => o.split('|').slice(0, 2).join('|')))).toEqual(new Set(['咸水沽镇|祥福里社区', '咸水沽镇|红星里社区', '双港镇|鑫港园社区', '双港镇|祥福里社区']));
    // A wrong street subtotal is warned about, on its own line and against its own communities.
    const bad = brief(`${DISTRICT}1,祥福里社区,4,100\n2,红星里社区,5,200\n,咸水沽镇小计,9,300\n1,鑫港园社区,5,150\n2,祥福里社区,6,250\n,双港镇小计,12,400\n`, 'c8e.csv');
    const miss = bad.r.report.issues.filter((i) => i.code === 'subtotal-mismatch');
    expect(miss.map((i) => i.line)).toEqual([8]);
    expect(miss[0]!.message).toContain('为12，但其覆盖的2行（自第6行起）之和为11');
  });

  it.each([
    ['咸水沽镇合计', '双港镇合计'], ['咸水沽街道小计', '双港街道小计'], ['咸水沽街小计', '双港街小计'], ['一、咸水沽镇小计', '二、双港镇小计'],
    ['咸水沽镇 小计', '双港镇 小计'], ['咸水沽镇小计：', '双港镇小计：'], ['咸水沽镇汇总', '双港镇汇总'], ['咸水沽镇（小计）', '双港镇（小计）'],
    ['小计（咸水沽镇）', '小计（双港镇）'], ['咸水沽镇合 计', '双港镇合 计'],
  ])('written as %s / %s, above or below its communities', (a, b) => {
    const street = (n: string) => n.replace(/^[一二]、/, '').replace(/\s+/g, '').replace(/^小计（(.+)）$/, '$1').replace(/(?:（?小计）?|合计|汇总)：?$/, '');
    const want = new Set([`${street(a)}|祥福里社区`, `${street(a)}|红星里社区`, `${street(b)}|鑫港园社区`, `${street(b)}|祥福里社区`]);
    const top = brief(`${DISTRICT},${a},9,300\n1,祥福里社区,4,100\n2,红星里社区,5,200\n,${b},11,400\n1,鑫港园社区,5,150\n2,祥福里社区,6,250\n`, 'top.csv');
    expect(warnings(top.r)).toEqual([]);
    expect(new Set(top.obs.map((o) => o.split('|').slice(0, 2).join('|')))).toEqual(want);
    const bottom = brief(`${DISTRICT}1,祥福里社区,4,100\n2,红星里社区,5,200\n,${a},9,300\n1,鑫港园社区,5,150\n2,祥福里社区,6,250\n,${b},11,400\n`, 'bottom.csv');
    expect(warnings(bottom.r)).toEqual([]);
    expect(new Set(bottom.obs.map((o) => o.split('|').slice(0, 2).join('|')))).toEqual(want);
  });

  it('a subtotal of no street (社区小计, 各乡镇小计) stays a plain subtotal and heads nothing', () => {
    const { r, obs } = brief(`${DISTRICT}1,祥福里社区,4,100\n2,红星里社区,5,200\n,社区小计,9,300\n1,鑫港园村,5,150\n,各乡镇小计,5,150\n`, 'x.csv');
    expect(warnings(r)).toEqual([]);
    expect(obs.every((o) => o.startsWith('|'))).toBe(true);
    expect(r.report.issues.filter((i) => i.code === 'street-heading-row')).toEqual([]);
  });
});

describe('a street row merged over the 序号 and name columns, its name in the first cell', () => {
  it('`一、咸水沽镇` alone in the 序号 column heads its communities (was: a template\'s unfilled row, the street lost)', () => {
    const { r, obs } = brief('序号,社区,再就业人数,户数\n一、咸水沽镇,,,\n1,祥福里社区,12,400\n2,红星里社区,10,300\n二、双港镇,,,\n1,欣华园社区,15,500\n');
    expect(r.report.status).toBe('ok');
    expect([...obs].sort()).toEqual(['双港镇|欣华园社区|15', '双港镇|欣华园社区|500', '咸水沽镇|祥福里社区|12', '咸水沽镇|祥福里社区|400', '咸水沽镇|红星里社区|10', '咸水沽镇|红星里社区|300'].sort());
    const heads = r.report.issues.filter((i) => i.code === 'street-heading-row');
    expect(heads.map((i) => `${i.line}:${i.column}`)).toEqual(['2:1', '5:1']);
    expect(r.report.issues.filter((i) => i.code === 'template-rows')).toEqual([]);
  });

  it('with the street\'s totals beside it: its subtotal, checked against its communities (was: refused, 缺少社区名称)', () => {
    const { r, obs } = brief('序号,社区,再就业人数,户数\n咸水沽镇,,22,700\n1,祥福里社区,12,400\n2,红星里社区,10,300\n双港镇,,16,500\n1,欣华园社区,15,500\n');
    expect(r.report.status).toBe('ok');
    expect([...obs].sort()).toEqual(['双港镇|欣华园社区|15', '双港镇|欣华园社区|500', '咸水沽镇|祥福里社区|12', '咸水沽镇|祥福里社区|400', '咸水沽镇|红星里社区|10', '咸水沽镇|红星里社区|300'].sort());
    expect(r.report.issues.filter((i) => i.code === 'subtotal-mismatch').map((i) => `${i.line}:${i.column}`)).toEqual(['5:3']);
    expect(r.report.issues.filter((i) => i.code === 'unit-name-missing')).toEqual([]);
  });

  it('a word in the 序号 column that names no street leaves the row as it was (a guard: passes before and after)', () => {
    const { r } = brief('序号,社区,再就业人数\n备用,,\n1,祥福里社区,12\n');
    expect(observations(r.dataset).map((o) => `${o.parent}|${o.unit}`)).toEqual(['|祥福里社区']);
  });
});

describe('a row naming another 街道 under the street the title names', () => {
  it('heads its own communities (was: skipped as a template row, its communities put under the title\'s street)', () => {
    const { r, obs } = brief('序号,社区,再就业人数\n一、新华街道,,\n1,新华社区,12\n二、和平街道,,\n1,和平社区,15\n', '新华街道2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect([...obs].sort()).toEqual(['和平街道|和平社区|15', '新华街道|新华社区|12']);
    expect(r.report.issues.filter((i) => i.code === 'street-heading-row').map((i) => i.line)).toEqual([2, 4]);
  });
});

describe('a street heading row in a table with a street column', () => {
  const heads = (r: ReturnType<typeof importText>) => r.report.issues.filter((i) => i.code === 'street-heading-row').map((i) => `${i.line}:${i.column}`);
  it('the street written in its street cell, the name and values blank: a heading, not a row without a name (was: 缺少社区名称, rejected)', () => {
    for (const below of ['劝业场街道', '']) {
      const { r, obs } = brief(`街道,社区,常住人口\n劝业场街道,,\n${below},花园路社区,3500\n${below},滨西社区,2800\n小白楼街道,,\n${below === '' ? '' : '小白楼街道'},五大道社区,2100\n`);
      expect(r.report.issues.filter((i) => i.code === 'unit-name-missing')).toEqual([]);
      expect(heads(r)).toEqual(['2:1', '5:1']);
      expect([...obs].sort()).toEqual(['劝业场街道|滨西社区|2800', '劝业场街道|花园路社区|3500', '小白楼街道|五大道社区|2100']);
      expect(r.report.counts).toMatchObject({ imported: 3, subtotal: 2, rejected: 0 });
    }
  });

  it('the street written in the name cell, its street cell blank: a heading, not a community named 劝业场街道 (was: imported as one, and the next street\'s heading put under the first)', () => {
    const { r, obs } = brief('街道,社区,常住人口\n,劝业场街道,\n劝业场街道,花园路社区,3500\n劝业场街道,滨西社区,2800\n,小白楼街道,\n小白楼街道,五大道社区,2100\n');
    expect(heads(r)).toEqual(['2:2', '5:2']);
    expect([...obs].sort()).toEqual(['劝业场街道|滨西社区|2800', '劝业场街道|花园路社区|3500', '小白楼街道|五大道社区|2100']);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('its communities\' street cells left blank take the heading\'s street', () => {
    const { obs } = brief('街道,社区,常住人口\n,劝业场街道,\n,花园路社区,3500\n,小白楼街道,\n,五大道社区,2100\n');
    expect([...obs].sort()).toEqual(['劝业场街道|花园路社区|3500', '小白楼街道|五大道社区|2100']);
  });

  it('the blanks a heading fills are said by its info, not warned of as merged cells; after a 小计 a blank street cell is warned of as before', () => {
    // (was: forward-filled, 第3-4、6行街道列为空（合并单元格）, on a table with no merged cell: the heading rows say where their rows go)
    const { r, obs } = brief('序号,街道,社区,常住人口\n,劝业场街道,,\n1,,花园路社区,3500\n2,,滨西社区,2800\n,小白楼街道,,\n3,,五大道社区,2100\n');
    expect([...obs].sort()).toEqual(['劝业场街道|滨西社区|2800', '劝业场街道|花园路社区|3500', '小白楼街道|五大道社区|2100']);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    const after = brief('序号,街道,社区,常住人口\n,劝业场街道,,\n1,,花园路社区,3500\n小计,,,3500\n2,,滨西社区,2800\n');
    expect(after.r.report.issues.filter((i) => i.code === 'forward-filled').map((i) => i.line)).toEqual([5]);
    const merged = brief('序号,街道,社区,常住人口\n1,劝业场街道,花园路社区,3500\n2,,滨西社区,2800\n');
    expect(merged.r.report.issues.filter((i) => i.code === 'forward-filled').map((i) => i.line)).toEqual([3]);
  });

  it('a street cell below that names another street is kept, with a warning naming the heading and the rows', () => {
    const { r, obs } = brief('街道,社区,常住人口\n,劝业场街道,\n劝业场街道,花园路社区,3500\n小白楼街道,滨西社区,2800\n小白楼街道,五大道社区,2100\n');
    expect([...obs].sort()).toEqual(['劝业场街道|花园路社区|3500', '小白楼街道|五大道社区|2100', '小白楼街道|滨西社区|2800']);
    const w = r.report.issues.filter((i) => i.code === 'street-heading-disagree');
    expect(w.map((i) => `${i.severity}@${i.line}:${i.column}`)).toEqual(['warning@4:1']);
    expect(w[0]!.message).toBe('第2行是街道行“劝业场街道”，但其下第4-5行的街道列写的是“小白楼街道”，已按街道列导入；请核对是街道行漏写了“小白楼街道”，还是这些行的街道填错了');
  });

  it('a row with values is no heading (a street-only row with numbers still blocks), nor a community named like a town under another street', () => {
    const valued = brief('街道,社区,常住人口\n劝业场街道,,6300\n劝业场街道,花园路社区,3500\n');
    expect(valued.r.report.issues.find((i) => i.code === 'unit-name-missing')).toMatchObject({ severity: 'error', line: 2 });
    const town = brief('街道,社区,常住人口\n咸水沽镇,莱茵小镇,\n咸水沽镇,祥福里社区,1\n');
    expect(heads(town.r)).toEqual([]);
  });
});

describe('a village written as its committee, with a street\'s 9-digit code (a code cut short)', () => {
  // 西姜井村委会 with 120111100 (its code's last three digits lost) was a street's row by its code: not imported,
  // checked as the subtotal of 东姜井村 above it, and 东姜井村 filed under a street named 西姜井村委会. A name
  // ending as a unit's (place-words.ts endsLikeUnit: 村委会 too) is a unit whatever its code.
  it('is a village (its code ignored with a warning), and no street heads or ends the others', () => {
    const { r, obs } = brief('区划代码,单位名称,常住人口\n120111100203,东姜井村委会,3500\n120111100,西姜井村委会,2800\n120111100205,大卞庄村委会,1200\n');
    expect([...obs].sort()).toEqual(['|东姜井村|3500', '|大卞庄村|1200', '|西姜井村|2800']);
    expect(r.report.issues.filter((i) => i.code === 'street-rows-trailing-missing' || i.code === 'subtotal-mismatch')).toEqual([]);
    expect(r.report.issues.find((i) => i.code === 'code-invalid')).toMatchObject({ severity: 'warning', line: 3 });
  });
});
