/**
 * The units of measure statistics are written in, one list for every place a unit is read: a
 * header's bracket (`再就业人数（人）`), a 单位 cell or a table's unit row (`单位：万元`), a value
 * cell's suffix (`12人`) and the words a number format shows (`0"户"`); with what each unit measures.
 */

/**
 * Every spelling of a unit → [canonical unit, scale]. Two spellings of one unit (千米 and 公里, ㎡
 * and 平方米, 日 and 天) are one canonical unit; a unit that is another's multiple but is written
 * as a unit of its own (米 and 公里, 斤 and 公斤, 分钟 and 小时) stays itself, so the merge tells
 * the two apart with a warning (merge/custom-metric-units.ts) instead of converting unsaid.
 * 年, 月 and 周 are left out: `（月）` after a name is as often "this month's" as a unit.
 */
const SPELLINGS: Readonly<Record<string, readonly [string, number]>> = {
  人: ['人', 1], 名: ['人', 1], 位: ['人', 1], 万人: ['人', 1e4], 户: ['户', 1], 万户: ['户', 1e4], 元: ['元', 1],
  千元: ['元', 1e3], 万元: ['元', 1e4], 亿元: ['元', 1e8], 个: ['个', 1], 次: ['次', 1], 人次: ['人次', 1],
  万人次: ['人次', 1e4], 场: ['场', 1], 场次: ['场次', 1], 支: ['支', 1], 笔: ['笔', 1], 小时: ['小时', 1],
  '%': ['%', 1], 百分比: ['%', 1], 平方公里: ['平方公里', 1], 平方米: ['平方米', 1], 项: ['项', 1], 天: ['天', 1],
  家: ['家', 1], 所: ['所', 1], 期: ['期', 1], 岁: ['岁', 1], 队: ['支', 1],
  // Counts of things (发放宣传资料（份）, 整改隐患（处）, 发案（起）, 走访（户次）, 开班（班次）).
  趟: ['趟', 1], 张: ['张', 1], 份: ['份', 1], 本: ['本', 1], 册: ['册', 1], 台: ['台', 1], 辆: ['辆', 1], 间: ['间', 1],
  套: ['套', 1], 处: ['处', 1], 棵: ['棵', 1], 株: ['株', 1], 件: ['件', 1], 起: ['起', 1], 条: ['条', 1], 篇: ['篇', 1],
  座: ['座', 1], 栋: ['栋', 1], 幢: ['幢', 1], 块: ['块', 1], 批: ['批', 1], 批次: ['批次', 1], 轮: ['轮', 1], 组: ['组', 1],
  例: ['例', 1], 宗: ['宗', 1], 户次: ['户次', 1], 趟次: ['趟次', 1], 车次: ['车次', 1], 班次: ['班次', 1], 课时: ['课时', 1], 学时: ['学时', 1],
  // Lengths, weights, areas and times, each spelling of one unit as that unit.
  公里: ['公里', 1], 千米: ['公里', 1], km: ['公里', 1], 米: ['米', 1], m: ['米', 1], 吨: ['吨', 1], 公斤: ['公斤', 1],
  千克: ['公斤', 1], kg: ['公斤', 1], 斤: ['斤', 1], m2: ['平方米', 1], 平米: ['平方米', 1], 亩: ['亩', 1], 公顷: ['公顷', 1],
  平方千米: ['平方公里', 1], km2: ['平方公里', 1],
  万平方米: ['平方米', 1e4], 万吨: ['吨', 1e4], 分钟: ['分钟', 1], min: ['分钟', 1], h: ['小时', 1], 日: ['天', 1],
  // Rates other than %: per mille, and a rate's change in points.
  '‰': ['‰', 1], 千分比: ['‰', 1], 个百分点: ['个百分点', 1], 百分点: ['个百分点', 1],
  // A noun unit after the measure word 个, as people say it (12个人, 3个小时).
  个人: ['人', 1], 个小时: ['小时', 1],
};

/**
 * The English of each canonical unit (SPELLINGS' values), as the English UI writes it in a header
 * or an axis title (`Value (households)`): a count's things in the plural, as the catalogue's metrics
 * name theirs (户 households, 人 people, 元 yuan); a measure by its symbol (km, m², %).
 */
const ENGLISH: Readonly<Record<string, string>> = {
  人: 'people', 户: 'households', 元: 'yuan', 个: 'items', 次: 'times', 人次: 'person-times', 场: 'sessions',
  场次: 'sessions', 支: 'teams', 笔: 'transactions', 小时: 'hours', '%': '%', 平方公里: 'km²', 平方米: 'm²', 项: 'items',
  天: 'days', 家: 'organisations', 所: 'institutions', 期: 'editions', 岁: 'years of age', 趟: 'trips', 张: 'sheets',
  份: 'copies', 本: 'books', 册: 'volumes', 台: 'machines', 辆: 'vehicles', 间: 'rooms', 套: 'sets', 处: 'sites',
  棵: 'trees', 株: 'plants', 件: 'items', 起: 'incidents', 条: 'entries', 篇: 'articles', 座: 'structures', 栋: 'buildings',
  幢: 'buildings', 块: 'pieces', 批: 'batches', 批次: 'batches', 轮: 'rounds', 组: 'groups', 例: 'cases', 宗: 'cases',
  户次: 'household visits', 趟次: 'trips', 车次: 'vehicle trips', 班次: 'sessions', 课时: 'class hours', 学时: 'study hours',
  公里: 'km', 米: 'm', 吨: 't', 公斤: 'kg', 斤: 'jin', 亩: 'mu', 公顷: 'ha', 分钟: 'minutes', '‰': '‰', 个百分点: 'percentage points',
};

