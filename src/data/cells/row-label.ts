/**
 * What a row's label says when the row is no unit. `subtotalKind` classifies a label: totals in
 * any wording (合计, 共计, 汇总, 全街, 本街道, 全区, Total, `东湖街道合计`), statistics of the rows (平均,
 * 均值, 最大值, 占比), comparison rows (上年同期, 同比, 增减, 增长率), breakdowns (其中, a bare 男/女) and footers (填表人,
 * 审核人, 填报日期, 联系电话, 注：, 盖章, 签字, 填表说明, 以上数据截至…). `rowKind` adds what only the whole row
 * tells: a footer standing in any cell of a row without a unit name, a date alone on its row, and a
 * row named exactly as its own street or district (a total of that street or district).
 * Read by the table stage (a vertical form's 合计 line) and by the records stage (rows skipped, and
 * the totals records/subtotal-check.ts compares with the rows they cover).
 */
import { assertNever } from '../vocabulary/period';
import { endsLikeUnit } from '../vocabulary/place-words';
import { SEAL_WORDS, TRAILING_BRACKET } from '../vocabulary/remark-words';
import { BARE_NAME, PHONE_NUMBER } from '../vocabulary/personal-words';

const PLACE = '(?:街道|街|镇|乡|区|县|市|社区|村|居委会)';
const TOTAL_WORD = '(?:合计|总计|汇总|总数|合计数|汇总数|总合计|共计|总共)';
/** `本表共2个社区`, `共计12个村`: the count of the rows above, on their total row. */
const COUNTED = `(?:本表|以上|全表)?(?:共|共计|共有|合计)[\\d一二两三四五六七八九十百]+个(?:社区|村|居委会|村居|单位)${TOTAL_WORD}?`;
/** A table printed over pages carries its sum so far at each page's foot and head: `过次页`, `承上页`. */
const CARRIED = '(?:过|转)(?:次|下)页|承(?:上|前)页|接上页|上页转来';
/** Totals of everything above: `合计`, `汇总`, `总和`, `全街`, `本街道`, `全区合计`, `Total`. */
const GRAND_TOTAL = new RegExp(`^(?:${TOTAL_WORD}|全部|总和|(?:全|本)${PLACE}${TOTAL_WORD}?|${COUNTED}|${CARRIED}|total|grandtotal|sum|overall)$`, 'i');
/** Totals of a segment: `小计`, `东湖街道合计`, `东湖街道汇总`, `东湖街道（小计）`, `合计（东湖）`. */
const SUBTOTAL = new RegExp(`\\(?(?:${TOTAL_WORD}|小计)\\)?$|^(?:小计|合计|总计|subtotal)`, 'i');
/** The name a segment's total is written with (compact label): `东湖街道合计`, `东湖街道(小计)`, `小计(东湖街道)`, `合计:东湖街道`. */
const NAMED_SEGMENT = new RegExp(`^(.+?)\\(?(?:${TOTAL_WORD}|小计)\\)?$|^(?:${TOTAL_WORD}|小计)[(:](.+?)\\)?$`);
/** Total words only a row's name uses so (rowKind). */
const ROW_TOTAL = /^累计数?$/;
/** A sex alone (`男`, `女性`): under a unit's row, that unit's part; in a column, a split of each unit's row. */
export const SEX_WORD = /^[男女]性?$/;
/** `其中：女`, and a bare sex (SEX_WORD) under a unit's row: that unit's part, no unit of its own. */
const BREAKDOWN = /^其中[:：]?/;
/** `其中` (`其中：`) alone in a cell. */
const BARE_BREAKDOWN = /^\s*其中\s*[:：]?\s*$/;
/** Statistics of the rows above, not units: averages, medians, extremes and shares. */
const AVERAGE = /平均|均值|^(?:average|mean|avg|median|max|min|maximum|minimum)$|中位数|^(?:最大|最小|最高|最低)值?$|^(?:占比|比重|百分比|比例)$/i;
const COMPARISON = /上年同期|去年同期|同比|环比|增减|增长率|增幅|(?:比|较)(?:上年|去年|上月|上个月|上期|上季度?)|^(?:上年|去年|上月|上个月|上期|上季度?)(?:数|值)?$|^(?:增长|减少|变化|差额|差值)|^(?:yoy|change|diff)/i;
/**
 * Footer and note rows, read on the compact label (no spaces, NFKC, no trailing colon): who filled,
 * checked, signed or sealed the sheet (填表人, 审核：, 主管领导签字, 填报单位（盖章）), when (填报日期, 日期：),
 * how to call, notes and explanations (注：, 注1., 填表说明, 备注, 数据来源：) and as-of lines (以上数据截至…);
 * a line holding a mobile number is one too (MOBILE), and a page number (PAGE).
 * A word a community's name may begin with (说明, 领导, 日期) counts only as a label: alone or before
 * a colon. The one list of footer words (rowKind adds lines alone on their rows, FOOTER_ALONE).
 */
