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

  it('a 城乡分类代码 column (111, 220: as the statistics office lists codes) is a code, no metric: not imported, said so by column', () => {
    const { r, obs } = brief('统计用区划代码,城乡分类代码,名称,户数\n120111100005,111,东姜井社区居委会,10\n120111100203,220,东姜井村委会,11\n', '中北镇2024年6月.csv');
    expect(obs).toEqual(['东姜井村|2024-06|households|11', '东姜井社区|2024-06|households|10']);
    const note = r.report.issues.find((i) => i.code === 'info-column')!;
    expect([note.column, note.message]).toEqual([2, '“城乡分类代码”列是代码，不是统计指标，未导入']);
  });

  it.each(['居委代码', '国标码', '统计码'])('a column headed %s whose cells are 12-digit division codes is the code column, said at its header', (header) => {
    const { r, obs } = brief(`${header},名称,户数\n120111100005,东姜井社区,10\n120111100203,东姜井村,11\n`, '中北镇2024年6月.csv');
    expect(obs).toEqual(['东姜井村|2024-06|households|11', '东姜井社区|2024-06|households|10']);
    expect(r.dataset!.units.map((u) => u.code)).toEqual(['120111100005', '120111100203']);
    const note = r.report.issues.find((i) => i.code === 'code-column-by-content')!;
    expect([note.severity, note.column, note.message]).toEqual(['info', 1, `第1列“${header}”的内容是12位区划代码，按区划代码列读取（不作为统计指标）`]);
    // Twelve digits that are no division code (an account number) leave the column as it was.
    expect(brief('账号,名称,户数\n955880100005,东姜井社区,10\n955880100203,东姜井村,11\n', '中北镇2024年6月.csv').r.report.issues.some((i) => i.code === 'code-column-by-content')).toBe(false);
  });

  it('社区 and 街道 headers written the wrong way round (streets under 社区, communities under 街道): read by their contents, with a warning at the header', () => {
    const { r, obs } = brief('社区,街道,户数\n劝业场街道,花园路社区,1\n劝业场街道,滨西社区,2\n小白楼街道,泰安道社区,3\n', '和平区2024年6月.csv');
    expect(obs).toEqual(['泰安道社区|2024-06|households|3', '滨西社区|2024-06|households|2', '花园路社区|2024-06|households|1']);
    expect(r.dataset!.units.map((u) => u.parent)).toEqual(['劝业场街道', '劝业场街道', '小白楼街道']);
    const w = r.report.issues.find((i) => i.code === 'place-columns-swapped')!;
    expect([w.severity, w.line, w.column]).toEqual(['warning', 1, 1]);
    // Headers as written: nothing swapped.
    expect(brief('街道,社区,户数\n劝业场街道,花园路社区,1\n劝业场街道,滨西社区,2\n', '和平区2024年6月.csv').r.report.issues.some((i) => i.code === 'place-columns-swapped')).toBe(false);
  });

  it('swapped too when the villages are written as their committees (东姜井村委, 西姜井村委会): unit endings are the one list of place-words.ts (was: three units named 中北镇 under streets named for the villages)', () => {
    const { r } = brief('社区,街道,户数\n中北镇,东姜井村委,1\n中北镇,西姜井村委会,2\n中北镇,大卞庄村委,3\n', '西青区2024年6月.csv');
    expect(r.report.issues.filter((i) => i.code === 'place-columns-swapped').map((i) => i.line)).toEqual([1]);
    expect(r.dataset!.units.map((u) => `${u.parent}/${u.name}`).sort()).toEqual(['中北镇/东姜井村', '中北镇/大卞庄村', '中北镇/西姜井村']);
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
