/**
 * Column headers → canonical metric ids (`已实现再就业` → `reemployed`) or dimension roles
 * (`所属街道` → `parent`). Matching is exact after normalising (NFKC, traditional → simplified,
 * no spaces or punctuation, unit brackets removed); there is deliberately no substring matching,
 * so `再就业率` never becomes `reemployed` and `下岗失业人员` never becomes `reemployed`.
 */
import { CANONICAL_METRICS } from './metric-catalog';
import { toSimplified } from './t2s-table';
import { withoutListNumber } from './place-words';
import { unitSpelled } from './measure-units';
import { bracketed } from './remark-words';
import { PERIOD_LABEL_WORDS } from './period-labels';

export type DimensionRole =
  | 'code' | 'district' | 'parent' | 'unit' | 'period' | 'year' | 'metric' | 'value' | 'measure_unit' | 'unit_or_measure' | 'note';

export interface HeaderMatch {
  /** Canonical metric id, or null for an unknown header (the pipeline makes it a custom metric). */
  metricId: string | null;
  /** Unit named in the header (`（人）` → `人`, `（万元）` → `元`). */
  unit?: string;
  /** Multiplier named in the header: 10000 for `（万元）`; absent when 1. */
  scale?: number;
  /** The header for display: NFKC, line breaks and spaces removed, unit bracket removed, script kept. */
  cleaned: string;
}

/** Extra aliases beyond each metric's id, Chinese and English label (which are added automatically). */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  residents: ['常住人口数', '常住人口总数', '人口', '人口数', '总人口', '人口总数', '居民人数', '居民人口', '常住居民', '常住人数',
    '辖区人口', '居民数', 'residentpopulation', 'population'],
  households: ['总户数', '常住户数', '居民户数', '住户数', '家庭户数', '居民户', '常住户', 'householdcount'],
  unemployed: ['下岗失业人员数', '下岗失业人数', '下岗失业', '失业人员', '失业人员数', '失业人数', '下岗职工', '下岗职工数',
    '下岗人员', '登记失业人员', '登记失业人数', '下岗失业职工', 'laidoffandunemployed', 'unemployed'],
  reemployed: ['再就业', '再就业人员', '再就业人员数', '已实现再就业', '已实现再就业人数', '实现再就业', '实现再就业人数',
    '安置下岗失业人员', '安置下岗失业人员数', '帮助再就业人数', '新增再就业', '新增再就业人数', 'reemployedpeople'],
  jobs_developed: ['开发就业岗位数', '开发岗位', '开发岗位数', '就业岗位', '就业岗位数', '新开发岗位', '新开发就业岗位',
    '岗位开发', '提供就业岗位', '新增就业岗位', '新增岗位', 'jobscreated'],
  placed_4050: ['4050人员安置', '4050人员安置数', '4050人员', '安置4050人员', '4050人员就业', '就业困难人员安置',
    '就业困难人员4050安置数', '4050安置', 'placed4050', '4050placed', '4050workersplaced'],
  zero_employment_households: ['零就业家庭户数', '零就业家庭数', '零就业家庭户', '零就业户', '零就业户数'],
  employment_training: ['就业培训', '技能培训', '就业技能培训人次', '就业技能培训人数', '就业培训人次', '就业培训人数',
    '技能培训人次', '技能培训人数', '再就业培训', '再就业培训人次', '就业创业培训', '就业创业培训人数', '创业培训',
    '职业技能培训', 'employmenttraining', 'skillstraining', 'jobtraining'],
  guaranteed_loans: ['小额贷款', '小额担保贷款笔数', '小额贷款笔数', '小额担保贷款数', '担保贷款', '创业担保贷款',
    'microloans', 'guaranteedloans'],
  dibao_households: ['低保户', '低保', '低保家庭', '低保家庭数', '低保家庭户数', '低保户户数', '最低生活保障户数',
    '最低生活保障家庭', '享受低保户数', 'dibao'],
  hardship_households: ['困难户', '困难家庭', '困难家庭数', '困难家庭户数', '特困户', '特困户数', '困难群众户数'],
  people_visited: ['慰问困难群众人次', '慰问困难群众人数', '走访慰问困难群众', '走访慰问困难群众人次', '慰问', '慰问人数',
    '慰问人次', '走访慰问', '走访慰问人次', '走访慰问人数', 'peoplevisited'],
  aid_amount: ['慰问金', '慰问金额', '救助金额', '救助金', '慰问救助金', '慰问救助资金', '救助资金', '发放慰问金',
    '发放救助金', '慰问金发放', '帮扶金额', 'aidamount'],
  illness_aid: ['大病救助人次', '大病救助人数', '大病医疗救助', 'illnessaid'],
  donations: ['捐款', '捐款金额', '捐款额', '爱心捐款金额', '爱心捐款额', '慈善捐款', '募捐', '募捐金额', 'donations'],
  lectures: ['讲座', '培训讲座', '讲座培训场次', '讲座培训次数', '讲座场次', '讲座次数', '讲座数', '举办讲座', '开展讲座', '开展讲座次数', '举办讲座次数', 'lectures'],
  cultural_events: ['文化活动', '文体活动场次', '文体活动次数', '文化活动场次', '文化活动次数', '文艺演出', '文化体育活动',
    'culturalevents'],
  event_participants: ['参与人次', '活动参与人次', '活动参与人数', '参加人次', '参与活动人次', '参加活动人次', '参与人数',
    'eventparticipants', 'participants', 'attendance'],
  culture_teams: ['文体队伍', '文艺团队', '文艺队伍', '文艺团体', '文化团队', '文体团队数', '文体队伍数', '文艺团队数',
    'cultureteams'],
  volunteers: ['志愿者', '志愿者人数', '注册志愿者人数', '注册志愿者数', '志愿者数', '志愿者数量', '志愿者总数',
    'volunteers'],
  volunteer_teams: ['志愿者队伍', '志愿服务队数', '志愿者服务队', '志愿服务队伍', '志愿服务团队', '志愿者队伍数', '志愿队',
    'volunteerteams'],
  volunteer_activities: ['志愿活动', '志愿服务次数', '志愿服务活动次数', '志愿服务活动场次', '志愿活动次数', '开展志愿服务',
    'volunteeractivities'],
  volunteer_hours: ['服务时长', '志愿服务小时数', '志愿时长', '服务小时数', '志愿服务时间', 'volunteerhours'],
  service_beneficiaries: ['受益人次', '受益人数', '服务受益人数', '受益群众', '志愿服务受益人次', '受益人群',
    'beneficiaries', 'servicebeneficiaries'],
  reemployment_rate: ['reemploymentrate'],
  volunteer_rate: ['志愿者比例', '志愿者占比', '志愿者占人口比例', '志愿者比率', '注册志愿者占比', '志愿者占常住人口比重', '志愿者注册率', '注册志愿者比例',
    'volunteerrate'],
};

