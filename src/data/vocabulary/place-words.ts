/**
 * Words around the names of places that are not part of them, shared by the stages that read names:
 * a clerk's list number before a name, and a street's level after it.
 */

/**
 * A list number or marker typed into the name cell: `1.`, `1、`, `（1）`, `（一）`, `①`, `01 `, `一、`, `★`
 * before the name, `*` after it. A number that is part of the name (`2号院社区`) has no separator
 * after it and stays. Read before NFKC, which would turn `①` into a bare `1`.
 */
export const LIST_NUMBER = /^\s*(?:[\u2460-\u2473\u2776-\u277f]|[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]|\d{1,3}(?:[.．、)）]|\s+)|[一二三四五六七八九十]{1,3}、|[★☆※*＊#]+)\s*(?=\S)/;
export const TRAILING_MARK = /[★☆※*＊]+\s*$/;

/** A street's level at the end of its name. */
const STREET_LEVEL = /(?:街道|街|镇|乡|地区)$/;

/** A street name without its level, repeatedly (`中北镇街道`, a town become a street, → `中北`), keeping ≥ 2 characters. */
export function streetKeyOf(name: string): string {
  let key = name;
  for (let m = STREET_LEVEL.exec(key); m && m.index >= 2; m = STREET_LEVEL.exec(key)) key = key.slice(0, m.index);
  return key;
}
