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

describe('shapes', () => {
  it('long: 社区,期间,指标,数值', () => {
    const { r, obs } = brief('社区,期间,指标,数值\n东湖社区,2024年3月,常住人口,1200\n东湖社区,2024年3月,户数,400\n西山社区,2024年3月,常住人口,900\n');
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.find((i) => i.code === 'shape')!.message).toBe('表格形式：长表（每行一个指标）');
    expect(obs).toEqual(['东湖社区|2024-03|households|400', '东湖社区|2024-03|residents|1200', '西山社区|2024-03|residents|900']);
  });

  it('wide with a period column', () => {
    const { obs } = brief('社区,期间,常住人口,户数\n东湖社区,2024-Q1,1200,400\n东湖社区,2024-Q2,1210,401\n');
    expect(obs).toEqual(['东湖社区|2024-Q1|households|400', '东湖社区|2024-Q1|residents|1200', '东湖社区|2024-Q2|households|401', '东湖社区|2024-Q2|residents|1210']);
  });

  it('wide with the period only in the title row (2024年上半年社区统计表)', () => {
    const { r, obs } = brief('2024年上半年社区统计表,,\n社区,常住人口,志愿者\n东湖社区,1200,30\n');
    expect(obs).toEqual(['东湖社区|2024-H1|residents|1200', '东湖社区|2024-H1|volunteers|30']);
    expect(r.report.issues.find((i) => i.code === 'period-from-caption')!.message).toBe('统计期间取自标题行：2024年上半年');
    expect(r.dataset!.files[0]!.caption).toBe('2024年上半年社区统计表');
  });

  it('wide with the period only in the file name (2024年3月.csv)', () => {
    const { r, obs } = brief('社区,常住人口\n东湖社区,1200\n', '2024年3月.csv');
    expect(obs).toEqual(['东湖社区|2024-03|residents|1200']);
    expect(issueCodes(r, 'info')).toContain('period-from-file-name@0');
  });

  it('社区 | 本月 | 累计 alone: one metric named by the title or the file name, 本月 in the table\'s period and 累计 its year to date — never metrics named 本月 and 累计', () => {
    const titled = brief('2024年3月各社区再就业人数\n社区,本月,累计\n东湖社区,5,18\n西山社区,3,11\n', '劝业场街道.csv');
    expect(titled.r.report.status).toBe('ok');
    expect(titled.obs).toEqual(['东湖社区|2024-03|reemployed|5', '东湖社区|2024-C03|reemployed|18', '西山社区|2024-03|reemployed|3', '西山社区|2024-C03|reemployed|11']);
    expect(titled.r.report.issues.find((i) => i.code === 'period-relative-columns')!.message)
      .toBe('“本月”“累计”列是同一指标“再就业人数”（取自标题行）的数值；期间取自标题行：“本月”按2024年3月，“累计”按2024年1-3月累计');
    // Named nowhere: refused, saying where to name it (it used to import 本月 and 累计 as two metrics).
    const unnamed = brief('社区,本月,累计\n东湖社区,5,18\n', '劝业场街道2024年3月.csv');
    expect(unnamed.r.report.status).toBe('blocked');
    expect(issueCodes(unnamed.r, 'error')).toEqual(['period-relative-no-metric@1']);
    expect(unnamed.r.report.issues.find((i) => i.severity === 'error')!.message).toContain('请在标题行写明指标');
    // Beside a 指标 column each row's metric is read there (this had been refused: 本月 and 累计 as one period's two values).
    const rows = brief('社区,指标,本月,累计\n东湖社区,再就业人数,5,18\n东湖社区,下岗失业人员,7,20\n', '劝业场街道2024年3月.csv');
    expect(rows.r.report.status).toBe('ok');
    expect(rows.obs).toEqual(['东湖社区|2024-03|reemployed|5', '东湖社区|2024-03|unemployed|7', '东湖社区|2024-C03|reemployed|18', '东湖社区|2024-C03|unemployed|20']);
    // 本年累计 alone in a year's file is the year's figure.
    expect(brief('社区,本年累计\n东湖社区,40\n', '再就业人数2024年.csv').obs).toEqual(['东湖社区|2024|reemployed|40']);
    // So are the other words for the year to date (全年累计 in a year's file is the year).
    expect(brief('社区,本月,年度累计\n东湖社区,5,18\n', '2024年3月各社区再就业人数.csv').obs).toEqual(['东湖社区|2024-03|reemployed|5', '东湖社区|2024-C03|reemployed|18']);
    expect(brief('社区,全年累计\n东湖社区,40\n', '再就业人数2024年.csv').obs).toEqual(['东湖社区|2024|reemployed|40']);
    expect(brief('社区,今年以来\n东湖社区,40\n', '再就业人数2024年.csv').obs).toEqual(['东湖社区|2024|reemployed|40']);
  });

  it('累计 columns that name their months (1-3月累计 | 1-6月累计) under a title of the year: each its own months, never the whole year', () => {
    const { r, obs } = brief('2024年各社区再就业人数（累计）\n社区,1-3月累计,1-6月累计\n东湖社区,10,20\n');
    expect(r.report.status).toBe('ok');
    expect(obs).toEqual(['东湖社区|2024-C03|reemployed|10', '东湖社区|2024-C06|reemployed|20']);
    expect(r.report.issues.map((i) => i.code)).not.toContain('same-metric-columns');
    // In a month's table the header's months still win over the table's year to date.
    expect(brief('2024年6月各社区再就业人数\n社区,本月,1-3月累计\n东湖社区,4,10\n').obs).toEqual(['东湖社区|2024-06|reemployed|4', '东湖社区|2024-C03|reemployed|10']);
  });

  it('社区 | 数值 (or 数量) with the metric in the file name: that metric, in the file\'s period or each row\'s 期间', () => {
    expect(brief('社区,数值\n东湖社区,5\n', '劝业场街道2024年3月下岗失业人员.csv').obs).toEqual(['东湖社区|2024-03|unemployed|5']);
    expect(brief('社区,数量\n东湖社区,5\n', '2024年3月再就业人数.csv').obs).toEqual(['东湖社区|2024-03|reemployed|5']);
    const rows = brief('社区,期间,数值,累计\n东湖社区,2024年3月,5,9\n东湖社区,2024年4月,6,15\n', '再就业人数.csv');
    expect(rows.obs).toEqual(['东湖社区|2024-03|reemployed|5', '东湖社区|2024-04|reemployed|6']);
    expect(issueCodes(rows.r, 'info')).toContain('period-relative-skipped@1');
    // With no metric named anywhere it is refused, not imported as a metric called 数值, and told a header that works.
    expect(brief('社区,数值\n东湖社区,5\n', '2024年3月.csv').r.report.status).toBe('blocked');
    const unnamed = brief('社区,期间,数值\n东湖社区,2024年3月,5\n', '数据.csv');
    expect(unnamed.r.report.issues.find((i) => i.severity === 'error')!.message).toContain('或把“数值”列名改为指标名称（如“再就业人数”）后重新导入');
    expect(brief('社区,期间,再就业人数\n东湖社区,2024年3月,5\n', '数据.csv').obs).toEqual(['东湖社区|2024-03|reemployed|5']);
    expect(brief('社区,再就业人数/数值\n东湖社区,5\n', '2024年3月.csv').obs).toEqual(['东湖社区|2024-03|reemployed|5']);
  });

  it('a metric over months without their year (活动场次/1月): the year from the title or file name, or refused when none gives it — never a metric named 活动场次/1月', () => {
    const { r, obs } = brief('社区,活动场次/1月,活动场次/2月\n东湖社区,1,2\n', '2024年社区活动.csv');
    expect(obs).toEqual(['东湖社区|2024-01|custom:活动场次|1', '东湖社区|2024-02|custom:活动场次|2']);
    expect(r.report.issues.find((i) => i.code === 'period-header-year')!.message).toBe('列名中的期间没有写年份，按2024年（取自文件名）读取');
    const none = brief('社区,活动场次/1月,活动场次/2月\n东湖社区,1,2\n', '社区活动.csv');
    expect(none.r.report.status).toBe('blocked');
    expect(none.r.report.issues.find((i) => i.severity === 'error')!.message)
      .toBe('列名“活动场次/1月”“活动场次/2月”中的期间没有写年份。请在标题行或文件名中写明年份（如“2024年”）后重新导入');
  });

  it('periods down the side and the communities across (月份 | 祥福里社区 | 红星里社区) block, saying how to lay the table out, not that 3 is no community', () => {
    const { r } = brief('咸水沽镇2024年再就业人数统计表\n月份,祥福里社区,红星里社区\n1月,3,4\n2月,4,5\n');
    expect(r.report.status).toBe('blocked');
    expect(r.report.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['units-across-periods-down']);
    expect(r.report.issues.find((i) => i.code === 'units-across-periods-down')).toMatchObject({ column: 1,
      message: '表头是各社区的名称（“祥福里社区”“红星里社区”），“月份”列是期间：这种“期间在行、社区在列”的表不能直接导入。请改为每行一个社区、每列一个期间（如“社区 | 1月 | 2月 | 3月”，指标写在标题行），或每行一个社区并加“期间”列，然后重新导入' });
  });

  it('no period anywhere blocks, saying where to put it', () => {
    const { r } = brief('社区,常住人口\n东湖社区,1200\n', '数据.csv');
    expect(r.report.status).toBe('blocked');
    expect(r.report.issues.find((i) => i.code === 'no-period')!.message).toContain('把期间写进文件名');
  });

  it('an unparseable period cell blocks at its line and column (catalogue #34)', () => {
    const { r } = brief('社区,期间,常住人口\n东湖社区,下个月,1\n');
    expect(r.report.status).toBe('blocked');
    const e = r.report.issues.find((i) => i.code === 'period-invalid')!;
    expect([e.line, e.column, e.severity]).toEqual([2, 2, 'error']);
    expect(r.report.rows).toEqual([{ file: 'data.csv', line: 2, outcome: 'rejected', reason: '期间无法识别' }]);
  });

  it.each([
    ['指标 header in the corner', '指标,东湖社区,西山社区\n再就业人数,10,20\n注册志愿者,5,6\n'],
    ['blank corner cell', ',东湖社区,西山社区\n再就业人数,10,20\n注册志愿者,5,6\n'],
  ])('transposed (指标 down the side, 社区 across the top): %s', (_n, text) => {
    const { r, obs } = brief(text, '2024年第一季度.csv');
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.find((i) => i.code === 'shape')!.message).toBe('表格形式：转置表（指标在行、社区在列）');
    expect(obs).toEqual(['东湖社区|2024-Q1|reemployed|10', '东湖社区|2024-Q1|volunteers|5', '西山社区|2024-Q1|reemployed|20', '西山社区|2024-Q1|volunteers|6']);
  });

  it('transposed with a 合计 column: excluded from units and checked, both numbers in the warning', () => {
    const { r, obs } = brief('指标,东湖社区,西山社区,合计\n再就业人数,10,20,30\n注册志愿者,5,6,12\n', '2024年3月.csv');
    expect(obs).toHaveLength(4);
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['东湖社区', '西山社区']);
    const w = r.report.issues.filter((i) => i.code === 'subtotal-mismatch');
    expect(w.map((i) => [i.line, i.column])).toEqual([[3, 4]]);
    expect(w[0]!.message).toBe('第3行“合计”的注册志愿者为12，但各社区之和为11，请核对');
  });

  it('periods across the top (社区,1月,2月,3月,合计) with the metric named in the title: one metric over those periods, the 合计 column skipped', () => {
    const { r, obs } = brief('2024年各社区再就业人数统计表\n社区,1月,2月,3月,合计\n东湖社区,3,4,5,12\n西山社区,2,2,6,10\n合计,5,6,11,22\n', '统计.csv');
    expect(r.report.status).toBe('ok');
    expect(obs).toEqual([
      '东湖社区|2024-01|reemployed|3', '东湖社区|2024-02|reemployed|4', '东湖社区|2024-03|reemployed|5',
      '西山社区|2024-01|reemployed|2', '西山社区|2024-02|reemployed|2', '西山社区|2024-03|reemployed|6',
    ]);
    const info = r.report.issues.find((i) => i.code === 'period-columns')!;
    expect(info.message).toBe('列名是统计期间（1月、2月、3月），指标取自标题行：再就业人数（年份按2024年）；“合计”列是各期之和，未单独导入，已与本行各期之和核对');
    // The 合计 row is checked as usual, month by month.
    expect(r.report.counts).toMatchObject({ imported: 2, subtotal: 1 });
    expect(issueCodes(r, 'warning')).toEqual([]);
    // A year-to-date column at the end (累计, 年度累计, 1-3月累计) is their sum too: never the months read as metrics.
    for (const word of ['累计', '年度累计', '1-3月累计']) {
      const ytd = brief(`2024年各社区再就业人数统计表\n社区,1月,2月,3月,${word}\n东湖社区,3,4,5,12\n西山社区,2,2,6,10\n`, '统计.csv');
      expect(ytd.obs).toEqual(obs);
      expect(ytd.r.report.issues.find((i) => i.code === 'period-columns')!.message).toContain(`“${word}”列是各期之和，未单独导入`);
    }
  });

  it('periods across the top with no metric named anywhere: blocked, saying where to name it (never months read as metrics)', () => {
    const r = importText('社区,一季度,二季度\n东湖社区,3,4\n', '2024年.csv');
    expect(r.report.status).toBe('blocked');
    const e = r.report.issues.find((i) => i.code === 'period-columns-no-metric')!;
    expect(e.severity).toBe('error');
    expect(e.message).toBe('列名是统计期间（一季度、二季度），但找不到这些数值是哪个指标。请在标题行写明指标（如“2024年各社区再就业人数统计表”），或把列名改为“再就业人数/一季度”这样的形式后重新导入');
  });

  it('a 指标 column with periods across the top (社区,指标,1月,2月,3月): each row\'s metric over those periods', () => {
    const { r, obs } = brief('社区,指标,1月,2月,3月\n东湖社区,再就业人数,3,4,5\n东湖社区,开发就业岗位,1,2,约2\n西山社区,再就业人数,2,,6\n,,,,\n合计,再就业人数,5,4,11\n', '2024年.csv');
    expect(r.report.status).toBe('ok');
    expect(obs).toEqual([
      '东湖社区|2024-01|jobs_developed|1', '东湖社区|2024-01|reemployed|3', '东湖社区|2024-02|jobs_developed|2', '东湖社区|2024-02|reemployed|4',
      '东湖社区|2024-03|jobs_developed|2', '东湖社区|2024-03|reemployed|5',
      '西山社区|2024-01|reemployed|2', '西山社区|2024-02|reemployed|null', '西山社区|2024-03|reemployed|6',
    ]);
    expect(r.dataset!.metrics.map((m) => m.id).sort()).toEqual(['jobs_developed', 'reemployed']);
    expect(r.report.issues.find((i) => i.code === 'period-columns')!.message).toBe('列名是统计期间（1月、2月、3月），指标取自“指标”列（年份按2024年）');
    expect(r.report.issues.find((i) => i.code === 'shape')!.message).toBe('表格形式：宽表（每列一个期间）');
    // The 合计 row is checked per metric and month (5 = 3 + 2, 11 = 5 + 6; 2月 has a blank, so it is not checked).
    expect(issueCodes(r, 'warning')).toEqual(['approximate-value@3']);
    expect(r.report.counts).toMatchObject({ imported: 3, subtotal: 1, blank: 1 });
  });

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
    expect(obs).toEqual(['东湖社区|2024-C03|reemployed|21', '东湖社区|2024-Q1|reemployed|21',
      '红星社区|2024-02|reemployed|12', '红星社区|2024-03|reemployed|20', '红星社区|2024-C02|reemployed|40', '红星社区|2024-C03|reemployed|60']);
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

  it('a period written in a row above the header (统计时间：2024年3月) is the table\'s period; a 报送日期 there is not', () => {
    const text = (line2: string) => `各社区就业情况统计表\n${line2}\n社区,下岗失业人员\n花园路社区,10\n`;
    const { r, obs } = brief(text('填报单位：双林街道,,统计时间：2024年3月'), 'a.csv');
    expect(obs).toEqual(['花园路社区|2024-03|unemployed|10']);
    expect(r.report.issues.find((i) => i.code === 'preamble-row')!.message).toContain('“统计时间：2024年3月”作为统计期间');
    expect(brief(text('报告期：2024年一季度'), 'a.csv').obs).toEqual(['花园路社区|2024-Q1|unemployed|10']);
    expect(brief(text('填报单位：双林街道（盖章）   报送日期：2024年4月5日'), 'a.csv').r.report.status).toBe('blocked');
    expect(brief(text('填报单位：双林街道,填报时间：2024年4月5日'), 'a.csv').r.report.status).toBe('blocked');
    // A period alone in a cell of that row, as forms print it at the right: the same.
    const bare = brief(text('填报单位：双林街道,,2024年3月'), 'a.csv');
    expect(bare.obs).toEqual(['花园路社区|2024-03|unemployed|10']);
    expect(bare.r.report.issues.find((i) => i.code === 'preamble-row')!.message).toContain('“2024年3月”作为统计期间');
    expect(brief(text('填报单位：双林街道,,2024年第一季度'), 'a.csv').obs).toEqual(['花园路社区|2024-Q1|unemployed|10']);
    // A day there is when the sheet was filled in; a bare number is no period.
    expect(brief(text('填报单位：双林街道,,2024年4月5日'), 'a.csv').r.report.status).toBe('blocked');
    expect(brief(text('填报单位：双林街道,,2024'), 'a.csv').r.report.status).toBe('blocked');
    expect(brief(text('填报单位：双林街道,,45352'), 'a.csv').r.report.status).toBe('blocked');
  });

  it('contact columns (负责人, 联系电话) and columns of words (所属网格) are no metrics; a custom metric of numbers still is', () => {
    const { r, obs } = brief('街道,社区,负责人,联系电话,所属网格,网格员人数,再就业人数\n'
      + '劝业场街道,花园路社区,张三,13800000000,第一网格,5,12\n劝业场街道,滨西社区,李四,022-12345678,第二网格,—,8\n', '2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.metrics.map((m) => m.zh)).toEqual(['网格员人数', '再就业人数']);
    expect(obs).toEqual(['滨西社区|2024-03|custom:网格员人数|null', '滨西社区|2024-03|reemployed|8', '花园路社区|2024-03|custom:网格员人数|5', '花园路社区|2024-03|reemployed|12']);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    const notes = r.report.issues.filter((i) => i.code === 'info-column');
    expect(notes.map((i) => [i.column, i.message])).toEqual([
      [3, '“负责人”列是联系信息，不是统计指标，未导入'],
      [4, '“联系电话”列是联系信息，不是统计指标，未导入'],
      [5, '“所属网格”列是文字（如“第一网格”），不是数字，未作为指标导入；如果这是统计指标，请在源表填写数字后重新导入'],
    ]);
    // A column of 无 and — only, or of Chinese numerals, is still a metric (with no data, or read as numbers).
    expect(brief('社区,困难党员,慰问次数\n花园路社区,无,三\n滨西社区,—,五\n', '2024年3月.csv').r.dataset!.metrics.map((m) => m.zh)).toEqual(['困难党员', '慰问次数']);
  });

  it('a 街道代码 column (120112100 in every row, beside 社区代码) is a code, no metric: not imported, said so by column', () => {
    const { r, obs } = brief('街道代码,街道,社区代码,社区,再就业人数\n120112100,咸水沽镇,120112100001,祥福里社区,10\n120112100,咸水沽镇,120112100003,红星里社区,11\n', '2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(obs).toEqual(['祥福里社区|2024-03|reemployed|10', '红星里社区|2024-03|reemployed|11']);
    const note = r.report.issues.find((i) => i.code === 'info-column')!;
    expect([note.column, note.message]).toEqual([1, '“街道代码”列是代码，不是统计指标，未导入']);
  });

  it('a column whose every number has a decimal comma (人均面积 "3,5") is no column of words: each cell is warned of, by line', () => {
    const { r, obs } = brief('社区,常住人口,人均面积\n花园路社区,3500,"3,5"\n滨西社区,2100,"2,25"\n', '劝业场街道2024年3月.csv');
    expect(r.report.issues.filter((i) => i.code === 'info-column')).toEqual([]);
    expect(r.report.issues.filter((i) => i.code === 'ambiguous-separator').map((i) => [i.line, i.column])).toEqual([[2, 3], [3, 3]]);
    expect(obs).toContain('花园路社区|2024-03|custom:人均面积|null');
  });

  it('a 填报日期 column (Excel keeps its days as serials, 45382) is no metric: not imported, said so by column', () => {
    const { r, obs } = brief('社区,常住人口,填报日期\n花园路社区,3500,45382\n滨西社区,2100,2024/3/31\n', '劝业场街道2024年3月.csv');
    expect(obs).toEqual(['滨西社区|2024-03|residents|2100', '花园路社区|2024-03|residents|3500']);
    const note = r.report.issues.find((i) => i.code === 'info-column')!;
    expect([note.column, note.message]).toEqual([3, '“填报日期”列是报表的填写或报送日期，不是统计指标，未导入（统计期间取自期间列、标题行或文件名）']);
  });

  it('a 统计时段 column of whole months written as days (2024年3月1日-31日) gives the month, with an info by cell', () => {
    const { r, obs } = brief('社区,统计时段,新增就业人数\n花园路社区,2024年3月1日-31日,10\n滨西社区,2024年3月1日至3月31日,8\n', '劝业场街道就业.csv');
    expect(r.report.status).toBe('ok');
    expect(obs).toEqual(['滨西社区|2024-03|custom:新增就业人数|8', '花园路社区|2024-03|custom:新增就业人数|10']);
    expect(r.report.issues.filter((i) => i.code === 'days-as-month').map((i) => [i.line, i.column])).toEqual([[2, 2], [3, 2]]);
  });

  it('户籍人口（户） and 户籍人口（人）, one custom name in two units: two metrics with a warning, not one metric of conflicting values', () => {
    const { r, obs } = brief('社区,户籍人口（户）,户籍人口（人）\n花园路社区,1200,3500\n滨西社区,800,2100\n', '劝业场街道2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(obs).toContain('花园路社区|2024-03|custom:户籍人口（人）|3500');
    expect(obs).toContain('花园路社区|2024-03|custom:户籍人口|1200');
    expect(r.report.issues.filter((i) => i.code === 'same-metric-columns').map((i) => i.column)).toEqual([3]);
  });

  it('periods across the top with the metric written under each (2024年1月 over 再就业人数) is a two-row header, not a table without a metric', () => {
    const one = brief('社区,2024年1月,2024年2月\n,再就业人数,再就业人数\n花园路社区,3,4\n滨西社区,1,—\n', '劝业场街道.csv');
    expect(one.r.report.status).toBe('ok');
    expect(one.obs).toEqual(['滨西社区|2024-01|reemployed|1', '滨西社区|2024-02|reemployed|null', '花园路社区|2024-01|reemployed|3', '花园路社区|2024-02|reemployed|4']);
    expect(one.r.report.issues.find((i) => i.code === 'two-row-header')!.line).toBe(1);
    const two = brief('社区,2024年1月,2024年1月\n,再就业人数,新增就业人数\n花园路社区,3,4\n', '劝业场街道.csv');
    expect(two.obs).toEqual(['花园路社区|2024-01|custom:新增就业人数|4', '花园路社区|2024-01|reemployed|3']);
    // A row of numbers under the periods is data, as before.
    expect(brief('社区,2024年1月,2024年2月\n花园路社区,3,4\n', '劝业场街道再就业人数.csv').obs).toEqual(['花园路社区|2024-01|reemployed|3', '花园路社区|2024-02|reemployed|4']);
  });

  it('a month without its year in the period column says so, and where to put the year', () => {
    // (Beside a row giving its year, 4月 is read in that year: column-period.test.ts. Here no row gives one.)
    const { r } = brief('社区,月份,下岗失业人员\n花园路社区,3月,10\n花园路社区,4月,11\n', 'a.csv');
    expect(r.report.status).toBe('blocked');
    const e = r.report.issues.find((i) => i.code === 'period-no-year')!;
    expect([e.line, e.column]).toEqual([2, 2]);
    expect(e.message).toContain('期间“3月”没有写年份');
    // With the year in the file name the same file imports.
    expect(brief('社区,月份,下岗失业人员\n花园路社区,2024年3月,10\n花园路社区,4月,11\n', '2024年各社区.csv').r.report.status).toBe('ok');
  });

  it('a vertical form 项目 | 本月 | 年度累计 (or 今年累计): one community, its month and year to date — not a transposed table of communities 本月 and 年度累计', () => {
    for (const word of ['年度累计', '今年累计']) {
      const { r, obs } = brief(`咸水沽镇祥福里社区2024年3月工作统计表\n项目,本月,${word}\n再就业人数（人）,12,30\n`, '祥福里社区-2024年3月.csv');
      expect(r.report.status).toBe('ok');
      expect(obs).toEqual(['祥福里社区|2024-03|reemployed|12', '祥福里社区|2024-C03|reemployed|30']);
    }
  });

  it('a vertical form in a 月报 that names only its year: 本月 is no month, so refused (never the whole year)', () => {
    const { r } = brief('项目,本月,累计\n再就业人数,12,30\n', '祥福里社区2024年月报.csv');
    expect(r.report.status).toBe('blocked');
    expect(issueCodes(r, 'error')).toEqual(['no-period@0']);
    expect(r.report.issues.find((i) => i.code === 'no-period')!.message).toContain('“祥福里社区2024年月报”是月报，但只写了年份（2024年），没有写月份');
    // With the month in its header it is read.
    expect(brief('项目,3月,1-3月\n再就业人数,12,30\n', '祥福里社区2024年月报.csv').obs).toEqual(['祥福里社区|2024-03|reemployed|12', '祥福里社区|2024-C03|reemployed|30']);
  });

  it('a 其中 row of a vertical form is a part of the metric above it', () => {
    const { r, obs } = brief('东湖社区2024年3月主要指标\n项目,本月\n下岗失业人员,30\n其中：女,12\n其中：男,18\n再就业人数,10\n', 'a.csv');
    expect(r.dataset!.metrics.map((m) => m.zh)).toEqual(['下岗失业人员', '下岗失业人员（其中：女）', '下岗失业人员（其中：男）', '再就业人数']);
    expect(obs).toContain('东湖社区|2024-03|custom:下岗失业人员（其中：男）|18');
  });

  it('two-row header from merged cells (常住人口 over 2023 and 2024)', () => {
    const { r, obs } = brief('社区,常住人口,,户数,\n,2023,2024,2023,2024\n东湖社区,100,110,40,42\n');
    expect(obs).toEqual(['东湖社区|2023|households|40', '东湖社区|2023|residents|100', '东湖社区|2024|households|42', '东湖社区|2024|residents|110']);
    expect(r.report.counts).toMatchObject({ rowsIn: 1, imported: 1, structural: 2 });
  });

  it('subtotal rows 合计/小计/总计/全镇 are excluded from units and checked against their rows', () => {
    const text = [
      '镇街,村居,常住人口',
      '咸水沽镇,甲村,10', '咸水沽镇,乙村,20', '咸水沽镇,小计,30',
      '葛沽镇,丙村,5', '葛沽镇,葛沽镇合计,6',
      ',全镇,35', ',总计,36', '',
    ].join('\n');
    const { r, obs } = brief(text, '2024年3月.csv');
    expect(obs).toEqual(['丙村|2024-03|residents|5', '乙村|2024-03|residents|20', '甲村|2024-03|residents|10']);
    expect(r.report.counts).toMatchObject({ rowsIn: 7, imported: 3, subtotal: 4 });
    expect(r.report.rows.filter((x) => x.outcome === 'subtotal').map((x) => x.line)).toEqual([4, 6, 7, 8]);
    const w = r.report.issues.filter((i) => i.code === 'subtotal-mismatch');
    // 葛沽镇合计 6 ≠ 5 (line 5 only); 总计 36 ≠ 10+20+5 = 35; 全镇 35 is right.
    expect(w.map((i) => i.line)).toEqual([6, 8]);
    expect(w[0]!.message).toBe('第6行“葛沽镇合计”的常住人口为6，但其覆盖的1行（自第5行起）之和为5，请核对');
    expect(w[1]!.message).toContain('为36，但其覆盖的3行（自第2行起）之和为35');
  });

  it('a second table after a blank line is read with its own header (catalogue #21)', () => {
    const { r, obs } = brief('社区,期间,常住人口\n东湖社区,2024-03,1\n\n指标,东湖社区,西山社区\n户数,40,50\n', '2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(obs).toEqual(['东湖社区|2024-03|households|40', '东湖社区|2024-03|residents|1', '西山社区|2024-03|households|50']);
    expect(r.report.issues.find((i) => i.code === 'second-table')!.message).toContain('检测到第二个表格，从第4行开始');
  });
});