/** The labels of a form's fields (who filled it in, when, how to call), as a pattern's source: FOOTER's first words. */
export const FORM_LABELS = '(?:填表人|审核人|审批人|填报人|制表人|统计人|复核人|经办人|联系人|(?:填报|填表|报送|上报)单位'
  + '|(?:填报|填表|制表|报送|报出|上报|打印)(?:日期|时间)|联系电话|电话|(?:填表|填报)说明'
  + '|(?:单位|统计|部门|分管|主管)负责人|(?:分管|主管)领导'
  + '|统计员|填报员|填表员|核对人|校对人|核稿人|编制人|(?:编制|制表|编报)单位|联系方式|(?:报表|编制|统计|填写)说明)';
/**
 * Who answers for the unit, a label only alone or before a colon (`社区书记：王丽`, `负责人`): an item of a form may begin
 * so (`书记信箱来信数`). As a pattern's source, without the unit's word before it (`花园路社区负责人：` glued is the unit's name, then the label).
 */
export const ROLE_WORDS = '(?:负责人|书记|主任|领导)';
const ROLE_LABELS = `(?:社区|村|居委会)?${ROLE_WORDS}`;
const FOOTER = new RegExp([
  `^${FORM_LABELS}`,
  `^(?:注\\d{0,2}|说明|备注|附注|数据来源|资料来源|${ROLE_LABELS}|日期|审核|制表|填表|复核|统计|手机号?|办公电话|固话|附|附件|附表)(?:[:：.、]|$)`,
  `${SEAL_WORDS}[)）]?(?:[:：]|$)`,
  '^(?:(?:以上|上述|本表)(?:各项)?)?(?:数据|数字|资料)(?:截至|截止|统计至)',
  // The end of the data marked in an unused row (`以下空白`, `（此行以下空白）`, `空白`).
  '^\\(?(?:此[行页]|本[行页表])?(?:以下(?:空白|无内容|无数据|为空)|空白)\\)?$',
].join('|'));
/**
 * A mobile number (`张三 13812345678 2024.4.5`): no community's name holds one. Read on the compact
 * label (full-width digits) and on the label with its spaces (the compact one joins it to the date);
 * a 12-digit code is no match.
 */
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
/** Lines a footer on a row of their own: a date (2024年4月2日, 2024.4.2, 二〇二四年四月二日) or an as-of date. */
const FOOTER_ALONE = /^(?:截至|截止)?(?:\d{4}(?:年\d{1,2}月\d{1,2}日?|([.\-/])\d{1,2}\1\d{1,2})|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/;

/** A day's date written as a row's name (`2024年4月5日`, `截至2024年3月31日`): the day a sheet was filled in, never a unit's name. */
export function isDateName(text: string): boolean {
  return FOOTER_ALONE.test(compact(text));
}

/**
 * A page number a printed table exported to CSV keeps under each page (第 1 页，共 3 页, 共3页第1页,
 * 第1/3页, Page 1 of 3), read on the compact label: no community is named so. Bare numbers of a
 * page (- 1 -, 1/3) and a new page's continuation mark (（续表）, 续上表) are one only alone on their row (PAGE_ALONE).
 */
const PAGE_N = '[\\d一二三四五六七八九十]{1,4}';
const PAGE = new RegExp(`^(?:第${PAGE_N}页(?:[,/、;]?共${PAGE_N}页)?|共${PAGE_N}页[,/、;]?第${PAGE_N}页|第\\d{1,4}/\\d{1,4}页|page\\d{1,4}(?:(?:of|/)\\d{1,4})?)$`, 'i');
const PAGE_ALONE = /^(?:[-—–]\d{1,4}[-—–]|\d{1,4}\/\d{1,4}|\(续表?\)|续表|续上表|接上表)$/;

/** A numbered item of a note (`2.户数含空挂户`, `（3）…`, `④…`): the marker, then words (never `1.5`). */
const NOTE_ITEM = /^(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）]|[\u2460-\u2473])\s*[^\d\s.]/;

