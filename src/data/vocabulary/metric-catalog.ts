/**
 * The canonical metrics: the figures communities report (employment, aid, events, volunteers)
 * and the base figures (residents, households). Header aliases that map to these ids live in
 * `metric-aliases.ts`; any other column imports as a custom metric (`custom:<header>`).
 */
import { unitEnglish } from './measure-units';

export type MetricFamily = 'base' | 'employment' | 'aid' | 'events' | 'volunteers' | 'derived' | 'custom';
/** higher: more is better; lower: less is better; neutral: no ranking direction (sorted high → low). */
export type Direction = 'higher' | 'lower' | 'neutral';
/** flow sums over sub-periods; stock takes the period-end value; ratio is recomputed from num/den. */
export type AggregationKind = 'flow' | 'stock' | 'ratio';

export interface MetricDef {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  /** Display unit in Chinese (人, 户, 元, %, …). */
  readonly unit: string;
  readonly unitEn: string;
  readonly family: MetricFamily;
  readonly kind: AggregationKind;
  readonly direction: Direction;
  /** For ratios: value = numerator / denominator × 100 (percent). */
  readonly numerator?: string;
  readonly denominator?: string;
}

const m = (
  id: string, zh: string, en: string, unit: string, unitEn: string,
  family: MetricFamily, kind: AggregationKind, direction: Direction,
): MetricDef => ({ id, zh, en, unit, unitEn, family, kind, direction });

export const CANONICAL_METRICS: readonly MetricDef[] = [
  m('residents', '常住人口', 'Residents', '人', 'people', 'base', 'stock', 'neutral'),
  m('households', '户数', 'Households', '户', 'households', 'base', 'stock', 'neutral'),
  m('unemployed', '下岗失业人员', 'Laid-off and unemployed', '人', 'people', 'employment', 'stock', 'lower'),
  m('reemployed', '再就业人数', 'Re-employed', '人', 'people', 'employment', 'flow', 'higher'),
  m('jobs_developed', '开发就业岗位', 'Jobs developed', '个', 'jobs', 'employment', 'flow', 'higher'),
  m('placed_4050', '"4050"人员安置', '"4050" workers placed', '人', 'people', 'employment', 'flow', 'higher'),
  m('zero_employment_households', '零就业家庭', 'Zero-employment households', '户', 'households', 'employment', 'stock', 'lower'),
  m('employment_training', '就业技能培训', 'Job-skills training', '人次', 'attendances', 'employment', 'flow', 'higher'),
  m('guaranteed_loans', '小额担保贷款', 'Guaranteed micro-loans', '笔', 'loans', 'employment', 'flow', 'higher'),
  m('dibao_households', '低保户数', 'Dibao households', '户', 'households', 'aid', 'stock', 'neutral'),
  m('hardship_households', '困难户数', 'Hardship households', '户', 'households', 'aid', 'stock', 'neutral'),
  m('people_visited', '慰问困难群众', 'People in hardship visited', '人次', 'visits', 'aid', 'flow', 'higher'),
  m('aid_amount', '慰问救助金额', 'Aid paid', '元', 'yuan', 'aid', 'flow', 'higher'),
  m('illness_aid', '大病救助', 'Serious-illness aid', '人次', 'cases', 'aid', 'flow', 'higher'),
  m('donations', '爱心捐款', 'Charitable donations', '元', 'yuan', 'aid', 'flow', 'higher'),
  m('lectures', '讲座培训', 'Lectures and classes', '场次', 'sessions', 'events', 'flow', 'higher'),
  m('cultural_events', '文体活动', 'Cultural and sports events', '场次', 'events', 'events', 'flow', 'higher'),
  m('event_participants', '活动参与', 'Event attendance', '人次', 'attendances', 'events', 'flow', 'higher'),
  m('culture_teams', '文体团队', 'Culture and sports teams', '支', 'teams', 'events', 'stock', 'higher'),
  m('volunteers', '注册志愿者', 'Registered volunteers', '人', 'people', 'volunteers', 'stock', 'higher'),
  m('volunteer_teams', '志愿服务队', 'Volunteer teams', '支', 'teams', 'volunteers', 'stock', 'higher'),
  m('volunteer_activities', '志愿服务活动', 'Volunteer activities', '次', 'activities', 'volunteers', 'flow', 'higher'),
  m('volunteer_hours', '志愿服务时长', 'Volunteer hours', '小时', 'hours', 'volunteers', 'flow', 'higher'),
  m('service_beneficiaries', '服务受益人次', 'Service beneficiaries', '人次', 'beneficiaries', 'volunteers', 'flow', 'higher'),
  {
    ...m('reemployment_rate', '再就业率', 'Re-employment rate', '%', '%', 'derived', 'ratio', 'higher'),
    numerator: 'reemployed', denominator: 'unemployed',
  },
  {
    ...m('volunteer_rate', '志愿者占常住人口比例', 'Volunteers per resident', '%', '%', 'derived', 'ratio', 'higher'),
    numerator: 'volunteers', denominator: 'residents',
  },
];