const DIMENSIONS: Readonly<Record<DimensionRole, readonly string[]>> = {
  code: ['区划代码', '统计用区划代码', '行政区划代码', '区划编码', '代码', '社区代码', '村代码', '统计代码', 'code', 'divisioncode',
    // The code named by the unit it codes, or 编码 for 代码 (村（居）委会代码: brackets are dropped before matching).
    '编码', '统计用区划编码', '行政区划编码', '社区编码', '村编码', '村居代码', '村居编码', '居委会代码', '居委会编码', '村委会代码',
    '村委会编码', '村居委会代码', '村居委会编码', '居村委会代码', '社区村代码', '社区居委会代码', '区划码'],
  district: ['区', '区县', '县区', '所属区', '所属区县', '区名', '区名称', '区县名称', 'district', 'county'],
  parent: ['街道', '镇', '街镇', '镇街', '乡镇', '街乡', '街道镇', '街道乡镇', '乡镇街道', '所属街道', '所属街镇', '所属乡镇',
    '所属镇', '街道名称', '街镇名称', '乡镇名称', '街道办事处', '街乡镇', '街乡镇名称', '所属街乡镇', '镇街道', '乡镇街道名称',
    'street', 'town', 'subdistrict', 'township', 'jiedao', 'jiedaomingcheng', 'xiangzhen'],
  unit: ['社区', '村', '社区名称', '社区名', '村名称', '社区村', '村社区', '社区村名称', '村居', '村居名称', '单位名称',
    '社区居委会', '居委会', '名称', 'community', 'village', 'name',
    // Official forms: 村（居）委会, 居（村）委会名称 (brackets are dropped before matching).
    '村居委会', '村居委会名称', '居村委会', '居村委会名称', '居委会名称', '村委会', '村委会名称', '社区居委会名称',
    '社区村居', '所属社区', '所在社区', '行政村', '行政村名称', '村名', '居委会村委会', '社区村居名称',
    // Pinyin field names of a system's database export.
    'shequ', 'shequmingcheng', 'shequmc'],
  // Every word that labels a period above a table (统计年月：, 所属期间：) heads a period column too.
  period: [...PERIOD_LABEL_WORDS, '日期', '时期', '时段', '报告时段', 'period', 'month', 'date', 'time',
    // The period within a year column's year (年份 | 月份, 年度 | 季度), or on its own with the year elsewhere.
    '月', '季度', '统计季度', '报告月份', '半年', 'qijian', 'tongjiqi', 'tongjiqijian', 'baogaoqi'],
  // The year of each row, beside its month or quarter (detect-shape.ts), or alone: an annual table.
  year: ['年份', '年度', '年', '统计年度', '统计年份', '报告年度', 'year'],
  metric: ['指标', '指标名称', '项目', '项目名称', '统计指标', '指标项', 'metric', 'indicator', 'item', 'zhibiao', 'zhibiaomingcheng', 'zhibiaomc'],
  value: ['数值', '值', '数量', '数据', '统计值', '指标值', 'value', 'amount', 'shuzhi', 'zhibiaozhi'],
  measure_unit: ['计量单位', '度量单位', 'measureunit', 'unitofmeasure', 'jiliangdanwei'],
  unit_or_measure: ['单位', 'unit', 'danwei'],
  // 序号 / 编号 carry no statistic: kept as a note column so they never become custom metrics; nor
  // does a system export's code of the metric beside its name (指标代码 | 指标名称).
  note: ['备注', '说明', '注', '序号', '编号', '行号', 'note', 'notes', 'remark', 'remarks', 'no', '#',
    '指标代码', '指标编码', '指标编号', '项目代码', '项目编码', '项目编号', '指标序号'],
};

