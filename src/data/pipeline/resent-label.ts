/**
 * The name a file goes by in a dataset: its own, unless a file of that name is in the dataset
 * already (a community resent 三月.csv with a number fixed) or earlier in the same import (two
 * folders' 三月.csv). Then it is `三月（第2次导入）.csv`, `三月（第3次导入）.csv`: the report can tell
 * the two files apart (“已有数据（三月.csv第3行）为30，按本次导入的三月（第2次导入）.csv第3行改为33”)
 * and the save keeps both originals, which it stores by name. The extension stays last. Only the
 * label changes: what the name tells (period, street, community) is read from the file's own name.
 */

/** `name`, or the first `（第k次导入）` form of it not in `taken`. */
export function resentLabel(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const ext = /\.[A-Za-z0-9]+$/.exec(name)?.[0] ?? '';
  const base = name.slice(0, name.length - ext.length);
  for (let k = 2; ; k++) {
    const label = `${base}（第${k}次导入）${ext}`;
    if (!taken.has(label)) return label;
  }
}
