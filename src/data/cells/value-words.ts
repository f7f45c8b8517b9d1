/**
 * The words written around a number in a value cell: traditional forms, a money sign, 百分之, qualifiers
 * before and after it (`不少于`, `近`, `以上`, `左右`), vague amounts (`数十`, `若干`), and how each
 * qualifier is said in a note. Its units are the vocabulary's (VALUE_UNITS, vocabulary/measure-units.ts).
 */
import type { Qualifier } from '../dataset/dataset';
import { VALUE_UNITS } from '../vocabulary/measure-units';

/** Traditional forms that occur in numbers and units (001 writes 萬, 餘, 戶, 個). */
export const VALUE_T2S: Readonly<Record<string, string>> = {
  萬: '万', 億: '亿', 餘: '余', 個: '个', 戶: '户', 場: '场', 筆: '笔', 時: '时', 項: '项', 條: '条',
  間: '间', 處: '处', 無: '无', 詳: '详', 約: '约', 達: '达', 過: '过', 於: '于', 將: '将', 兩: '两',
  貳: '贰', 參: '叁', 陸: '陆', 冊: '册', 棟: '栋', 歲: '岁', 隊: '队', 計: '计', 幾: '几',
  數: '数', 級: '级',
};

/** Amounts with no definite number (`几`, `数十`, `若干`, `多人`). */
export const VAGUE = /几|数十|数百|数千|数万|若干|许多|大量|不计其数|多名|多人/;

/** A money sign before the number (`¥1,234`, `￥` after NFKC, `人民币1234元`): the value is in 元. */
export const CURRENCY = /^(?:¥|RMB|CNY|人民币)/i;
/** The unit a money sign implies. */
export const YUAN = VALUE_UNITS.find(([w]) => w === '元')!;

/** 整 closing an amount in 元, as a receipt writes it (`800元整`, `1.5万元整`): the amount is exact; 整 says nothing more. */
export const YUAN_WHOLE = /.元整$/;

/** A percent said in words before the number (`百分之十二`, `百分之12.5`): the value is in %. */
export const PERCENT_WORD = /^百分之/;
/** The unit PERCENT_WORD implies. */
export const PERCENT = VALUE_UNITS.find(([w]) => w === '%')!;

/** Words before a number and the qualifier each gives it; null for words that only introduce it (`共计`). */
export const PREFIXES: readonly (readonly [RegExp, Qualifier | null])[] = [
  [/^(?:不少于|不低于|不小于|至少|最少|>=|≥)/, 'gte'],
  [/^(?:超过|超出|多于|高于|大于|逾|超|>)/, 'gt'],
  [/^(?:不足|不到|不满|少于|低于|小于|未满|<=|≤|<)/, 'lt'],
  [/^(?:将近|接近|几乎|近)/, 'approx_lt'],
  [/^(?:约为|大约|大概|约|≈|~)/, 'approx'],
  [/^(?:达到|到达|共计|合计|总计|累计|共有|共|达|计)/, null],
];
/** Words after a number and the qualifier each gives it. */
export const SUFFIXES: readonly (readonly [RegExp, Qualifier])[] = [
  [/(?:及以上|或以上|以上)$/, 'gte'],
  [/(?:及以下|以下|以内)$/, 'lt'],
  [/(?:左右|上下)$/, 'approx'],
  [/(?:有余|出头)$/, 'gt'],
];

/** How a qualifier is said in a note, [Chinese, English]. */
export const QUALIFIER_WORDS: Partial<Record<Qualifier, readonly [string, string]>> = {
  gt: ['多于', 'more than'],
  gte: ['不少于', 'at least'],
  lt: ['少于', 'less than'],
  approx: ['约', 'about'],
  approx_lt: ['接近（略少于）', 'nearly'],
};
