/**
 * The parts a community or village is divided into for its work: its grids (网格), each with its
 * grid worker, and a village's (or community's) groups (村民小组, 居民小组). A unit's own table lists
 * them as rows (`第一网格`, `三网格`, `网格2`, `1号网格（阳光里）`; `一组`, `第三村民小组`), under a
 * 网格 (村民小组) column or a 名称 one; they are no units (table/grid-rows.ts).
 */

/** The kind of part: 网格, or 小组 (村民小组, 居民小组), as a message names it. */
export type PartKind = '网格' | '小组';

/** A grid's name, read on the compact label: 网格 in it, not a person's role (网格员, 网格长) nor 网格化. */
const GRID_NAME = /网格(?!员|长|化)/;
/** 网络 typed for 网格 after a grid's number (`第二网络`, `3网络`): a tired clerk's grid. */
const GRID_TYPO = /^第?[\d一二三四五六七八九十百零〇两]+号?网络$/;
/** A group's name: `一组`, `第3组`, `第三村民小组`, `二居民小组`, or 村民小组 / 居民小组 in it. */
const GROUP_NAME = /^第?[\d一二三四五六七八九十百零〇两]+(?:村民|居民)?小?组$|(?:村民|居民)小组/;

/** The kind of part `label` (compact: no spaces, half-width) names, or null. */
export function partNamed(label: string): PartKind | null {
  return GRID_NAME.test(label) || GRID_TYPO.test(label) ? '网格' : GROUP_NAME.test(label) ? '小组' : null;
}

/** The kind of part a header lists, whatever each is called (`网格`, `网格名称`, `所属网格`; `村民小组`, `组别`), or null. */
export function partHeader(header: string): PartKind | null {
  return /^(?:所属)?网格(?:名称?|号|编号|序号)?$/.test(header) ? '网格'
    : /^(?:所属)?(?:(?:村民|居民)?小组|组别)(?:名称?|号|编号|序号)?$/.test(header) ? '小组' : null;
}

/** A part's name with no number or name of its own (`网格`, `各网格`, `全部小组`): a `网格合计` totals all of them. */
export const ALL_PARTS = /^(?:各|全部|所有|全体)?(?:网格|(?:村民|居民)?小组)$/;
