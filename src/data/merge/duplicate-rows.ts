/**
 * Repeats found while merging (catalogue #37, #43):
 * - the same unit and period on two or more rows of one file with the same values (`东湖社区`
 *   twice, or `东湖社区` and `東湖社區`): kept once, and a warning names all the lines, because a
 *   copied row often hides a missing one;
 * - a file whose every observation is already in the existing dataset: said once, in Chinese.
 */
import { sourceFileOf } from '../dataset/dataset';
import type { IssueSink } from '../report/issue-sink';
import { lineRanges, makeIssue } from '../report/make-issue';
import type { ObservationRecords } from '../records/observation-records';
import { formatPeriodLabel } from '../vocabulary/format-period-label';

const MAX_GROUPS = 50;

interface Group { file: number; unit: string; period: string; lines: number[]; rows: number[] }

export class DuplicateRows {
  private readonly groups = new Map<string, Group>();

  /** Records that `line` (data row `row`) repeats `firstLine` (row `firstRow`) for this unit and period in file `file`. */
  add(file: number, unit: string, period: string, firstLine: number, line: number, firstRow: number, row: number): void {
    const key = `${file}\u0001${unit}\u0001${period}`;
    let g = this.groups.get(key);
    if (!g) {
      if (this.groups.size >= MAX_GROUPS * 4) return;
      this.groups.set(key, (g = { file, unit, period, lines: [firstLine], rows: [firstRow] }));
    }
    if (!g.lines.includes(line)) { g.lines.push(line); g.rows.push(row); }
  }

  /**
   * One warning per (file, unit, period) group, at the first repeated line. Rows that also hold a
   * different value (`conflict`) are not the same row again: the conflict error names them.
   */
  report(sink: IssueSink, fileNames: readonly string[], conflict: Uint8Array): void {
    const groups = [...this.groups.values()].map((g) => ({ g, same: g.lines.filter((_, k) => !conflict[g.rows[k]!]) })).filter((x) => x.same.length >= 2);
    for (const { g, same } of groups.slice(0, MAX_GROUPS)) {
      const lines = same.sort((a, b) => a - b);
      sink.push(makeIssue('warning', 'duplicate-row', { file: fileNames[g.file] ?? '', line: lines[1]! },
        `第${lineRanges(lines)}行是同一单位（${g.unit}）同一期间（${formatPeriodLabel(g.period, 'zh')}）的重复行，数值相同，只保留一份。请核对是否把其他社区的行误复制成了这一行（写法不同的名称已视为同一单位）`,
        `Lines ${lineRanges(lines)} repeat the same unit (${g.unit}) and period (${formatPeriodLabel(g.period, 'en')}) with the same values; kept once.`));
    }
    if (groups.length > MAX_GROUPS) {
      sink.push(makeIssue('warning', 'duplicate-row', { file: fileNames[0] ?? '' },
        `另有${groups.length - MAX_GROUPS}组重复行`, `${groups.length - MAX_GROUPS} more groups of repeated rows.`));
    }
    this.groups.clear();
  }
}

/**
 * Info for each new file none of whose data rows added anything because all repeated the existing
 * dataset (the same file imported again).
 */
export function reportFilesAlreadyImported(store: ObservationRecords, mergedExisting: Uint8Array, fileNames: readonly string[], sink: IssueSink): void {
  const onlyExisting = fileNames.map(() => ({ merged: 0, other: 0 }));
  for (let row = 0; row < store.rows; row++) {
    const f = onlyExisting[store.rowFile[row]!]!;
    const outcome = store.outcomeOf(row);
    if (outcome === 'merged' && mergedExisting[row]) f.merged++;
    else if (outcome === 'imported' || outcome === 'rejected' || outcome === 'merged') f.other++;
  }
  onlyExisting.forEach((f, i) => {
    if (f.merged === 0 || f.other > 0) return;
    // A workbook's sheet is named `文件.xlsx › 3月`: the note is about that sheet, not the whole file.
    const { sheet } = sourceFileOf(fileNames[i] ?? '');
    sink.push(makeIssue('info', 'same-as-existing', { file: fileNames[i] ?? '' },
      `与已导入的数据相同：该${sheet ? '工作表' : '文件'}的每个数值都已在现有数据中，没有新增内容${sheet ? '' : '，无需重复导入'}`,
      `Same as the data already imported: every value of this ${sheet ? 'sheet' : 'file'} is already in the dataset.`));
  });
}
