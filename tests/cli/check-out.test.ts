// @vitest-environment node
/** `npm run check --out`: where it may write, and what the written CSV holds for Excel. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'shequ-out-'));
const data = '社区,再就业人数\n东湖社区,30余\n西山社区,\n南湖社区,0\n=SUM(A1)社区,1\n-北岸社区,2\n@东城社区,3\n+西城社区,4\n';
const input = join(dir, '2024年3月 统计.csv');
writeFileSync(input, data);
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['scripts/check-cli.mjs', ...args], { encoding: 'utf8', cwd: process.cwd(), timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('npm run check --out', () => {
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
});
