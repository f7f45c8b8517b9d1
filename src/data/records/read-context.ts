/** What a table reader needs to know about the file (or sheet) it reads and where it writes. */
import type { IssueSink } from '../report/issue-sink';
import type { ObservationRecords } from './observation-records';
import type { UnitLevelHint } from '../table/unit-level';
import type { VisibleSums } from '../rows/visible-sums';

export interface ReadContext {
  /** The file's label in issues: `文件.csv`, or `文件.xlsx › 3月` for a sheet. */
  readonly file: string;
  readonly fileIndex: number;
  readonly encoding: string;
  readonly store: ObservationRecords;
  readonly sink: IssueSink;
  readonly defaultUnit?: string;
  /** The street of every row, for a table without a street column from a street's own file (file-street.ts). */
  readonly defaultParent?: string;
  /** Where `defaultParent` was read: 文件名, 标题行, 工作表名 or 填报单位 (said when the table's street rows disagree). */
  readonly defaultParentFrom?: string;
  /** The street titled over a second table beside the first (table/block-titles.ts): its units' street. */
  readonly rightParent?: string;
  /** The level a table of several units states for them (table/unit-level.ts): a bare name is of that level. */
  readonly unitLevel?: UnitLevelHint;
  /** The table's title, sheet name and file name, as one text: a row naming the district they name is its total (districtTotal). */
  readonly tableNames?: string;
  /** What a sheet's sum formulas leave out (rows a filter hides, numbers stored as text): said of a total that disagrees with its rows. */
  readonly visibleSums?: VisibleSums;
  /** Whether the cell at (line, 1-based column) is of a value merged across value columns (pipeline/sheet-merges.ts): a total there is not checked. */
  readonly mergedAcross?: (line: number, column: number) => boolean;
}