/**
 * The measure unit a cell names on its own (`人`, `（万元）`, `%`), as [canonical unit, scale], or
 * undefined when the text is not one of the units a header bracket may carry (unitSpelled).
 */
export function measureUnitOf(text: string): readonly [string, number] | undefined {
  const t = toSimplified(text.normalize('NFKC').replace(/\s/g, ''));
  return unitNamed(bracketed(t) ?? t);
}

/**
 * A unit as written (NFKC, simplified, no spaces) → [canonical unit, scale]: a spelling of one
 * (unitSpelled), or one per something (`元/人`, `人/户`, `万元/户` → [`元/户`, 10,000]) of two of them.
 */
function unitNamed(written: string): readonly [string, number] | undefined {
  const unit = unitSpelled(written);
  if (unit !== undefined) return unit;
  const per = /^([^/]+)\/([^/]+)$/.exec(written);
  const top = per === null ? undefined : unitSpelled(per[1]!);
  const bottom = per === null ? undefined : unitSpelled(per[2]!);
  if (top === undefined || bottom === undefined) return undefined;
  return bottom[1] === 1 && top[0] !== '%' ? [`${top[0]}/${bottom[0]}`, top[1]] : undefined;
}

/** True for a unit per something (`元/人`): its metric is an average or a rate, never summed. */
export function isPerUnit(unit: string): boolean {
  return unit.includes('/');
}

/**
 * The scale of a value of a metric measured in `metricUnit` in a table whose unit row (or title)
 * says `tableUnit`: 10,000 for 元 under `单位：万元`; 1 for another unit (人 under 万元) or none.
 */
export function tableUnitScale(metricUnit: string, tableUnit: string | undefined): number {
  for (const unit of tableUnits(tableUnit)) if (unit.base === metricUnit) return unit.scale;
  return 1;
}

/** One unit a unit row lists: as written (`万元`), its canonical unit (`元`) and scale. */
export interface TableUnit { readonly written: string; readonly base: string; readonly scale: number }

/** The measure units a unit row lists (`万元`, `万元、人`, `人，万元`); unknown words left out. */
export function tableUnits(tableUnit: string | undefined): TableUnit[] {
  if (tableUnit === undefined || tableUnit === '') return [];
  const out: TableUnit[] = [];
  for (const written of tableUnit.split(/[、，,/／;；\s]+/)) {
    const unit = written !== '' ? measureUnitOf(written) : undefined;
    if (unit !== undefined) out.push({ written, base: unit[0], scale: unit[1] });
  }
  return out;
}

