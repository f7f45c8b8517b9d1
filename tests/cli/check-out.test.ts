// @vitest-environment node
/** `npm run check --out`: where it may write, and what the written CSV holds for Excel. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cannotWriteZh } from '../../src/cli/out-path';

const dir = mkdtempSync(join(tmpdir(), 'shequ-out-'));
const data = '社区,再就业人数\n东湖社区,30余\n西山社区,\n南湖社区,0\n=SUM(A1)社区,1\n-北岸社区,2\n@东城社区,3\n+西城社区,4\n';
const input = join(dir, '2024年3月 统计.csv');
writeFileSync(input, data);
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['scripts/check-cli.mjs', ...args], { encoding: 'utf8', cwd: process.cwd(), timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('npm run check --out', () => {
  it('writes UTF-8 with BOM and CRLF, names guarded against formulas, qualifiers and blank vs 0 kept, and says so', () => {
    const out = join(dir, '结果 文件.csv');
    const r = run(input, '--out', out);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`已写出规范化CSV ${out}`);
    expect(r.err).toContain('7 行');
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines).toHaveLength(9); // header, 7 rows, the final line end
    expect(lines.find((l) => l.includes('东湖社区'))).toContain(',30,gt,30余,');
    expect(lines.find((l) => l.includes('西山社区'))).toContain(',,missing,,');
    expect(lines.find((l) => l.includes('南湖社区'))).toContain(',0,exact,');
    for (const name of ["'=SUM(A1)社区", "'-北岸社区", "'@东城社区", "'+西城社区"]) expect(lines.some((l) => l.includes(`,${name},`))).toBe(true);
  });

  it('overwrites an earlier normalised CSV and says it did, never a file that is not one (a data file after --out)', () => {
    const out = join(dir, 'old.csv');
    writeFileSync(out, '\uFEFFcode,district,parent,unit,period,metric,value,qualifier,raw,file,line\r\n,,,旧社区,2024-02,reemployed,1,exact,,旧.csv,2\r\n');
    const r = run(input, '--out', out);
    expect(r.code).toBe(0);
    expect(r.err).toContain('覆盖');
    expect(readFileSync(out, 'utf8')).toContain('东湖社区');
    expect(readFileSync(out, 'utf8')).not.toContain('旧社区');
    // `npm run check -- 东湖.csv --out 西山.csv`, or --out %OUT% with OUT empty before a second file
    const other = join(dir, '2024年3月 西山.csv');
    writeFileSync(other, '社区,再就业人数\n西山社区,9\n');
    const refused = run(input, '--out', other);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('不是规范化CSV');
    expect(refused.out).toBe('');
    expect(readFileSync(other, 'utf8')).toBe('社区,再就业人数\n西山社区,9\n');
  });

  it('refuses, before importing, an output given twice, into a missing folder, onto an input or as a workbook', () => {
    const cases: [string[], string][] = [
      [['--out', join(dir, 'a.csv'), '--out', join(dir, 'b.csv'), input], '只能指定一次'],
      [['--out=' + join(dir, 'a.csv'), '--out', join(dir, 'b.csv'), input], '只能指定一次'],
      [['--out', join(dir, '没有的文件夹', 'x.csv'), input], '文件夹不存在'],
      [['--out', input, input], '不会覆盖'],
      [['--out', join(dir, '结果.xlsx'), input], '.csv'],
      [['--out', dir, input], '是文件夹'],
    ];
    for (const [args, says] of cases) {
      const r = run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toContain(says);
      expect(r.out, args.join(' ')).toBe('');
    }
    expect(readFileSync(input, 'utf8')).toBe(data);
    expect(existsSync(join(dir, 'a.csv')) || existsSync(join(dir, 'b.csv'))).toBe(false);
  });

  it('a folder checked with --out inside it does not read the previous output as data', () => {
    const folder = join(dir, '三月');
    mkdirSync(folder);
    writeFileSync(join(folder, '2024年3月.csv'), '社区,再就业人数\n东湖社区,12\n');
    const out = join(folder, 'normalized.csv');
    expect(run(folder, '--out', out).code).toBe(0);
    const again = run('--json', folder, '--out', out);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out).files.map((f: { name: string }) => f.name)).toEqual(['2024年3月.csv']);
  });

  it('a blocked import says the output was not written and an older one is left as it was', () => {
    const out = join(dir, 'kept.csv');
    const older = '\uFEFFcode,district,parent,unit,period,metric,value,qualifier,raw,file,line\r\n';
    writeFileSync(out, older);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, '社区,再就业人数\n东湖社区,1\n');
    const r = run(bad, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toContain('未写出');
    expect(r.err).toContain('上次');
    expect(readFileSync(out, 'utf8')).toBe(older);
  });

  it('refuses, before importing, a read-only folder or a read-only earlier output', () => {
    const ro = join(dir, '只读');
    mkdirSync(ro);
    const kept = join(dir, '只读的输出.csv');
    writeFileSync(kept, '\uFEFFcode,district,parent,unit,period,metric,value,qualifier,raw,file,line\r\n');
    chmodSync(kept, 0o444);
    chmodSync(ro, 0o555);
    chmodSync(dir, 0o755);
    // Root writes anywhere: the check then runs as nobody.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    try {
      for (const out of [join(ro, 'normalized.csv'), kept]) {
        const r = spawnSync(process.execPath, ['scripts/check-cli.mjs', input, '--out', out], { encoding: 'utf8', cwd: process.cwd(), timeout: 60_000, ...asNobody });
        expect(r.status, out).toBe(2);
        expect(r.stderr, out).toContain('没有权限写入');
        expect(r.stdout, out).toBe('');
      }
    } finally {
      chmodSync(ro, 0o755);
    }
  });

  it('an output that cannot be written (open in Excel, no permission) says why in Chinese', () => {
    const err = (code: string) => Object.assign(new Error(`${code}: x`), { code });
    expect(cannotWriteZh('normalized.csv', err('EBUSY'))).toContain('正被其他程序');
    expect(cannotWriteZh('normalized.csv', err('EPERM'))).toContain('关闭');
    expect(cannotWriteZh('normalized.csv', err('EACCES'))).toContain('没有权限');
    expect(cannotWriteZh('normalized.csv', err('ENOSPC'))).toMatch(/^无法写出 normalized\.csv.*ENOSPC/);
  });
});
