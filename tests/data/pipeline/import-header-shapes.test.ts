/**
 * Issue #3 item 4: every table shape end to end through importFiles, with small fixtures and
 * hand-computed observations.
 */
import { describe, expect, it } from 'vitest';
import { importText, issueCodes, observations } from './import-helpers';

const brief = (text: string, name = 'data.csv') => {
  const r = importText(text, name);
  return { r, obs: observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}`) };
};

describe('shapes: headers of two rows, groups, comparisons and tables side by side', () => {
  it('two-row header with a group over its metrics (就业情况 over 下岗失业人员, 再就业人数): the metrics are the lower cells', () => {
    const { r, obs } = brief('社区,就业情况,,社会救助\n,下岗失业人员,再就业人数,低保户数\n东湖社区,120,90,8\n', '2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(obs).toEqual(['东湖社区|2024-03|dibao_households|8', '东湖社区|2024-03|reemployed|90', '东湖社区|2024-03|unemployed|120']);
    // A lower cell that names no metric keeps the group in its name (两组的“男” stay two metrics).
    const custom = brief('社区,就业培训,,技能培训,\n,男,女,男,女\n东湖社区,1,2,3,4\n', '2024年3月.csv');
    expect(custom.r.dataset!.metrics.map((m) => m.zh)).toEqual(['就业培训/男', '就业培训/女', '技能培训/男', '技能培训/女']);
    // 本月 and 累计 over the metrics (or under each): the table's period and its year to date.
    const repeated = brief('社区,本月,,累计,\n,再就业人数,开发就业岗位,再就业人数,开发就业岗位\n东湖社区,1,2,3,4\n', '2024年3月.csv');
    expect(repeated.r.report.status).toBe('ok');
    expect(repeated.r.dataset!.metrics.map((m) => m.zh)).toEqual(['再就业人数', '开发就业岗位']);
    expect(repeated.obs).toEqual(['东湖社区|2024-03|jobs_developed|2', '东湖社区|2024-03|reemployed|1', '东湖社区|2024-C03|jobs_developed|4', '东湖社区|2024-C03|reemployed|3']);
    const under = brief('社区,再就业人数,,开发就业岗位,\n,本月,1-3月累计,本月,本年累计\n东湖社区,1,3,2,4\n', '2024年3月.csv');
    expect(under.obs).toEqual(repeated.obs);
    // Other words for the year to date read the same, over the metrics or under each.
    for (const [upper, lower] of [['年度累计', '年度累计'], ['今年以来', '今年累计'], ['本年度累计', '年初至今'], ['自年初累计', '全年累计']]) {
      expect(brief(`社区,本月,,${upper},\n,再就业人数,开发就业岗位,再就业人数,开发就业岗位\n东湖社区,1,2,3,4\n`, '2024年3月.csv').obs).toEqual(repeated.obs);
      expect(brief(`社区,再就业人数,,开发就业岗位,\n,本月,${lower},本月,${lower}\n东湖社区,1,3,2,4\n`, '2024年3月.csv').obs).toEqual(repeated.obs);
    }
    expect(under.r.report.issues.find((i) => i.code === 'period-relative-columns')!.message)
      .toBe('本月/累计列按表格的期间（取自文件名：2024年3月）读取：“再就业人数/本月”按2024年3月，“开发就业岗位/本月”按2024年3月，“开发就业岗位/本年累计”按2024年1-3月累计导入');
    // 1-3月累计 names its months itself, only its year from the table.
    expect(issueCodes(under.r, 'info')).toContain('period-header-year@1');
    // Each community in two rows, 本月 and 累计, named in a column of its own (its 社区 cell merged over both).
    const rowsOf2 = brief('社区,类别,再就业人数\n东湖社区,本月,12\n,累计,30\n西山社区,本月,8\n,累计,21\n', '2024年3月.csv');
    expect(rowsOf2.r.report.status).toBe('ok');
    expect(rowsOf2.obs).toEqual(['东湖社区|2024-03|reemployed|12', '东湖社区|2024-C03|reemployed|30', '西山社区|2024-03|reemployed|8', '西山社区|2024-C03|reemployed|21']);
    expect(rowsOf2.r.report.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['period-relative-rows', 'forward-filled']));
    expect(rowsOf2.r.report.issues.map((i) => i.code)).not.toContain('period-mixed-cumulative');
    // With a 期间 column the rows say their period: 本月 under a metric is that metric in the row's
    // period, 累计 its year to date through the row's period (it was a metric 再就业人数/累计 of the month).
    const rows = brief('社区,期间,再就业人数,\n,,本月,累计\n东湖社区,2024-03,1,3\n', 'a.csv');
    expect(rows.r.dataset!.metrics.map((m) => m.zh)).toEqual(['再就业人数']);
    expect(rows.obs).toEqual(['东湖社区|2024-03|reemployed|1', '东湖社区|2024-C03|reemployed|3']);
  });

  it('a unit written on a group over its metrics (金额（万元） over 慰问救助金额, 爱心捐款) scales each metric as its own header would', () => {
    const { r, obs } = brief('社区,金额（万元）,,人数\n,慰问救助金额,爱心捐款,再就业人数\n东湖社区,1.5,0.2,10\n', '2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(obs).toEqual(['东湖社区|2024-03|aid_amount|15000', '东湖社区|2024-03|donations|2000', '东湖社区|2024-03|reemployed|10']);
    // Only the metrics in that unit: 低保户数 under 救助情况（万元） stays in 户; a metric's own unit wins.
    expect(brief('社区,救助情况（万元）,,\n,慰问救助金额,低保户数,爱心捐款（元）\n东湖社区,1.5,8,300\n', '2024年3月.csv').obs)
      .toEqual(['东湖社区|2024-03|aid_amount|15000', '东湖社区|2024-03|dibao_households|8', '东湖社区|2024-03|donations|300']);
  });

  it('a 合计 column across metrics (人 plus 个) is a row sum, not a metric; a group\'s 合计 column is the group\'s metric', () => {
    const { r, obs } = brief('社区,再就业人数,开发就业岗位,合计\n东湖社区,10,3,13\n', '2024年3月.csv');
    expect(obs).toEqual(['东湖社区|2024-03|jobs_developed|3', '东湖社区|2024-03|reemployed|10']);
    expect(r.report.issues.find((i) => i.code === 'row-total-column')!.message).toBe('“合计”列是本行各列之和，不作为指标导入，已与本行各列之和核对');
    const group = brief('社区,就业技能培训,,\n,男,女,合计\n东湖社区,3,4,7\n', '2024年3月.csv');
    expect(group.r.dataset!.metrics.map((m) => m.zh)).toEqual(['就业技能培训/男', '就业技能培训/女', '就业技能培训']);
    expect(group.obs).toContain('东湖社区|2024-03|employment_training|7');
  });

  it('comparison columns (上年同期, 同比增长, 比上月增减) are not metrics: skipped, with an info saying why', () => {
    const { r, obs } = brief('社区,再就业人数,上年同期,同比增长,比上月增减,环比(%)\n东湖社区,10,8,25%,2,5\n', '2024年3月.csv');
    expect(obs).toEqual(['东湖社区|2024-03|reemployed|10']);
    const notes = r.report.issues.filter((i) => i.code === 'comparison-column');
    expect(notes.map((i) => i.column)).toEqual([3, 4, 5, 6]);
    expect(notes[0]!.message).toContain('“上年同期”列是与上年同期或上一期的比较');
  });

  it('comparisons beside the values (增减, 增减 (2), 上年同期 | 同比 beside 本年累计, 增减 after two years) are not imported, each said by column', () => {
    const diff = brief('社区,再就业人数,增减,低保户数,增减\n东湖社区,10,2,30,-1\n', '2024年3月.csv');
    expect(diff.obs).toEqual(['东湖社区|2024-03|dibao_households|30', '东湖社区|2024-03|reemployed|10']);
    expect(diff.r.report.issues.filter((i) => i.code === 'comparison-column').map((i) => i.column)).toEqual([3, 5]);
    expect(brief('社区,再就业人数,,\n,上月,本月,增减\n东湖社区,8,10,2\n', '2024年3月.csv').obs).toEqual(['东湖社区|2024-03|reemployed|10']);
    // 本年累计 beside 上年同期 and 同比 under a title naming the metric: the metric's year to date, not a metric "本年累计".
    const ytd = brief('咸水沽镇2024年1-3月再就业人数\n社区,本年累计,上年同期,同比\n东湖社区,30,25,20%\n');
    expect(ytd.obs).toEqual(['东湖社区|2024-C03|reemployed|30']);
    expect(ytd.r.report.issues.filter((i) => i.code === 'comparison-column').map((i) => i.column)).toEqual([3, 4]);
    // Two years side by side with their 增减: the metric named by the title in each year, not refused for want of a period.
    const years = brief('各社区再就业人数同期对比\n社区,2023年3月,2024年3月,增减\n东湖社区,8,10,2\n');
    expect(years.r.report.status).toBe('ok');
    expect(years.obs).toEqual(['东湖社区|2023-03|reemployed|8', '东湖社区|2024-03|reemployed|10']);
  });

  it('a period word written onto a metric in one cell (累计再就业人数, 本年累计再就业人数, 再就业人数（累计）): that metric in the year to date, as 再就业人数/累计 is', () => {
    const { r, obs } = brief('咸水沽镇2024年3月各社区就业统计\n社区,本月再就业人数,累计再就业人数,本月下岗失业人员,累计下岗失业人员\n祥福里社区,12,30,5,14\n', 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(obs).toEqual(['祥福里社区|2024-03|reemployed|12', '祥福里社区|2024-03|unemployed|5', '祥福里社区|2024-C03|reemployed|30', '祥福里社区|2024-C03|unemployed|14']);
    expect(r.dataset!.metrics.map((m) => m.zh)).toEqual(['再就业人数', '下岗失业人员']);
    for (const header of ['本年累计再就业人数', '1-3月累计再就业人数', '年度累计再就业人数', '再就业人数累计', '再就业人数（累计）', '累计再就业人数（人）']) {
      expect(brief(`社区,再就业人数,${header}\n祥福里社区,12,30\n`, '2024年3月.csv').obs).toEqual(['祥福里社区|2024-03|reemployed|12', '祥福里社区|2024-C03|reemployed|30']);
    }
    // 1-3月累计 names its own months: in a table of June it is still January to March.
    expect(brief('社区,再就业人数,1-3月累计再就业人数\n祥福里社区,12,30\n', '2024年6月.csv').obs).toEqual(['祥福里社区|2024-06|reemployed|12', '祥福里社区|2024-C03|reemployed|30']);
  });

  it('beside a 期间 column, 再就业人数（本月） | 再就业人数（本年累计）: the month\'s value in each row\'s period and the metric\'s year to date through it, never a metric of its own', () => {
    const { r, obs } = brief('社区,期间,再就业人数（本月）,再就业人数（本年累计）\n红星社区,2024年2月,12,40\n红星社区,2024年3月,20,60\n东湖社区,2024年一季度,21,21\n', '双港镇.csv');
    expect(r.report.status).toBe('ok');
    // 东湖社区's row is a quarter's: its 本月 is the quarter's last month (March), as under a quarter's title, not the quarter.
    expect(obs).toEqual(['东湖社区|2024-03|reemployed|21', '东湖社区|2024-C03|reemployed|21',
      '红星社区|2024-02|reemployed|12', '红星社区|2024-03|reemployed|20', '红星社区|2024-C02|reemployed|40', '红星社区|2024-C03|reemployed|60']);
    expect(r.report.issues.filter((i) => i.code === 'period-relative-row-month').map((i) => `${i.line}|${i.message}`))
      .toEqual(['4|本月列按各行的期间（取自“期间”列：2024年第一季度）读取：“再就业人数（本月）”按2024年3月（2024年第一季度的最后一个月）导入']);
    expect(r.dataset!.metrics.map((m) => m.zh)).toEqual(['再就业人数']);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    const info = r.report.issues.find((i) => i.code === 'period-to-date-columns')!;
    expect(info.message).toContain('“再就业人数（本年累计）”');
    expect(info.message).toContain('1-3月累计');
    // In a months-down sheet the same, and the 累计 column is no flow summed by a 合计 row.
    const down = brief('月份,再就业人数（本月）,再就业人数（本年累计）\n2024年1月,12,12\n2024年2月,20,32\n合计,32,32\n', '红星社区.csv');
    expect(down.obs).toEqual(['红星社区|2024-01|reemployed|12', '红星社区|2024-02|reemployed|20', '红星社区|2024-C01|reemployed|12', '红星社区|2024-C02|reemployed|32']);
    expect(down.r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('columns of a part of a month (3月上旬, 第1周, 再就业人数/3月上旬) or of months listed (3、4月) are not imported as metrics of those names: skipped, each warned', () => {
    const tenDays = brief('社区,3月上旬,3月中旬,3月下旬\n红星社区,1,2,3\n', '再就业人数2024年.csv');
    expect(tenDays.obs).toEqual([]);
    const w = tenDays.r.report.issues.filter((i) => i.code === 'period-part-column');
    expect(w.map((i) => `${i.severity}|${i.column}`)).toEqual(['warning|2', 'warning|3', 'warning|4']);
    expect(w[0]!.message).toContain('旬、周的数据请汇总为月份后导入');
    const beside = brief('社区,再就业人数,再就业人数/第1周,再就业人数（3、4月）\n红星社区,9,1,5\n', '双港镇2024年3月.csv');
    expect(beside.obs).toEqual(['红星社区|2024-03|reemployed|9']);
    expect(beside.r.report.issues.filter((i) => i.code.startsWith('period-part-column') || i.code === 'period-months-column').map((i) => i.column)).toEqual([3, 4]);
  });

  it('a comparison written onto a metric (去年同期再就业人数, 再就业人数/上年同期) is skipped as 上年同期 is; a bare period among metrics (2023年3月) is not a metric: skipped with a warning naming it', () => {
    const { r, obs } = brief('咸水沽镇2024年3月各社区就业统计\n社区,再就业人数,上年同期,同比增长,去年同期再就业人数,上年同期再就业人数,2023年3月\n祥福里社区,12,10,20%,10,10,10\n', 'a.csv');
    expect(obs).toEqual(['祥福里社区|2024-03|reemployed|12']);
    expect(r.report.issues.filter((i) => i.code === 'comparison-column').map((i) => i.columnName)).toEqual(['上年同期', '同比增长', '去年同期再就业人数', '上年同期再就业人数']);
    const bare = r.report.issues.find((i) => i.code === 'period-column-not-metric')!;
    expect([bare.severity, bare.column]).toEqual(['warning', 7]);
    expect(bare.message).toContain('“2023年3月”');
    expect(bare.message).toContain('再就业人数/2023年3月');
    const under = brief('社区,再就业人数,\n,本月,上年同期\n祥福里社区,12,10\n', '2024年3月.csv');
    expect(under.obs).toEqual(['祥福里社区|2024-03|reemployed|12']);
    expect(under.r.report.issues.filter((i) => i.code === 'comparison-column').map((i) => i.columnName)).toEqual(['再就业人数/上年同期']);
  });

  it('a list split in two halves side by side with the same headers: the right half\'s columns are the same metrics, and its blank last line is no row', () => {
    const { r, obs } = brief('社区,常住人口,下岗失业人员,,社区,常住人口,下岗失业人员\n花园路社区,3000,10,,兆丰路社区,3003,13\n滨西社区,3001,11,,,,\n', '2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(obs).toEqual([
      '兆丰路社区|2024-03|residents|3003', '兆丰路社区|2024-03|unemployed|13', '滨西社区|2024-03|residents|3001', '滨西社区|2024-03|unemployed|11',
      '花园路社区|2024-03|residents|3000', '花园路社区|2024-03|unemployed|10',
    ]);
    expect(r.report.issues.find((i) => i.code === 'side-by-side-same-headers')).toMatchObject({ severity: 'info', column: 6, columnName: '常住人口' });
    // The second 社区 column is explained by side-by-side-table, not warned about as a duplicate.
    expect(r.report.issues.filter((i) => i.code === 'resent-blank-kept' || i.code === 'duplicate-header')).toEqual([]);
    expect(r.report.issues.find((i) => i.code === 'side-by-side-table')!.message).toBe('第5列“社区”是右侧第二个表的社区列：其右各列的数值按该列每行的社区导入');
  });

  it('a 其中 column is a part of the metric before it, named with it', () => {
    const { r, obs } = brief('社区,再就业人数,其中：女,其中：男,下岗失业人员,其中:4050人员\n东湖社区,10,4,6,30,6\n', '2024年3月.csv');
    expect(r.dataset!.metrics.map((m) => `${m.zh}|${m.unit}`)).toEqual(['再就业人数|人', '再就业人数（其中：女）|人', '再就业人数（其中：男）|人', '下岗失业人员|人', '下岗失业人员（其中：4050人员）|人']);
    expect(obs).toContain('东湖社区|2024-03|custom:再就业人数（其中：女）|4');
  });

  it('two tables side by side, each with its own 社区 column: the right one\'s values go to the right one\'s communities', () => {
    const { r, obs } = brief('社区,下岗失业人员,再就业人数,,社区,低保户数,困难户数\n花园路社区,10,5,,祥福里社区,6,7\n祥福里社区,20,8,,花园路社区,3,4\n', '2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(obs).toEqual([
      '祥福里社区|2024-03|dibao_households|6', '祥福里社区|2024-03|hardship_households|7', '祥福里社区|2024-03|reemployed|8', '祥福里社区|2024-03|unemployed|20',
      '花园路社区|2024-03|dibao_households|3', '花园路社区|2024-03|hardship_households|4', '花园路社区|2024-03|reemployed|5', '花园路社区|2024-03|unemployed|10',
    ]);
    expect(r.report.issues.find((i) => i.code === 'side-by-side-table')).toMatchObject({ column: 5 });
    // A 合计 on the right beside a community on the left: not row for row; those values are not imported, and said so.
    const off = brief('社区,下岗失业人员,,社区,低保户数\n花园路社区,10,,祥福里社区,6\n祥福里社区,20,,合计,6\n', '2024年3月.csv');
    expect(off.obs).toEqual(['祥福里社区|2024-03|dibao_households|6', '祥福里社区|2024-03|unemployed|20', '花园路社区|2024-03|unemployed|10']);
    expect(off.r.report.issues.find((i) => i.code === 'side-by-side-total')).toMatchObject({ line: 3, column: 5 });
    const left = brief('社区,下岗失业人员,,社区,低保户数\n花园路社区,10,,花园路社区,6\n合计,10,,祥福里社区,6\n', '2024年3月.csv');
    expect(left.obs).toEqual(['花园路社区|2024-03|dibao_households|6', '花园路社区|2024-03|unemployed|10']);
    expect(left.r.report.issues.find((i) => i.code === 'side-by-side-total')).toMatchObject({ line: 3, column: 4 });
  });
});

describe('a period column headed 统计年月 or 所属期间', () => {
  // The column of 2024年3月 was no period column: the file was refused with 找不到统计期间 (add a 期间 column).
  it.each(['统计年月', '所属期间', '所属月份'])('%s: every row read in its period', (header) => {
    const r = importText(`街道,社区,${header},再就业人数\n咸水沽镇,溪秀苑社区,2024年3月,5\n咸水沽镇,侯台社区,2024年4月,6\n`);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.periods).toEqual(['2024-03', '2024-04']);
  });
});