const HAS_CJK = /[\u4e00-\u9fff]/;
/** Words before a metric's name that do not change it: the period (`本月再就业人数`), the place, a verb (`开展志愿服务次数`). */
const LEADING_CONTEXT = /^(?:(?:本月|当月|本期|本季度|本季|本年度|本年|今年|全年|社区|辖区)(?:开展|组织|举办)?|开展|组织|举办)/;

/** A metric code before the name in a comparison key (`a01`, `0101`, `1` of `1.`); no year (`2023`) or month (`202403`). */
const LEADING_CODE = /^(?:[a-z]{1,3}\d{1,6}|(?!(?:19|20)\d{2})\d{1,4})(?=[^\x00-\x7f])/;

/**
 * The metric a key names after a code, as statistics systems export their 指标 column
 * (`A01再就业人数`, `0102 下岗失业人员`): null unless the key begins with a Latin letter or a digit
 * and the rest is a metric's alias.
 */
function codedMetric(key: string): string | null {
  const c = key.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 122))) return null;
  const m = LEADING_CODE.exec(key);
  return m === null ? null : METRIC_INDEX.get(key.slice(m[0].length)) ?? null;
}

/** A catalogue metric's name with a unit written right after it, no bracket (`再就业人数人`, `慰问救助金额万元`); null otherwise. */
function gluedUnit(display: string): { name: string; unit: string } | null {
  for (const n of [2, 1]) {
    if (display.length <= n + 1) continue;
    const [name, unit] = [display.slice(0, -n), display.slice(-n)];
    if (unitNamed(toSimplified(unit)) !== undefined && METRIC_INDEX.has(matchKey(name))) return { name, unit };
  }
  return null;
}

/** Map a metric column header to a canonical id, reading its unit and scale from a trailing bracket. */
export function matchMetricHeader(header: string): HeaderMatch {
  const display = header.normalize('NFKC').replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '');
  const unitPart = /^(.+?)(?:[([【]([^)\]】]*)[)\]】]|[/／]([^/／]+))$/.exec(display);
  let cleaned = display;
  let unit: readonly [string, number] | undefined;
  if (unitPart) {
    const written = toSimplified(unitPart[2] ?? unitPart[3] ?? '').replace(/^(?:计量)?单位[:：]?/, '');
    const known = unitNamed(written);
    if (known) { unit = known; cleaned = unitPart[1]!; }
  }
  // A two-row header's joined name with its unit after the lower cell (`慰问/人数（人）`): the slash was read first.
  const lastBracket = unit === undefined && unitPart?.[3] !== undefined ? /^(.+?)[([【]([^)\]】]*)[)\]】]$/.exec(display) : null;
  const lastUnit = lastBracket === null ? undefined : unitNamed(toSimplified(lastBracket[2]!).replace(/^(?:计量)?单位[:：]?/, ''));
  if (lastUnit !== undefined) { unit = lastUnit; cleaned = lastBracket![1]!; }
  const key = matchKey(cleaned);
  const index = METRIC_INDEX;
  let id = index.get(key) ?? index.get(key.replace(LEADING_CONTEXT, '')) ?? codedMetric(key);
  if (id === null) {
    // A clerk's list number in words (`（一）就业技能培训`, `二、文体活动`: a digit one is codedMetric's), by the
    // rule a custom name's is taken off by (withoutListNumber).
    const listed = withoutListNumber(header);
    if (listed !== header && listed !== '') {
      const again = matchMetricHeader(listed);
      if (again.metricId !== null) return again;
    }
    // A unit glued to the name (`低保户数户`, `慰问救助金额万元`): as in brackets.
    if (unit === undefined) {
      const glued = gluedUnit(display);
      if (glued !== null) return matchMetricHeader(`${glued.name}（${glued.unit}）`);
    }
  }
  // A unit per something is no catalogue metric's (totals, counts, %): 慰问金（元/人） is an average
  // paid, not 慰问救助金额; named with its unit so it never reads as the catalogue's.
  if (unit !== undefined && isPerUnit(unit[0])) {
    if (id !== null) cleaned = `${cleaned}（${unit[0]}）`;
    id = null;
  }
  const result: HeaderMatch = { metricId: id, cleaned };
  if (unit) {
    result.unit = unit[0];
    if (unit[1] !== 1) result.scale = unit[1];
  }
  return result;
}

/**
 * The one metric a free text names (a title: `2024年各社区再就业人数统计表` → `reemployed`): the
 * longest Chinese alias found in it, when every other alias found is part of that one; null when
 * the text names none, or two metrics.
 */
