/**
 * What a clerk writes after a name or a unit without changing what it names: a remark in brackets
 * (`走访户数（含电话）`, `万元【金额】`, `再就业人数〔累计〕`) or a total word (`走访户数合计`). One
 * pattern for every reader; texts are best read after NFKC, which makes （） and ［］ half-width.
 */

/** A bracketed remark, in any bracket a clerk uses ((), [], 【】, 〔〕, full-width too), as a pattern's source to build on; group 1 its inside. */
export const BRACKET_REMARK = '[（(【[［〔]([^（(【[［〔）)】\\]］〕]*)[）)】\\]］〕]';

/** A bracketed remark ending a text (BRACKET_REMARK); group 1 its inside. */
export const TRAILING_BRACKET = new RegExp(`${BRACKET_REMARK}$`);

/** The words of a total (合计, 小计, 总计, 共计), as a pattern's source to build on. */
export const TOTAL_WORD = '(?:合计|小计|总计|共计)';

/** The inside of `text` when the whole of it is one bracketed remark (`（累计）` → 累计), else null. */
export function bracketed(text: string): string | null {
  const m = TRAILING_BRACKET.exec(text);
  return m !== null && m.index === 0 ? m[1]! : null;
}

/**
 * The words of a state written after a unit's name in brackets (`祥福里社区（筹）`, `丽水苑社区（已撤销）`): said of
 * the unit, not part of its name. As a pattern's source, without the brackets.
 */
export const STATE_WORDS = '(?:筹|筹备|筹建|筹备组|筹建组|筹建中|筹备中|已撤销|撤销|已撤并|撤并|已合并|合并|新建|新成立|新设|暂定名?)';

/** A state remark in brackets (`（筹）`, `(已撤销)`, `【新建】`), as a pattern's source: one for every reader of names. */
export const STATE_REMARK = `[（(【[]${STATE_WORDS}[）)】\\]]`;

/** The words asking for a seal or a signature (`填报单位（盖章）`, `主管领导签字`), as a pattern's source: one list for every reader. */
export const SEAL_WORDS = '(?:盖章|签章|公章|签字|签名)';

/** A seal remark in brackets (`（盖章）`, `(签章)`): an instruction to the clerk, naming nothing. */
export const SEAL_REMARK = new RegExp(`[（(]${SEAL_WORDS}[）)]`, 'g');
