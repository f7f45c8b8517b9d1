// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';

const dir = mkdtempSync(join(tmpdir(), 'shequ-check-'));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['scripts/check-cli.mjs', ...args], { encoding: 'utf8', cwd: process.cwd(), timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('npm run check', () => {
  it('exit 0 with --json and --out for an importable file', () => {
    const good = file('2024年3月.csv', '社区,再就业人数\n东湖社区,3500余\n\n西山社区,12\n');
    const out = join(dir, 'normalized.csv');
    const r = run('--json', '--out', out, good);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.status).toBe('ok');
    expect(json.counts).toMatchObject({ rowsIn: 3, imported: 2, blank: 1 });
    expect(json.observations).toBe(2);
    expect(json.issues[0]).toHaveProperty('severity');
    expect(json.issues.find((i: { code: string }) => i.code === 'blank-rows')).toMatchObject({ file: '2024年3月.csv', line: 3 });
    const csv = readFileSync(out);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('code,district,parent,unit,period,metric,value,qualifier,raw,file,line');
    expect(csv.toString('utf8')).toContain(',3500,gt,3500余,');
  });

  it('exit 1 with a readable Chinese report when blocked', () => {
    const bad = file('bad-2024年3月.csv', '社区,人口\n东湖社区,3,500\n');
    const r = run(bad);
    expect(r.code).toBe(1);
    expect(r.out).toContain('不能导入');
    expect(r.out).toContain('bad-2024年3月.csv:2:2');
    expect(r.out).toContain('3500');
  });

  it('a blocked import’s summary says nothing was imported and why, not 导入 1 beside 观测值 0', () => {
    const bad = file('期间错-2024年3月.csv', '街道,社区,期间,常住人口\n东湖街道,花园社区,2024年3月,100\n东湖街道,柳树社区,2024年13月,5\n');
    const r = run(bad);
    expect(r.code).toBe(1);
    expect(r.out).toContain('行数：共 2 行数据，没有导入任何一行 = 可导入（未导入）1 + 合并 0 + 小计/合计 0 + 空行 0 + 未导入 1（表头等 1 行）');
    expect(r.out).toContain('观测值：0，未导入。原因：期间错-2024年3月.csv:3:3 第3行第3列（期间）：期间“2024年13月”无法识别');
    expect(r.out).not.toMatch(/= 导入 1/);
  });

  it('--json on a blocked import: importedRows is 0, counts.imported the rows that could be imported; on an importable one they agree', () => {
    const bad = file('期间错json-2024年3月.csv', '街道,社区,期间,常住人口\n东湖街道,花园社区,2024年3月,100\n东湖街道,柳树社区,2024年13月,5\n');
    const blocked = JSON.parse(run('--json', bad).out);
    expect(blocked).toMatchObject({ status: 'blocked', importedRows: 0, observations: 0, counts: { rowsIn: 2, imported: 1, rejected: 1 } });
    const good = JSON.parse(run('--json', file('好json-2024年3月.csv', '社区,再就业人数\n东湖社区,3\n西山社区,12\n')).out);
    expect(good).toMatchObject({ status: 'ok', importedRows: 2, counts: { imported: 2 } });
    // The help says it, for whoever writes the script.
    expect(run('--help').out).toContain('importedRows');
  });

  it('names a whole column as 第N列, so that it does not read as a line', () => {
    // 25 cells of 3余: the count of those past the first 20 is said once for the column.
    const rows = Array.from({ length: 25 }, (_, k) => `社区${k + 1},3余\n`).join('');
    const r = run(file('2024年5月.csv', `社区,再就业人数\n${rows}`));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\[approximate-value\] 2024年5月\.csv 第2列  同类问题/);
    expect(r.out).not.toMatch(/2024年5月\.csv:2 /);
  });

  it('names a header cell’s issue at the header’s line, not as the whole file', () => {
    const r = run(file('2024年5月.csv', '社区,负责人,再就业人数\n东湖社区,张三,12\n西山社区,李四,9\n'));
    expect(r.code).toBe(0);
    // The old report listed it as `2024年5月.csv 第2列`, as if about the whole column, with no line.
    expect(r.out).toContain('[info-column] 2024年5月.csv:1:2  “负责人”列');
  });

  it('--each reports every file on its own; exit 1 when any is blocked', () => {
    const good = file('2024年4月.csv', '社区,人口\n东湖社区,12\n');
    const bad = file('坏-2024年4月.csv', '社区,人口\n东湖社区,3,500\n');
    const r = run('--each', good, bad);
    expect(r.code).toBe(1);
    expect(r.out).toContain('== 2024年4月.csv ==');
    expect(r.out).toContain('结果：可以导入');
    expect(r.out).toContain('结果：不能导入');
    expect(run('--each', '--json', good).code).toBe(0);
  });

  it('a report of thousands of warnings lists the first 200 and counts the rest; the counts stay whole', () => {
    const cols = Array.from({ length: 300 }, (_, j) => `指标${j}`);
    const rows = Array.from({ length: 40 }, (_, i) => [`社区${i}`, ...cols.map(() => `${i}余`)].join(','));
    const f = file('2024年6月.csv', ['社区', ...cols].join(',') + '\n' + rows.join('\n') + '\n');
    const r = run(f);
    expect(r.code).toBe(0);
    const total = Number(/警告（(\d+)）/.exec(r.out)![1]);
    expect(total).toBeGreaterThan(1000);
    const listed = r.out.split('\n').filter((l) => l.startsWith('  [approximate-value]')).length;
    expect(listed).toBe(200);
    expect(r.out).toContain(`…另有 ${total - 200} 条警告未列出（--json 可看全部）：approximate-value ${total - 200}`);
    expect(r.out).not.toMatch(/undefined|\[object Object\]|NaN/);
  });

  it.runIf(process.platform !== 'win32')('a reader that stops early (| more, | head) ends the check quietly with its own exit code', () => {
    const cols = Array.from({ length: 100 }, (_, j) => `指标${j}`);
    const rows = Array.from({ length: 40 }, (_, i) => [`社区${i}`, ...cols.map(() => `${i}余`)].join(','));
    const f = file('2024年9月.csv', ['社区', ...cols].join(',') + '\n' + rows.join('\n') + '\n');
    const r = spawnSync('bash', ['-c', '"$2" scripts/check-cli.mjs --json "$1" | head -c 10 >/dev/null; echo "rc=${PIPESTATUS[0]}"', 'sh', f, process.execPath], { encoding: 'utf8', cwd: process.cwd(), timeout: 60_000 });
    expect(r.stdout.trim()).toBe('rc=0');
    expect(r.stderr).not.toContain('EPIPE');
  });

  it('--help and an unknown option print the Chinese usage with the exit codes', () => {
    // Asked for, the usage is the output (on stdout, so that `--help | more` pages it); a usage error goes to stderr.
    const help = run('--help');
    expect(help.code).toBe(0);
    expect(help.err).toBe('');
    expect(help.out).toContain('用法');
    expect(help.out).toContain('文件夹：检查其中所有CSV和Excel/WPS文件');
    expect(help.out).toContain('只覆盖以前写出的规范化CSV');
    expect(help.out).toMatch(/退出码[\s\S]*0[^\n]*可以导入[\s\S]*1[^\n]*不能导入[\s\S]*2[^\n]*参数/);
    for (const h of ['/?', '-?', '-h']) expect(run(h), h).toMatchObject({ code: 0, out: help.out });
    const bogus = run('--bogus', 'x.csv');
    expect(bogus.code).toBe(2);
    expect(bogus.err).toContain('未知参数');
    expect(bogus.err).toContain('退出码');
  });

  it('--out= with nothing after it is a usage error, not a check that silently writes nothing', () => {
    const good = file('2024年7月.csv', '社区,再就业人数\n东湖社区,12\n');
    const r = run(good, '--out=');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--out 需要一个参数');
  });

  it('an --encoding it does not know is a usage error naming the ones it does, not a check run on a guess', () => {
    const good = file('2024年8月.csv', '社区,再就业人数\n东湖社区,12\n');
    const r = run('--encoding', 'GBK2312', good);
    expect(r.code).toBe(2);
    expect(r.err).toContain('不认识的编码');
    expect(r.err).toContain('GBK');
    expect(r.out).toBe('');
    expect(run('--encoding', 'gbk', good).code).toBe(0);
  });

  it('--encoding takes the names a Windows user knows (ANSI, cp936, UTF-8-BOM); an unknown one lists them in Chinese', () => {
    const gbkFile = join(dir, '2024年9月-gbk.csv');
    writeFileSync(gbkFile, iconv.encode('社区,再就业人数\n东湖社区,12\n', 'gbk'));
    for (const name of ['ANSI', 'cp936', 'gb2312']) {
      const r = run('--json', '--encoding', name, gbkFile);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out).issues.map((i: { code: string }) => i.code)).not.toContain('encoding-maybe-wrong');
    }
    expect(run('--encoding', 'UTF-8-BOM', file('2024年9月.csv', '\uFEFF社区,再就业人数\n东湖社区,12\n')).code).toBe(0);
    const r = run('--encoding', 'big5', gbkFile);
    expect(r.code).toBe(2);
    expect(r.err).toContain('不认识的编码“big5”');
    for (const name of ['ANSI', 'GBK', 'GB2312', 'CP936', 'UTF-8-BOM', 'UTF-16LE']) expect(r.err).toContain(name);
  });

  it.each([[['--bogus', 'x.csv']], [[]], [[join(dir, 'missing.csv')]], [['--each', '--out', 'x.csv', 'y.csv']]])('exit 2 on usage errors %j', (args) => {
    expect(run(...args).code).toBe(2);
  });
});
