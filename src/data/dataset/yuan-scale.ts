/**
 * An amount in 元 whose file wrote 万元 without saying so: 慰问救助金额 12000 in 1月.csv and 1.3 in
 * 2月.csv (no unit in either header), or a community's form with 1.4 among forms with （万元）
 * 1.3. Each cell alone is a plausible number, so only the files side by side can tell: a file
 * whose typical amount is about a ten-thousandth of the other files' is warned about, naming the
 * file, its first line and both typical amounts. The value is kept as written (元): nothing is
 * scaled by guess. A file added onto saved data can show a saved file to be the one in 万元 (it was
 * imported alone): that saved file is named then.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import type { Dataset } from './dataset';

/** How far below the other files' typical amount a file's must be (about 1万 times, with room for real spread). */
const LOW = 2000;
const HIGH = 50000;

interface FileAmounts { values: number[]; line: number; obs: number }

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

/** Warnings for files (from `fromFile` on, or saved ones only these show up) whose amounts in 元 look like 万元 beside the other files'. */
export function yuanScale(ds: Dataset, fromFile = 0): ImportIssue[] {
  const yuan = ds.metrics.map((m) => m.unit === '元');
  // One file has no other files to be set beside.
  if (ds.files.length < 2 || !yuan.some(Boolean)) return [];
  const o = ds.obs;
  // metric → file → its nonzero amounts and first line.
  const by = new Map<number, Map<number, FileAmounts>>();
  for (let i = 0; i < o.value.length; i++) {
    const v = o.value[i]!;
    if (!yuan[o.metric[i]!] || Number.isNaN(v) || v === 0) continue;
    let files = by.get(o.metric[i]!);
    if (!files) by.set(o.metric[i]!, (files = new Map()));
    let f = files.get(o.file[i]!);
    if (!f) files.set(o.file[i]!, (f = { values: [], line: o.line[i]!, obs: i }));
    f.values.push(Math.abs(v));
    if (o.line[i]! < f.line) { f.line = o.line[i]!; f.obs = i; }
  }
  const issues: ImportIssue[] = [];
  for (const [metric, files] of by) {
    if (files.size < 2) continue;
    const typical = new Map([...files].map(([f, a]) => [f, median(a.values)]));
    const low = (file: number, among: (f: number) => boolean): number | null => {
      const t = [...typical].filter(([f]) => f !== file && among(f)).map(([, x]) => x);
      if (t.length === 0) return null;
      const others = median(t);
      const ratio = others / typical.get(file)!;
      return ratio < LOW || ratio > HIGH ? null : others;
    };
    for (const [file, a] of files) {
      const m = ds.metrics[metric]!;
      const name = ds.files[file]?.name ?? '';
      const shown = o.value[a.obs]!;
      if (file < fromFile) {
        // A saved file in 万元 unsaid shows only beside the files added now (alone it had nothing
        // to be set beside); one its saved neighbours already showed was warned about then.
        const added = low(file, (f) => f >= fromFile);
        if (added === null || low(file, (f) => f < fromFile) !== null) continue;
        issues.push(makeIssue('warning', 'yuan-looks-wanyuan', { file: name, line: a.line },
          `“${m.zh}”在已有数据的${name}中的数值（如第${a.line}行的${shown}）只有本次导入的文件的约万分之一（一般为${Math.round(added)}元），很可能那个文件的单位是万元而表头没有注明；已按元记录。如单位是万元，请在那个文件的表头写明“（万元）”后重新导入它`,
          `${m.en} in the saved file ${name} (e.g. ${shown} on line ${a.line}) is about 1/10000 of the files added now (typically ${Math.round(added)} yuan): probably 万元 not stated there; kept as yuan.`));
        continue;
      }
      const others = low(file, () => true);
      if (others === null) continue;
      issues.push(makeIssue('warning', 'yuan-looks-wanyuan', { file: name, line: a.line },
        `“${m.zh}”在本文件的数值（如第${a.line}行的${shown}）只有其他文件的约万分之一（其他文件一般为${Math.round(others)}元），很可能单位是万元而表头没有注明；已按元记录。如单位是万元，请在表头或项目中写明“（万元）”后重新导入`,
        `${m.en} in this file (e.g. ${shown} on line ${a.line}) is about 1/10000 of the other files' (typically ${Math.round(others)} yuan): probably 万元 not stated; kept as yuan.`));
    }
  }
  return issues;
}