/**
 * A row holding only a numbered item of a note (asked only below a footer: `注：1.…` on one row, `2.…`
 * on the next). With a value beside it, or anywhere else, a numbered name is a unit's.
 */
export function isNoteItemRow(cells: readonly string[]): boolean {
  let only = '';
  for (const c of cells) {
    if (c.trim() === '') continue;
    if (only !== '') return false;
    only = c.trim();
  }
  return NOTE_ITEM.test(only);
}

/**
 * `heading` is no label's kind: a street's row over its communities (`中北镇`, then its 社区), told
 * by the table reader from the rows around it (street-rows.ts), whose values total the rows below.
 */
export type SubtotalKind = 'total' | 'segment' | 'heading' | 'breakdown' | 'average' | 'comparison' | 'footer';

/**
 * Compact form of a label: no spaces, half-width, no trailing colon. A label of printable ASCII
 * other than the space and of CJK ideographs U+4E00–U+9FFF (nearly every name a row carries) is
 * its own NFKC form and has no space, so only a trailing `:` can go: it is not normalised or
 * copied (every row of a new unit asks for several labels' forms).
 */
export function compact(label: string): string {
  const n = label.length;
  for (let i = 0; i < n; i++) {
    const c = label.charCodeAt(i);
    if (!((c > 32 && c < 127) || (c >= 0x4e00 && c <= 0x9fff))) return label.normalize('NFKC').replace(/\s+/g, '').replace(/[:：]$/, '');
  }
  return n > 0 && label.charCodeAt(n - 1) === 58 ? label.slice(0, -1) : label;
}

/** Kind of non-unit row a label marks, or null for an ordinary unit name. */
export function subtotalKind(label: string): SubtotalKind | null {
  const t = compact(label);
  if (t === '') return null;
  if (FOOTER.test(t) || MOBILE.test(t) || MOBILE.test(label)) return 'footer';
  // (Only a label holding 页 or starting with p is tried as a page number.)
  if ((t.includes('页') || t.charCodeAt(0) === 80 || t.charCodeAt(0) === 112) && PAGE.test(t)) return 'footer';
  if (BREAKDOWN.test(t) || SEX_WORD.test(t)) return 'breakdown';
  if (GRAND_TOTAL.test(t)) return 'total';
  if (SUBTOTAL.test(t)) return 'segment';
  // A name ending like a real unit is never an average or comparison row (`平均社区` would stay).
  if (endsLikeUnit(t)) return null;
  if (AVERAGE.test(t)) return 'average';
  if (COMPARISON.test(t)) return 'comparison';
  return null;
}

/** A breakdown's label without its 其中 (`其中：中北镇` → `中北镇`, a street heading its rows in a district's table). */
export function breakdownName(label: string): string {
  return label.trim().replace(BREAKDOWN, '').trim();
}

