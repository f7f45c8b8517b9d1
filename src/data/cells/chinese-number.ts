/**
 * Numbers written in Chinese numerals, alone or mixed with digits (`一千二百`, `两万`, `1万3千`,
 * `三千五`) → their value, in one linear pass.
 */

const CN_DIGIT: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 两: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5,
  六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const CN_SMALL: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
/** Text made only of digits, a dot and Chinese numerals (digits and places, 万 and 亿 included). */
export const CN_NUMERAL = /^[\d.零〇一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿]+$/;
const DIGIT_RUN = /\d+(?:\.\d+)?/y;
/** Digits without places, written one by one as years are (`一二〇〇`, `二〇二四`). */
const DIGIT_BY_DIGIT = /^[〇零一二三四五六七八九]{2,}$/;

/**
 * `一千二百` → 1200, `两万` → 20000, `1万3千` → 13000, `十二` → 12, `百` → 100, and the spoken
 * short forms: one digit after 百/千/万/亿 is the next lower place (`1万5` = 15000, `三千五` = 3500,
 * `一百五` = 150) unless 零 stands between (`1万零5` = 10005). After 十 it is the ones (`十五` = 15).
 * Digits after a place that are neither one digit nor the full lower places (`1万25`) are ambiguous:
 * null. Digits without places are read one by one when there are three or more, or a 〇 among
 * them (`一二〇〇` = 1200); two side by side elsewhere (`三五`, "three or five"; `五六百`) are null.
 * Null when malformed. Linear in the length.
 */
export function chineseNumber(s: string): number | null {
  if (DIGIT_BY_DIGIT.test(s)) {
    return s.length >= 3 || s.includes('〇') || s.includes('零') ? Number(Array.from(s, (c) => CN_DIGIT[c]!).join('')) : null;
  }
  let total = 0;
  let section = 0;
  let num: number | null = null;
  /** Power of ten of the place just read (百 2, 千 3, 万 4, 亿 8), 0 after 零 or a digit. */
  let lastPlace = 0;
  let digits = 0;
  for (let i = 0; i < s.length;) {
    DIGIT_RUN.lastIndex = i;
    const run = DIGIT_RUN.exec(s);
    if (run) { num = Number(run[0]); digits = run[0].length; i += run[0].length; continue; }
    const c = s[i]!;
    i += 1;
    if (c === '零' || c === '〇') { lastPlace = 0; num = null; continue; }
    if (c in CN_DIGIT) {
      // A digit straight after another (`五六百`): no number this reads as one.
      if (num !== null) return null;
      num = CN_DIGIT[c]!; digits = 1; continue;
    }
    if (c in CN_SMALL) {
      section += (num ?? 1) * CN_SMALL[c]!; num = null;
      lastPlace = CN_SMALL[c] === 10 ? 0 : Math.log10(CN_SMALL[c]!); continue;
    }
    if (c === '万' || c === '亿') {
      const head = section + (num ?? 0);
      // A bare 万 (`近万`) means 1万; 万 after nothing else (`万万`, `万5`) is malformed.
      if (head === 0 && !(i === 1 && num === null && s.length === 1)) return null;
      total = c === '万' ? total + (head || 1) * 1e4 : (total + (head || 1)) * 1e8;
      section = 0; num = null; lastPlace = c === '万' ? 4 : 8; continue;
    }
    return null;
  }
  if (num !== null && lastPlace >= 2) {
    // `1万5`, `三千五`: one trailing digit is the next lower place; `1万2500` is plain addition.
    if (digits === 1 && Number.isInteger(num)) num *= 10 ** (lastPlace - 1);
    else if (digits !== Math.min(lastPlace, 4) || !Number.isInteger(num)) return null;
  }
  const value = total + section + (num ?? 0);
  return Number.isFinite(value) ? Math.round(value * 1e6) / 1e6 : null;
}

const WORD_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1–99 in Chinese words as a list numbers its items (`1` → 一, `10` → 十, `12` → 十二, `20` → 二十); '' outside. */
export function numberWords(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return '';
  const tens = Math.floor(n / 10);
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${WORD_DIGITS[tens]}十`}${WORD_DIGITS[n % 10]}`;
}
