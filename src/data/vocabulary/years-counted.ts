/**
 * What follows `N年` when N counts years instead of naming one (`具有2500年历史`, `2300年来`,
 * `延续2600年之久`, `2500年古镇`; each also after 的: `2200年的古镇`): such a number is no
 * mistyped year (cells/year-typo.ts). A number of years with 周年 (`建党103周年`) writes no 年
 * right after it and needs no word here.
 */
export const YEARS_COUNTED_AFTER: readonly string[] = [
  '历史', '历程', '传统', '文明', '文化', '积淀', '沧桑', '风雨', '华诞',
  '以来', '来', '之久', '左右', '古镇', '古村', '古城', '老镇', '老街',
];
