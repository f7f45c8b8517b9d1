/**
 * A community's own table whose rows are its grids (`网格 | 常住人口` over `第一网格`, `第二网格`, `合计`), or a
 * village's whose rows are its groups (`村民小组 | 常住人口` over `一组`, `二组`):
 * the grids are parts of the one community its title, sheet or file name names (vertical-form.ts
 * oneTableUnit, as a months-down table's community is), not communities. Read as communities, each
 * community's file imported grids named alike (第一网格 of 花园路社区 and of 滨西社区 were one unit, their
 * values in conflict). The table's unit column is then one of grids: its rows are read by
 * records/grid-rows.ts (the 合计 row is the community's, checked against the grids; without one the
 * grids are summed). Grids of no community named anywhere are refused, saying where to write it.
 */
import { compact, subtotalKind } from '../cells/row-label';
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { partHeader, partNamed, type PartKind } from '../vocabulary/grid-words';
import { endsLikeUnit, LIST_NUMBER } from '../vocabulary/place-words';
import { bareUnitSheet, type FixedUnit } from './months-down';
import { isSummarySheet, oneTableUnit, sameUnitName, unitDisagreeIssue, UNIT_SOURCE_WORDS } from './vertical-form';
import { unitNameIn } from './name-text';

type NameCtx = { readonly file: string; readonly sheet?: string; readonly caption?: string; readonly filedBy?: string; readonly filedByAt?: number; readonly captionLine?: number; readonly captionedFiler?: string };

/** The unit a table's rows are parts of, and the kind of part (网格, or a village's 小组). */
export interface GridsOf extends FixedUnit { readonly part: PartKind }

/** How many grids' names a message shows. */
const SHOWN = 2;

/** A name cell as a grid is read: compact, without a list number before it (`1.第一网格`). */
export const gridLabel = (cell: string): string => compact(cell.replace(LIST_NUMBER, ''));

/**
 * The community whose grids the unit column `header` (its data cells `cells`) lists, with the note
 * saying so pushed to `issues`; undefined when its rows are not all grids (a table of communities),
 * null when no community is named (the error refusing the table pushed). A row of the community's
 * own name (its total, above or below its grids) is one of them; totals, footers are passed over.
 */
