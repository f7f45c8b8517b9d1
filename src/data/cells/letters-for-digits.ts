/**
 * Letters typed for the digits they look like, O (o) for 0 and l (I) for 1: in a value (`1O`,
 * refused, the message naming them: parse-value.ts) and in a year (`2O24年`, read: year-typo.ts).
 */

/** Letters typed for the digits they look like: O (o) for 0, l (I) for 1. */
const LOOKALIKE_DIGIT: Readonly<Record<string, string>> = { O: '0', o: '0', l: '1', I: '1' };

/**
 * A number with letters typed for digits (`O`, `l2`, `1O`, `I5`): the letters named and the digits
 * it would read; null for any other text.
 */
export function lettersForDigits(s: string): { zh: string; en: string; digits: string } | null {
  if (s.length > 12 || !/^[\dOolI]+(?:\.[\dOolI]+)?$/.test(s) || !/[OolI]/.test(s)) return null;
  const letters = [...new Set(s.replace(/[^OolI]/g, ''))];
  const digits = s.replace(/[OolI]/g, (c) => LOOKALIKE_DIGIT[c]!);
  return {
    zh: letters.map((c) => `把数字${LOOKALIKE_DIGIT[c]}打成了字母${c}`).join('、'),
    en: letters.map((c) => `the letter ${c} typed for the digit ${LOOKALIKE_DIGIT[c]}`).join(', '),
    digits,
  };
}
