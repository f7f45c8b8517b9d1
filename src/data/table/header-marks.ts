/**
 * Header names without the marks a template or a clerk puts beside them (footnote-marks.ts): a
 * required-field star (`*社区名称`) and a footnote mark (`再就业人数①`, `再就业人数（注1）`). With
 * them, 社区名称 went unrecognised (the file was blocked) and a catalogue metric became a custom
 * one named with the mark (`再就业人数1`, apart from every other file's 再就业人数).
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { headerWithoutMarks } from '../vocabulary/footnote-marks';

/** `header` with every name's marks taken off, and the info naming what was taken (null when none was). */
export function unmarkedHeader(header: readonly string[], file: string, line: number): { header: string[]; issue: ImportIssue | null } {
  const changed: string[] = [];
  const stars = new Set<string>();
  const footnotes = new Set<string>();
  const out = header.map((name) => {
    const m = headerWithoutMarks(name);
    if (m === null) return name;
    changed.push(`“${name.trim()}”→“${m.text}”`);
    if (m.star !== '') stars.add(m.star);
    if (m.footnote !== '') footnotes.add(m.footnote);
    return m.text;
  });
  if (changed.length === 0) return { header: out, issue: null };
  const quoted = (marks: Set<string>): string => [...marks].map((x) => `“${x}”`).join('');
  const what = [stars.size > 0 ? `名称前的${quoted(stars)}是必填标记` : '',
    footnotes.size > 0 ? `名称后的${quoted(footnotes)}是注释标记（注释在表下，未导入）` : ''].filter((w) => w !== '').join('，');
  const shown = changed.length > 4 ? `${changed.slice(0, 4).join('、')}等${changed.length}列` : changed.join('、');
  return {
    header: out,
    issue: makeIssue('info', 'header-marks', { file, line },
      `第${line}行表头的标记已去掉后识别列名：${shown}（${what}）`,
      `Line ${line}: marks beside header names were removed before reading them (${changed.length} columns).`),
  };
}