/**
 * The English of unit `unit` (a canonical unit, or another spelling of one at scale 1: 名 → people);
 * `unit` itself when the vocabulary has none (元/人, a unit it does not know).
 */
export function unitEnglish(unit: string): string {
  const spelled = unitSpelled(unit);
  const canonical = spelled !== undefined && spelled[1] === 1 ? spelled[0] : unit;
  return Object.hasOwn(ENGLISH, canonical) ? ENGLISH[canonical]! : unit;
}

/** The unit `written` spells (NFKC, simplified, no spaces), as [canonical unit, scale]; its own keys only (`toString` spells none). */
export function unitSpelled(written: string): readonly [string, number] | undefined {
  return Object.hasOwn(SPELLINGS, written) ? SPELLINGS[written] : undefined;
}

/**
 * Spellings left out of a value cell: `15日` after a number is a date's day more often than days,
 * and `1组`, `3组` name a village's 村民小组 (a name column of them must stay words, not numbers).
 */
const NOT_AFTER_A_NUMBER = new Set(['日', '组']);

/**
 * The units a value cell may write after its number, as [written, canonical], longest first so
 * `人次` wins over `人`: every spelling of scale 1 but NOT_AFTER_A_NUMBER. A magnitude in a value
 * cell is the number's own (`6万元` is 6万 in 元), so the spellings with one (万元, 万人次) are not here.
 */
export const VALUE_UNITS: readonly (readonly [string, string])[] = Object.entries(SPELLINGS)
  .filter(([written, [, scale]]) => scale === 1 && !NOT_AFTER_A_NUMBER.has(written))
  .map(([written, [unit]]) => [written, unit] as const)
  .sort((a, b) => b[0].length - a[0].length);

/** VALUE_UNITS' spellings. */
const VALUE_UNIT_WORDS = new Set(VALUE_UNITS.map(([written]) => written));

/** True when `written` is a unit a value cell may write after its number (VALUE_UNITS: `人`, `人次`; not `万元`). */
export function isValueUnit(written: string): boolean {
  return VALUE_UNIT_WORDS.has(written);
}

/** VALUE_UNITS by their last character, each list in VALUE_UNITS' order (longest first). */
const VALUE_UNITS_BY_LAST = new Map<string, (readonly [string, string])[]>();
for (const u of VALUE_UNITS) {
  const last = u[0].slice(-1);
  const list = VALUE_UNITS_BY_LAST.get(last);
  if (list) list.push(u);
  else VALUE_UNITS_BY_LAST.set(last, [u]);
}

/**
 * The unit of VALUE_UNITS that `text` ends with after something else (`12人次` → [人次, 人次]), or
 * undefined; looked up by the last character, as most cells reaching it (`"1,234"`) end in a digit,
 * which few units end in (km2, m2).
 */
export function valueUnitAtEnd(text: string): readonly [string, string] | undefined {
  const list = VALUE_UNITS_BY_LAST.get(text.charAt(text.length - 1));
  if (list === undefined) return undefined;
  for (const u of list) if (text.length > u[0].length && text.endsWith(u[0])) return u;
  return undefined;
}

/**
 * What a canonical unit measures, where a value in one cannot be read for a value in another; every
 * other unit counts things, and counts are alike (人, 人次, 次, 个, 场次, 笔). Each length, weight,
 * area and time is its own: 5 under 志愿服务时长（分钟） is no 5 小时.
 */
const MEASURE: Readonly<Record<string, string>> = {
  元: 'money', 户: 'households', '%': 'rate', '‰': 'permille', 个百分点: 'points', 小时: 'hours', 天: 'days', 分钟: 'minutes',
  公里: 'km', 米: 'm', 吨: 't', 公斤: 'kg', 斤: 'jin', 平方米: 'm2', 平方公里: 'km2', 亩: 'mu', 公顷: 'ha', 岁: 'age',
};

/** The measure of canonical unit `unit` (MEASURE), `count` for a count of things or a unit not known. */
export function measureOf(unit: string): string {
  return Object.hasOwn(MEASURE, unit) ? MEASURE[unit]! : 'count';
}

/** Counts of time (a half 课时 is one), not whole though they count. */
const TIME_COUNTS = new Set(['课时', '学时']);

/** The canonical units of things counted whole: each count of SPELLINGS and 户, not TIME_COUNTS. */
const WHOLE = new Set(Object.values(SPELLINGS).map(([unit]) => unit)
  .filter((unit) => (measureOf(unit) === 'count' || unit === '户') && !TIME_COUNTS.has(unit)));

/** True when canonical unit `unit` counts whole things (人, 户, 场次, 份, 趟 …): a fraction of one cannot be right. */
export function countsWhole(unit: string): boolean {
  return WHOLE.has(unit);
}

/** Amounts paid or spent, which may have fractions (countsWhole's units may not). */
const PAID_OR_SPENT = new Set(['元', '小时', '天']);

/**
 * A metric of things counted (countsWhole's units) or paid or spent (元, 小时, 天) whose name is no
 * change (增, 减, 变化, 差): its values, and any part of a period's, are never below zero.
 */
export function neverNegative(unit: string, name: string): boolean {
  return (countsWhole(unit) || PAID_OR_SPENT.has(unit)) && !/增|减|变化|差/.test(name);
}

/**
 * The Chinese spellings of a unit counted whole, as written (人, 名, 户, 份, 趟, 起, 辆, 人次, 班次 …; not
 * 万人, nor km): the words a name counting things ends with (走访户数, 发放资料份数, 培训班次).
 */
export const WHOLE_COUNT_SPELLINGS: readonly string[] = Object.entries(SPELLINGS)
  .filter(([written, [unit, scale]]) => scale === 1 && countsWhole(unit) && /^[\u4e00-\u9fff]+$/.test(written))
  .map(([written]) => written);
