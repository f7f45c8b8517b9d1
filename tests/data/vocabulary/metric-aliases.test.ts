import { describe, expect, it } from 'vitest';
import { findMetricInText, matchDimensionHeader, matchKey, matchMetricHeader, metricAliasKeys } from '../../../src/data/vocabulary/metric-aliases';
import { CANONICAL_METRICS } from '../../../src/data/vocabulary/metric-catalog';
import { PERIOD_LABEL_WORDS } from '../../../src/data/vocabulary/period-labels';

describe('matchMetricHeader: aliases', () => {
  it.each([
    ['再就业人数', 'reemployed'], ['已实现再就业', 'reemployed'], ['实现再就业', 'reemployed'], ['再就业', 'reemployed'],
    ['再就业(人)', 'reemployed'], ['再就业（人）', 'reemployed'], ['reemployed', 'reemployed'], ['Re-employed', 'reemployed'],
    ['實現再就業', 'reemployed'], ['安置下崗、失業人員', 'reemployed'], ['本月再就业人数', 'reemployed'], [' 再就业 人数 ', 'reemployed'],
    ['下岗失业人员', 'unemployed'], ['下岗失业人员数', 'unemployed'], ['下岗、失业人员', 'unemployed'], ['失业人员', 'unemployed'],
    ['下崗失業人員', 'unemployed'], ['下崗、失業人員', 'unemployed'], ['Laid-off and unemployed', 'unemployed'],
    ['开发岗位', 'jobs_developed'], ['开发就业岗位数', 'jobs_developed'], ['開發就業崗位', 'jobs_developed'],
    ['新增就业岗位', 'jobs_developed'], ['开展讲座次数', 'lectures'], ['志愿者注册率', 'volunteer_rate'],
    ['开展志愿服务次数', 'volunteer_activities'], ['本月开展志愿服务次数', 'volunteer_activities'], ['组织志愿活动', 'volunteer_activities'],
    ['4050人员', 'placed_4050'], ['“4050”人员', 'placed_4050'], ['"4050"人员安置', 'placed_4050'], ['“4050”人員', 'placed_4050'],
    ['零就业家庭户数', 'zero_employment_households'], ['“零就業”家庭', 'zero_employment_households'],
    ['就业培训', 'employment_training'], ['技能培训', 'employment_training'], ['就业技能培训(人次)', 'employment_training'],
    ['小额贷款', 'guaranteed_loans'], ['小额担保贷款（笔）', 'guaranteed_loans'],
    ['低保户', 'dibao_households'], ['低保', 'dibao_households'], ['低保户数', 'dibao_households'],
    ['困难户', 'hardship_households'], ['困难家庭', 'hardship_households'],
    ['慰问', 'people_visited'], ['走访慰问困难群众', 'people_visited'], ['慰问困难群众', 'people_visited'],
    ['慰问金', 'aid_amount'], ['救助金额', 'aid_amount'], ['慰问救助金额（元）', 'aid_amount'],
    ['大病救助', 'illness_aid'], ['捐款', 'donations'], ['爱心捐款', 'donations'], ['愛心捐款', 'donations'],
    ['讲座', 'lectures'], ['培训讲座', 'lectures'], ['讲座培训', 'lectures'],
    ['文体活动', 'cultural_events'], ['文化活动', 'cultural_events'], ['参与人次', 'event_participants'], ['活动参与', 'event_participants'],
    ['文体队伍', 'culture_teams'], ['文艺团队', 'culture_teams'], ['文體團隊', 'culture_teams'],
    ['志愿者', 'volunteers'], ['注册志愿者', 'volunteers'], ['志愿者人数', 'volunteers'], ['志願者人數', 'volunteers'],
    ['志愿服务队', 'volunteer_teams'], ['志愿者队伍', 'volunteer_teams'], ['志愿活动', 'volunteer_activities'],
    ['志愿服务次数', 'volunteer_activities'], ['服务时长', 'volunteer_hours'], ['志愿服务时长(小时)', 'volunteer_hours'],
    ['受益人次', 'service_beneficiaries'], ['常住人口', 'residents'], ['人口', 'residents'], ['常住人口数', 'residents'],
    ['常住人口\n（人）', 'residents'], ['户数', 'households'], ['总户数', 'households'], ['常住户数', 'households'],
    ['再就业率', 'reemployment_rate'], ['再就业率(%)', 'reemployment_rate'], ['Re-employment rate', 'reemployment_rate'],
    ['志愿者比例', 'volunteer_rate'], ['志愿者占常住人口比例（%）', 'volunteer_rate'], ['volunteer_rate', 'volunteer_rate'],
  ])('%j → %s', (header, id) => {
    expect(matchMetricHeader(header).metricId).toBe(id);
  });

  it.each(CANONICAL_METRICS.flatMap((m) => [[m.id, m.id], [m.zh, m.id], [m.en, m.id]]))('catalog label %j → %s', (header, id) => {
    expect(matchMetricHeader(header).metricId).toBe(id);
  });

  it.each([
    '再就业率增长', '失业率', '户籍人口', '金额', '培训', '活动', '合计', '其他指标', '再就业人数合计', '下岗失业人员再就业率',
    '社区', '街道', '期间', '备注', '', '志愿', '人数',
  ])('%j does not match any metric', (header) => {
    expect(matchMetricHeader(header).metricId).toBeNull();
  });

  it('does not over-match', () => {
    expect(matchMetricHeader('再就业率').metricId).not.toBe('reemployed');
    expect(matchMetricHeader('下岗失业人员').metricId).not.toBe('reemployed');
    expect(matchMetricHeader('志愿者比例').metricId).not.toBe('volunteers');
  });
});