/** The name a segment subtotal's label gives (`咸水沽镇小计` → `咸水沽镇`, spaces removed), '' for none (`小计`) or another kind. */
export function segmentName(label: string): string {
  if (subtotalKind(label) !== 'segment') return '';
  const m = NAMED_SEGMENT.exec(compact(label));
  return m === null ? '' : m[1] ?? m[2] ?? '';
}

/** The cells of one row that `rowKind` looks at. */
export interface RowLabels {
  /** Every cell of the row (a footer may stand in any of them). */
  readonly cells: readonly string[];
  /** Trimmed unit-name cell ('' when blank). */
  readonly unit: string;
  /** Trimmed street/town cell as written in this row ('' when blank or no such column). */
  readonly parent: string;
  /** Trimmed district cell as written in this row ('' when blank or no such column). */
  readonly district: string;
}

/**
 * The label a row is known by: its unit name, else street, else district; a row with none of them
 * takes its first cell that `subtotalKind` reads as a label (合计 written in the 序号 column, or
 * a merged 序号+名称 cell whose text stands in the first of them), else ''.
 */
export function rowLabel(row: RowLabels): string {
  const named = row.unit || row.parent || row.district;
  if (named !== '') return named;
  for (const c of row.cells) if (subtotalKind(c) !== null) return c.trim();
  return '';
}

/**
 * Kind of non-unit row, from the whole row: its label (rowLabel) by `subtotalKind`; a footer in any
 * cell of a row without a unit name; a bare 其中 in a cell before the unit name (a breakdown); a
 * unit cell that repeats its own street (that street's subtotal) or district (a total). A total
 * word beside a street name is that street's subtotal.
 */
export function rowKind(row: RowLabels): SubtotalKind | null {
  const label = rowLabel(row);
  // `累计` as a row's name totals the rows above (a community would be 累计社区); as a column's or a sheet's it is the year to date.
  const kind = subtotalKind(label) ?? (ROW_TOTAL.test(compact(label)) ? 'total' : null);
  if (kind === 'total' && row.unit !== '' && row.parent !== '' && subtotalKind(row.parent) === null) return 'segment';
  if (kind !== null) return kind;
  // A date alone on its row (the day the sheet was filled) is a footer; beside values it is not.
  // (Every row with a new name comes here: no array made, and the cells counted only up to two.)
  let only = '';
  let written = 0;
  for (const c of row.cells) {
    if (c === '' || c.trim() === '') continue;
    if (++written > 1) break;
    only = c;
  }
  if (written === 1) {
    const t = compact(only);
    if (FOOTER_ALONE.test(t) || PAGE_ALONE.test(t) || PHONE_NUMBER.test(only.trim())) return 'footer';
  }
  if (row.unit === '') {
    for (const c of row.cells) if (FOOTER.test(compact(c))) return 'footer';
    return null;
  }
  if (whoToCall(row)) return 'footer';
  // `其中` alone in a cell before the name (the 序号 or 街道 column): the row is a part of the one above.
  // A footer's label there (`填表人 | 张三 | 审核人 | 李四`, 序号 first): the name cell holds who signed.
  for (const c of row.cells) {
    if (c.includes(row.unit)) break;
    if (c.includes('其中') && BARE_BREAKDOWN.test(c)) return 'breakdown';
    if (c.trim() !== '' && FOOTER.test(compact(c))) return 'footer';
  }
  const unit = compact(row.unit);
  if (row.parent !== '' && unit === compact(row.parent)) return 'segment';
  if (row.district !== '' && unit === compact(row.district)) return 'total';
  return null;
}

/**
 * A person's name and their phone number and nothing else, under the table without a label (`王丽 | 13812345678`): who to
 * call, no unit. A unit's name ends as one (花园路社区), a street's as a street; a unit's row writes its figures.
 */
