/**
 * The name a file goes by in a dataset: its own, unless a file of that name is in the dataset
 * already (a community resent 三月.csv with a number fixed: `三月（第2次导入）.csv`, then
 * `三月（第3次导入）.csv`) or earlier in the same import (two folders' 三月.csv: `三月（同名第2个）.csv`).
 * The report can then tell the two files apart (“已有数据（三月.csv第3行）为30，按本次导入的
 * 三月（第2次导入）.csv第3行改为33”) and the save keeps both originals, which it stores by name. The
 * extension stays last. Only the label changes: what the name tells (period, street, community) is
 * read from the file's own name.
 */

/**
 * `name`, or the first form of it taken by no file: `（第k次导入）` when the dataset (`existing`) has
 * that name, else `（同名第k个）` when a file of this import (`batch`) has it.
 */
export function resentLabel(name: string, existing: ReadonlySet<string>, batch: ReadonlySet<string>): string {
  if (!existing.has(name) && !batch.has(name)) return name;
  const ext = /\.[A-Za-z0-9]+$/.exec(name)?.[0] ?? '';
  const base = name.slice(0, name.length - ext.length);
  const words = existing.has(name) ? ['第', '次导入'] : ['同名第', '个'];
  for (let k = 2; ; k++) {
    const label = `${base}（${words[0]}${k}${words[1]}）${ext}`;
    if (!existing.has(label) && !batch.has(label)) return label;
  }
}
