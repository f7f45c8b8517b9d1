/**
 * An import whose every data row was a total (合计, 小计, or `本社区` in a community's own one-row
 * table, which reads as a total like 全社区): no unit's row, nothing to import. Refused with an
 * error at the first total row, so that an empty dataset never replaces the data on screen.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';

/** The error refusing an import of total rows only (`issues`: the import's, its subtotal-rows notes among them), or null when it had none. */
export function totalRowsOnlyIssue(issues: readonly ImportIssue[]): ImportIssue | null {
  const total = issues.find((i) => i.code === 'subtotal-rows');
  if (total === undefined) return null;
  const at = { file: total.file, ...(total.sheet !== undefined ? { sheet: total.sheet } : {}), ...(total.line !== undefined && total.line > 0 ? { line: total.line } : {}) };
  return makeIssue('error', 'subtotal-rows-only', at,
    `所选文件中没有社区的数据行：数据行都是合计、小计或“本社区”“全社区”这样的汇总行（如${total.file}第${total.line ?? 0}行），没有可导入的数据，当前数据不变。如某行就是该社区本身的数据，请把“本社区”等改为社区名称（如标题中的社区名）后重新导入`,
    'Every data row is a total (合计, 小计, 本社区): no unit row, nothing imported; the data on screen is unchanged. If a row is the unit\'s own figures, write the unit\'s name in it and import again.');
}