function whoToCall(row: RowLabels): boolean {
  if (!personName(row.unit)) return false;
  let phone = false;
  for (const c of row.cells) {
    const t = c.trim();
    if (t === '' || t === row.unit) continue;
    if (!PHONE_NUMBER.test(t)) return false;
    phone = true;
  }
  return phone;
}
const STREET_END = /(?:街道?|镇|乡|区|县|市)$/;

/** A person's name written bare (`王丽`, their role in brackets after it: `王丽（主任）`): never a unit's or a street's name. */
function personName(text: string): boolean {
  const name = text.trim().replace(TRAILING_BRACKET, '');
  return BARE_NAME.test(name) && !endsLikeUnit(name) && !STREET_END.test(name);
}

/**
 * Who to call written on two rows under the table: `cells`, a person's name alone (whoToCall's), and `next`, a footer
 * holding their phone (`13812345678` alone, `联系电话：13812345678`). Both rows are footers, as the two on one row are.
 */
export function nameOverPhone(cells: readonly string[], next: readonly string[]): boolean {
  return nameAlone(cells) && rowKind({ cells: next, unit: '', parent: '', district: '' }) === 'footer'
    && next.some((c) => PHONE_NUMBER.test(c.trim()) || PHONE_FIELD.test(compact(c)));
}

/**
 * A row of a person's name and nothing else (but the next 序号 in its first cell: `3 | 王丽`): it may be who to call,
 * when the next row is their phone (nameOverPhone).
 */
export function nameAlone(cells: readonly string[]): boolean {
  // Asked of every row a table reads: three cells that begin with a letter, digit or ideograph end it
  // before any cell is trimmed or any pattern tried.
  let surely = 0;
  for (let k = 0; k < cells.length; k++) {
    const ch = cells[k]!.charCodeAt(0);
    if (((ch > 32 && ch < 127) || (ch >= 0x3400 && ch <= 0x9fff)) && ++surely > 2) return false;
  }
  let first = -1;
  let second = -1;
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k]!;
    if (c === '' || c.trim() === '') continue;
    if (first < 0) first = k;
    else if (second < 0) second = k;
    else return false;
  }
  if (first < 0) return false;
  if (second < 0) return personName(cells[first]!);
  return first === 0 && SERIAL.test(cells[0]!.trim()) && personName(cells[second]!);
}
/** A row's number in a 序号 column. */
const SERIAL = /^\d{1,3}$/;
/** A phone field with its number (`联系电话：13812345678`, `手机:022-23456789`). */
const PHONE_FIELD = /(?:电话|手机|联系方式)[:：]?[\d(（+]/;

/** A district's name (`西青区`, `滨海新区`, `蓟州区`, `宁河县`), not a community's (`…社区`, `…小区`). */
const DISTRICT_NAME = /^(?!.*(?:社区|小区)$)[\u3400-\u9fff]{2,8}(?:区|县)$/;

/**
 * A row named for the district its table's title, sheet or file name names (`西青区` over the
 * streets of `2024年3月西青区各街镇社区统计表`): the district's total, never a community. Only the
 * named district: a bare `东区` may be a community's short name.
 */
export function districtTotal(name: string, tableNames: string | undefined): boolean {
  return tableNames !== undefined && isDistrictName(name) && tableNames.includes(name);
}

/** `name` is written as a district's (DISTRICT_NAME): alone, a row so named may still be a community's. */
export function isDistrictName(name: string): boolean {
  return DISTRICT_NAME.test(name);
}

/** Chinese reason for a skipped row of this kind (the report lists it with its line). */
export function skippedReason(kind: SubtotalKind, label: string): string {
  switch (kind) {
    case 'total': case 'segment': return `小计/合计行：${label}`;
    case 'heading': return `街道行：${label}`;
    case 'breakdown': return '分项（其中）';
    case 'average': return `平均值等统计行：${label}`;
    case 'comparison': return `对比行（同比/增减等）：${label}`;
    case 'footer': return '表尾说明行（填表人、审核人、日期、电话、注释或页码）';
    default: return assertNever(kind);
  }
}

