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
  // Most files name no street: then no mention is looked at (a city file has thousands).
  const named = fileNames.map((n) => streetNameIn(n, 'many'));
  if (named.every((n) => n === '')) return [];
  const place = placeReader();
  /** Per file: its street column's street keys, first spelling and first line. */
  const seen = new Map<number, { keys: Set<string>; first: string; line: number }>();
  for (const x of mentions) {
    // (A street row's street: street-rows.ts says when it is not the file name's.)
    if (!x.hasParentColumn || x.streetRow === true || named[x.file] === '' || x.parent.trim() === '') continue;
    // (With a street cell, the street is the cell's whatever the name says.)
    const key = place('', '', x.parent).parentKey;
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
    const street = named[file] ?? '';
    if (s.keys.has(place('', '', street).parentKey)) continue;
    const more = s.keys.size > 1 ? `等${s.keys.size}个街道/镇` : '';
    issues.push(makeIssue('warning', 'street-disagree-file', { file: fileName, line: s.line },
      `文件名写的是“${street}”，但街道列中是“${s.first}”${more}（第${s.line}行起），没有“${street}”。已按街道列导入；如果这张表是从别的街道的表复制来的，请改正街道列或文件名后重新导入`,
      `The file name names ${street}, but its street column never does (it says ${s.first}, from line ${s.line}). Read as the column says; check the column or the file name.`));
  }
  return issues;
}

/**
 * The note for a file whose bytes are another's of this import: an info, or a warning when the two
 * names name two streets (咸水沽镇's table sent again as 双港镇's): without a street column each is
 * read under its name's street, the same communities counted once for each.
 */
export function sameFileIssue(name: string, sameAs: string): ImportIssue {
  const [mine, theirs] = [streetNameIn(name, 'many'), streetNameIn(sameAs, 'many')];
  const place = placeReader();
  if (mine === '' || theirs === '' || place('', '', mine).parentKey === place('', '', theirs).parentKey) {
    return makeIssue('info', 'same-file', { file: name }, `该文件与本次导入的“${sameAs}”内容完全相同`, `This file is identical to ${sameAs} in this import.`);
  }
  return makeIssue('warning', 'same-file', { file: name },
    `该文件与本次导入的“${sameAs}”内容完全相同，但两个文件名写的是不同的街道（${mine}、${theirs}），很可能把一个街道的表当作另一个街道的发来了。表中没有街道列时，两份数据已按文件名分别算作两个街道的社区，重复统计；请核对后只导入正确的文件`,
    `This file is identical to ${sameAs}, but the two names name different streets (${mine}, ${theirs}): one is likely another street's table. Without a street column both were read, the communities counted twice.`);
}