describe('matchMetricHeader: units and scale from the header (cases 17, 25)', () => {
  it.each([
    ['救助金额（万元）', 'aid_amount', '元', 10000, '救助金额'], ['慰问金(元)', 'aid_amount', '元', undefined, '慰问金'],
    ['常住人口\n（人）', 'residents', '人', undefined, '常住人口'], ['常住人口（万人）', 'residents', '人', 10000, '常住人口'],
    ['户数【户】', 'households', '户', undefined, '户数'], ['再就业人数/人', 'reemployed', '人', undefined, '再就业人数'],
    ['再就业率(%)', 'reemployment_rate', '%', undefined, '再就业率'], ['捐款（单位：千元）', 'donations', '元', 1000, '捐款'],
    ['志愿者(名)', 'volunteers', '人', undefined, '志愿者'], ['金额（万元）', null, '元', 10000, '金额'],
    ['其他收入（万元）', null, '元', 10000, '其他收入'], ['再就业（含灵活就业）', null, undefined, undefined, '再就业（含灵活就业）'.normalize('NFKC')],
    ['Re-employed', 'reemployed', undefined, undefined, 'Re-employed'], ['新指标 A', null, undefined, undefined, '新指标A'],
  ])('%j → %s, unit %s, scale %s, cleaned %s', (header, id, unit, scale, cleaned) => {
    const m = matchMetricHeader(header);
    expect(m.metricId).toBe(id);
    expect(m.unit).toBe(unit);
    expect(m.scale).toBe(scale);
    expect(m.cleaned).toBe(cleaned);
  });
});

