/**
 * A community's grids (网格): the parts a community is divided into for its work, each with its
 * grid worker. A community's own table lists them as rows (`第一网格`, `三网格`, `网格2`, `1号网格（阳光里）`),
 * under a 网格 column or a 名称 one; they are no communities (table/grid-rows.ts).
 */

/** A grid's name, read on the compact label: 网格 in it, not a person's role (网格员, 网格长) nor 网格化. */
const GRID_NAME = /网格(?!员|长|化)/;
/** 网络 typed for 网格 after a grid's number (`第二网络`, `3网络`): a tired clerk's grid. */
const GRID_TYPO = /^第?[\d一二三四五六七八九十百零〇两]+号?网络$/;

/** `label` (compact: no spaces, half-width) names a grid. */
export function namesGrid(label: string): boolean {
  return GRID_NAME.test(label) || GRID_TYPO.test(label);
}

/** A header over a column of grids, whatever each is called (`网格`, `网格名称`, `所属网格`, `网格号`). */
export const GRID_HEADER = /^(?:所属)?网格(?:名称?|号|编号|序号)?$/;

/** A grid's name with no number or name of its own (`网格`, `各网格`, `全部网格`): a `网格合计` totals all of them. */
export const ALL_GRIDS = /^(?:各|全部|所有|全体)?网格$/;