const BY_ID = new Map(CANONICAL_METRICS.map((d) => [d.id, d]));

/** The canonical definition, or undefined for custom metrics. */
export function canonicalMetric(id: string): MetricDef | undefined {
  return BY_ID.get(id);
}

/** Id prefix of a metric imported from an unknown column. */
export const CUSTOM_METRIC_PREFIX = 'custom:';

/** Units of a rate: a metric in them is never summed; nor one in a unit per something (元/人, 人/户). */
const RATE_UNITS = new Set(['%', '‰', '个百分点']);
/** The words of a rate (a share of something) in a name: 入户率, 党员比例, 志愿者占比, 比重, 百分比. */
export const RATE_WORD = /率|比例|占比|比重|百分比/;
/**
 * Names of a rate (入户率, 志愿者占比, 党员比例), with any unit bracket after them; and a 其中 part
 * named so (再就业人数（其中：女性占比）: the share of women among them, no count of them).
 */
const RATE_NAME = new RegExp(`(?:${RATE_WORD.source})\\s*(?:[（(【[][^）)】\\]]*[）)】\\]])?$|（其中：[^（）]*(?:${RATE_WORD.source})）$`);
/** Names of an average (人均慰问金, 户均人数, 平均年龄): a sum of averages has no meaning either. */
export const AVERAGE_NAME = /人均|户均|平均|均值/;

/**
 * A custom metric from an unknown header, with no direction until the user labels it: a flow,
 * except a rate or an average (unit %, ‰ or one per something such as 元/人; a name such as 入户率,
 * 占比 or 人均慰问金), which is a ratio without known parts. So every view shows a rate as it was
 * written, never a sum of rates: a quarter of monthly 入户率 values, a street's or the district's
 * total, have no honest value without the parts.
 */
export function customMetric(header: string, unit = ''): MetricDef {
  return {
    id: CUSTOM_METRIC_PREFIX + header, zh: header, en: header, unit, unitEn: unitEnglish(unit),
    family: 'custom', direction: 'neutral', kind: namesRate(header, unit) ? 'ratio' : 'flow',
  };
}

/** Whether a name (in `unit`) is a rate or an average: in %, ‰ or one per something, or named so (入户率, 女性占比, 人均慰问金). */
export function namesRate(name: string, unit = ''): boolean {
  return RATE_UNITS.has(unit) || unit.includes('/') || RATE_NAME.test(name) || AVERAGE_NAME.test(name);
}

/**
 * Whether a metric is a rate or an average (a ratio, or in %): its values are never summed, and a
 * part of one (女's 再就业率, 人均慰问金 of 女) is a rate of its own, no share of it.
 */
export function isRate(def: MetricDef): boolean {
  return def.kind === 'ratio' || def.unit === '%';
}

/** Families in display order. */
export const FAMILIES: readonly MetricFamily[] = ['base', 'employment', 'aid', 'events', 'volunteers', 'derived', 'custom'];
