/**
 * A file named for one street (`劝业场街道2024年3月.csv`) whose street column never names it: every
 * row says 小白楼街道. The column is read (it is the more specific), but one of the two is wrong,
 * most often a sheet copied from a neighbouring street's file, so a warning names both.
 */
import type { UnitMention } from '../records/observation-records';
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { streetNameIn } from '../table/file-street';
import { placeReader } from './unit-place';

/** One warning per file whose name names a street its street column never does. */
export function streetsAgainstFileNames(mentions: readonly UnitMention[], fileNames: readonly string[]): ImportIssue[] {
  const place = placeReader();
  /** Per file: its street column's street keys, first spelling and first line. */
  const seen = new Map<number, { keys: Set<string>; first: string; line: number }>();
  for (const x of mentions) {
    if (!x.hasParentColumn || x.parent.trim() === '') continue;
    const key = place(x.rawName, x.district, x.parent).parentKey;
    const s = seen.get(x.file);
    if (!s) seen.set(x.file, { keys: new Set([key]), first: x.parent.trim(), line: x.line });
    else {
      s.keys.add(key);
      if (x.line < s.line) { s.line = x.line; s.first = x.parent.trim(); }
    }
  }
  const issues: ImportIssue[] = [];
  for (const [file, s] of seen) {
    const fileName = fileNames[file] ?? '';
    const named = streetNameIn(fileName, 'many');
    if (named === '' || s.keys.has(place('', '', named).parentKey)) continue;
    const more = s.keys.size > 1 ? `等${s.keys.size}个街道/镇` : '';
    issues.push(makeIssue('warning', 'street-disagree-file', { file: fileName, line: s.line },
      `文件名写的是“${named}”，但街道列中是“${s.first}”${more}（第${s.line}行起），没有“${named}”。已按街道列导入；如果这张表是从别的街道的表复制来的，请改正街道列或文件名后重新导入`,
      `The file name names ${named}, but its street column never does (it says ${s.first}, from line ${s.line}). Read as the column says; check the column or the file name.`));
  }
  return issues;
}