export function findMetricInText(text: string): string | null {
  const found = aliasesIn(text);
  if (found.length === 0) return null;
  const [top, id] = found.reduce((a, b) => (b[0].length > a[0].length ? b : a));
  return found.every(([alias, other]) => other === id || top.includes(alias)) ? id : null;
}

/** True when a free text holds any metric's Chinese alias (one metric or several). */
export function mentionsMetric(text: string): boolean {
  return aliasesIn(text).length > 0;
}

/** The Chinese aliases found in a free text, with their metric ids. */
function aliasesIn(text: string): (readonly [string, string])[] {
  const key = matchKey(text);
  const found: (readonly [string, string])[] = [];
  for (const [alias, id] of metricAliasKeys()) {
    // Latin aliases (`reemployed`) would be found inside other words.
    if (alias.length >= 2 && HAS_CJK.test(alias) && key.includes(alias)) found.push([alias, id]);
  }
  return found;
}

/** The role of a dimension column (`所属街道` → `parent`), or null when the header is not one. */
export function matchDimensionHeader(header: string): DimensionRole | null {
  const key = matchKey(header);
  const role = DIMENSION_INDEX.get(key);
  if (role !== undefined) return role;
  // A remarks column by another name (情况说明, 备注说明, 其他备注, 附注): a number typed there is no statistic.
  if (REMARKS_HEADER.test(key) && !METRIC_INDEX.has(key)) return 'note';
  // A note in brackets after the name: 社区名称（盖章）, 街道（全称）.
  const bare = header.replace(/\s*[（(][^（()）]*[)）]\s*$/, '');
  return bare !== header && bare !== '' ? DIMENSION_INDEX.get(matchKey(bare)) ?? null : null;
}

/**
 * A column heading groups of metric rows, left of the metric column (`类别 | 项目`: 就业 merged over
 * 再就业人数 and 新增就业人数, 救助 over 低保户数): the group is no community, street or metric of the table.
 */
export function groupsMetricRows(header: string, next: string | undefined): boolean {
  return next !== undefined && METRIC_GROUP_HEADER.test(matchKey(header)) && matchDimensionHeader(next) === 'metric';
}
const METRIC_GROUP_HEADER = /^(?:指标|项目|工作)?(?:类别|分类|类型|大类|门类)$|^(?:板块|领域)$/;

/** A short header beginning with 备注/附注 or ending with 备注/说明/附注 (no metric is named so). */
const REMARKS_HEADER = /^(?:备注|附注).{0,4}$|^.{0,4}(?:备注|说明|附注)$/;

/** Every alias key of a metric (normalised), for tests and the column-mapping UI. */
export function metricAliasKeys(): ReadonlyMap<string, string> {
  return METRIC_INDEX;
}

/** The comparison form: NFKC, simplified, lower-case, no spaces, quotes, brackets or joiners. */
export function matchKey(text: string): string {
  return toSimplified(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\s\u200B-\u200D\u2060\uFEFF"'“”‘’「」『』《》()[\]【】{}、,，.:：;；·•\-_/\\|+]/g, '');
}

function buildMetricIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const add = (alias: string, id: string): void => {
    const key = matchKey(alias);
    const prior = index.get(key);
    if (prior !== undefined && prior !== id) throw new Error(`metric alias ${alias} maps to both ${prior} and ${id}`);
    index.set(key, id);
  };
  for (const m of CANONICAL_METRICS) {
    add(m.id, m.id);
    add(m.zh, m.id);
    add(m.en, m.id);
    for (const alias of ALIASES[m.id] ?? []) add(alias, m.id);
  }
  return index;
}

function buildDimensionIndex(): Map<string, DimensionRole> {
  const index = new Map<string, DimensionRole>();
  for (const [role, aliases] of Object.entries(DIMENSIONS) as [DimensionRole, readonly string[]][]) {
    for (const alias of aliases) {
      const key = matchKey(alias);
      if (index.has(key)) throw new Error(`dimension alias ${alias} maps to both ${index.get(key)} and ${role}`);
      index.set(key, role);
    }
  }
  return index;
}

/** The alias tables, built once when the module loads (constants: the vocabulary never changes). */
const METRIC_INDEX: ReadonlyMap<string, string> = buildMetricIndex();
const DIMENSION_INDEX: ReadonlyMap<string, DimensionRole> = buildDimensionIndex();