describe('matchDimensionHeader', () => {
  it.each([
    ['区划代码', 'code'], ['统计用区划代码', 'code'], ['代码', 'code'], ['code', 'code'], ['Code', 'code'],
    // Codes named by the unit, or 编码 for 代码: these once imported the codes as a metric.
    ['村居代码', 'code'], ['编码', 'code'], ['村（居）委会代码', 'code'], ['居委会代码', 'code'], ['行政区划编码', 'code'], ['社区编码', 'code'],
    ['区', 'district'], ['区县', 'district'], ['所属区', 'district'], ['district', 'district'], ['區', 'district'],
    ['街道', 'parent'], ['镇', 'parent'], ['街镇', 'parent'], ['乡镇', 'parent'], ['街道(镇)', 'parent'], ['街道（镇）', 'parent'],
    ['所属街道', 'parent'], ['street', 'parent'], ['town', 'parent'], ['街道/镇', 'parent'], ['鎮', 'parent'],
    ['社区', 'unit'], ['村', 'unit'], ['社区名称', 'unit'], ['社区(村)', 'unit'], ['村(社区)', 'unit'], ['单位名称', 'unit'],
    ['community', 'unit'], ['社區', 'unit'], [' 社区 ', 'unit'], ['\uFEFF社区', 'unit'],
    ['村（居）委会名称', 'unit'], ['居（村）委会', 'unit'], ['村委会', 'unit'], ['居委会名称', 'unit'], ['所属社区', 'unit'],
    // Headers clerks write that once imported as a metric (街乡镇) or as a guessed name column (行政村).
    ['街乡镇', 'parent'], ['街乡镇名称', 'parent'], ['所属街乡镇', 'parent'], ['镇街道', 'parent'], ['乡镇（街道）名称', 'parent'],
    ['行政村', 'unit'], ['行政村名称', 'unit'], ['居委会（村委会）', 'unit'], ['社区（村居）名称', 'unit'], ['村名', 'unit'],
    ['期间', 'period'], ['时间', 'period'], ['月份', 'period'], ['统计期', 'period'], ['报告期', 'period'], ['期别', 'period'],
    ['period', 'period'], ['month', 'period'], ['Period', 'period'],
    // A year column beside its month (quarter) column, as system exports write them; 季度 and 月 are the period within it.
    ['年份', 'year'], ['年度', 'year'], ['年', 'year'], ['统计年度', 'year'], ['统计年份', 'year'], ['year', 'year'],
    ['季度', 'period'], ['统计季度', 'period'], ['月', 'period'], ['统计月份', 'period'],
    ['指标', 'metric'], ['指标名称', 'metric'], ['项目', 'metric'], ['metric', 'metric'],
    ['数值', 'value'], ['值', 'value'], ['数量', 'value'], ['value', 'value'],
    ['计量单位', 'measure_unit'], ['单位', 'unit_or_measure'], ['备注', 'note'], ['序号', 'note'],
    // a note in brackets after the name
    ['社区名称（盖章）', 'unit'], ['社区名称(全称)', 'unit'], ['街道（签章）', 'parent'], ['统计月份（必填）', 'period'],
  ])('%j → %s', (header, role) => {
    expect(matchDimensionHeader(header)).toBe(role);
  });

  it.each(['再就业人数', '常住人口', '社区居民', '街道办主任', '', '金额', '2024年3月', '再就业人数（人）', '（盖章）'])('%j is not a dimension', (header) => {
    expect(matchDimensionHeader(header)).toBeNull();
  });

  it('no header is both a dimension and a metric', () => {
    for (const key of metricAliasKeys().keys()) expect(matchDimensionHeader(key), key).toBeNull();
  });
});

describe('matchKey', () => {
  it.each([
    ['Re-employed', 'reemployed'], ['下崗、失業人員', '下岗失业人员'], ['“4050”人员', '4050人员'], ['街道（镇）', '街道镇'],
    ['常住 人口\n', '常住人口'], ['ＡＢＣ', 'abc'],
  ])('%j → %s', (text, key) => {
    expect(matchKey(text)).toBe(key);
  });

  it('every canonical metric has at least its id, zh and en as aliases', () => {
    const ids = new Set(metricAliasKeys().values());
    expect([...ids].sort()).toEqual(CANONICAL_METRICS.map((m) => m.id).sort());
  });
});

describe('findMetricInText: the one metric a title names', () => {
  it.each([
    ['2024年各社区再就业人数统计表', 'reemployed'], ['劝业场街道2024年一季度注册志愿者情况', 'volunteers'], ['再就业人数', 'reemployed'],
    ['2024年各社区再就业人数和注册志愿者统计表', null], ['2024年社区工作情况统计表', null], ['', null], ['reemployed 2024', null],
  ])('%s → %s', (text, id) => {
    expect(findMetricInText(text)).toBe(id);
  });
});

describe('a period column headed as a period label is written above a table (统计年月, 所属期间)', () => {
  it.each(['统计年月', '所属期间', '所属期', '所属月份', '所属时间', '报表月份', '报表期间', '数据期间', '数据时间', '统计区间', '报告时间'])('%s → period', (header) => {
    expect(matchDimensionHeader(header)).toBe('period');
  });

  it('every word that labels a period above a table heads a period column too (one list)', () => {
    for (const w of PERIOD_LABEL_WORDS) expect(matchDimensionHeader(w), w).toBe('period');
  });
});