export function gridUnit(
  header: string, cells: readonly string[], column: number, at: { file: string; line?: number }, ctx: NameCtx, issues: ImportIssue[],
): GridsOf | null | undefined {
  let part = partHeader(header.replace(/\s+/g, ''));
  const gridColumn = part !== null;
  const grids: string[] = [];
  const others: string[] = [];
  for (const c of cells) {
    const t = gridLabel(c);
    if (t === '' || subtotalKind(t) !== null) continue;
    // Under a 网格 column every row is a grid (`一`, `东区`), but a name written as a community's.
    const named = partNamed(t);
    if (named !== null || (gridColumn && !endsLikeUnit(t))) {
      part ??= named;
      if (!grids.includes(c.trim())) grids.push(c.trim());
    } else others.push(t);
  }
  if (grids.length === 0 || part === null) return undefined;
  const summary = ctx.sheet !== undefined && isSummarySheet(ctx.sheet);
  const named = summary ? {} : oneTableUnit(ctx, bareUnitSheet);
  // Grids written after their community's name (`花园路社区第一网格`) under a title naming none (a street's): the grids are its.
  const owners = partsOwners(grids);
  const found = named.found ?? (owners.length === 1 ? { source: 'part-names' as const, name: owners[0]!, bare: false } : undefined);
  const { other } = named;
  // Another name among the grids is the community's own row, or the table is one of communities after all.
  if (others.some((t) => found === undefined || !sameUnitName(t, found.name))) return undefined;
  const shown = grids.slice(0, SHOWN).map((g) => `“${g}”`).join('') + (grids.length > SHOWN ? '等' : '');
  const where = { ...at, column: column + 1, columnName: header };
  if (found === undefined && owners.length > 1) {
    // `花园路社区第一网格`, `滨西社区第一网格`: several communities' grids, each community's figures in several rows.
    const whose = owners.slice(0, 3).join('、') + (owners.length > 3 ? '等' : '');
    issues.push(makeIssue('error', 'grid-rows-no-unit', where,
      `“${header}”列的各行（${shown}）是${whose}${owners.length}个社区的${part}（社区名称写在各${part}名称前），不是社区，未导入：每个社区每期只能有一行数据。请把每个社区的各${part}合计为一行、写上社区名称后重新导入，或把每个社区的${part}分别放在以社区命名的工作表或文件中`,
      `The rows of the "${header}" column (${grids.slice(0, SHOWN).join(', ')}) are the parts (${part}) of ${owners.length} communities (${owners.slice(0, 3).join(', ')}), not units: not imported. Sum each community's parts into one row, or put each community's parts on a sheet or in a file named for it.`));
    return null;
  }
  if (found === undefined) {
    issues.push(makeIssue('error', 'grid-rows-no-unit', where,
      `“${header}”列的各行（${shown}）是${part}，不是社区；标题、工作表名和文件名都没有写是哪个社区（村）的${part}，未导入。请在标题或文件名中写明社区名称（如“花园路社区2024年3月${part}统计表”）后重新导入；如表中是几个社区的${part}，请把每个社区的各${part}合计为一行、写上社区名称后重新导入`,
      `The rows of the "${header}" column (${grids.slice(0, SHOWN).join(', ')}) are parts (${part}), not units, and no title, sheet or file name says whose: not imported. Write the community's name in the title or file name.`));
    return null;
  }
  const { name, source } = found;
  // A sheet's short name (`祥福里`) when nothing else names the community: taken, and said to be checked (as months-down.ts does).
  const from = found.bare === true ? `标题和文件名中没有社区名称，已把工作表名“${name}”当作社区名称，请核对` : `社区名称取自${UNIT_SOURCE_WORDS[source].zh}`;
  issues.push(makeIssue(found.bare === true ? 'warning' : 'info', 'grid-rows-unit', where,
    `“${header}”列的各行（${shown}）是“${name}”的${part}，不是社区（${from}）：各${part}不单独导入，${name}的数值取自合计行，没有合计行时取各${part}之和`,
    `The rows of the "${header}" column (${grids.slice(0, SHOWN).join(', ')}) are parts (${part}) of "${name}" (from the ${UNIT_SOURCE_WORDS[source].en}), not units: ${name}'s figures are its total row's, or the parts' sum without one.`));
  if (other !== undefined) issues.push(unitDisagreeIssue('grid-rows-unit-disagree', found, other, at));
  return { name, source, part };
}

/**
 * The communities the parts' names are written after (`花园路社区第一网格`, `滨西社区二网格`), each once, in order; none
 * when some part's name is written after none.
 */
function partsOwners(parts: readonly string[]): string[] {
  const owners = parts.map((p) => {
    const t = gridLabel(p);
    const name = unitNameIn(t);
    return name !== '' && partNamed(t.slice(t.indexOf(name) + name.length)) !== null ? name : '';
  });
  return owners.includes('') ? [] : [...new Set(owners)];
}

/**
 * The parts a table's unit column lists (gridUnit), for a table of names alone: no street, code or
 * right-hand unit column, not transposed, not a street's total sheet. The unit-column-guessed note
 * of that column is taken back (it lists grids, read or refused). Undefined and null as gridUnit's.
 */
export function tableGrids(
  shape: { readonly kind: string; readonly unit: number; readonly parent: number; readonly code: number; readonly rightUnit?: unknown; readonly names: ReadonlyMap<number, string> },
  at: { file: string; line?: number }, ctx: NameCtx & { readonly streetTotal?: boolean; readonly sampleOf?: (column: number) => readonly string[] }, issues: ImportIssue[],
): GridsOf | null | undefined {
  if (shape.kind === 'transposed' || shape.unit < 0 || shape.parent >= 0 || shape.code >= 0 || shape.rightUnit !== undefined
    || ctx.streetTotal === true || ctx.sampleOf === undefined) return undefined;
  const grids = gridUnit(shape.names.get(shape.unit) ?? '', ctx.sampleOf(shape.unit), shape.unit, at, ctx, issues);
  // (Refused too: its rows are grids, no community's names, whatever else is wrong.)
  if (grids !== undefined) {
    const guessed = issues.findIndex((i) => i.code === 'unit-column-guessed' && i.column === shape.unit + 1);
    if (guessed >= 0) issues.splice(guessed, 1);
  }
  return grids;
}
