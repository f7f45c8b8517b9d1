// @vitest-environment node
/**
 * `npm run check -- --json`: a script reads stdout as JSON whatever happened, so a check that ends
 * before a report (exit 2) prints JSON too, saying why in the words stderr says it in.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'shequ-json-'));
const good = join(dir, '2024年3月 东湖.csv');
writeFileSync(good, '社区,期间,常住人口\n花园路社区,2024-03,58\n');
mkdirSync(join(dir, '空文件夹'));
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['scripts/check-cli.mjs', ...args], { encoding: 'utf8', cwd: process.cwd(), timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('npm run check --json when the check cannot run', () => {
  it.each([
    ['no file', ['--json'], '没有指定文件'],
    ['an unknown option', ['--json', '--bogus', good], '未知参数'],
    ['--out without a name', [good, '--json', '--out'], '--out 需要一个参数'],
    ['an unknown encoding', ['--json', '--encoding', 'big5', good], '不认识的编码'],
    ['--each with --out', ['--json', '--each', '--out', join(dir, 'o.csv'), good], '--each 不能与 --out 同时使用'],
    ['a missing file', ['--json', join(dir, '缺少.csv')], '找不到文件'],
    ['a folder without data files', ['--json', join(dir, '空文件夹')], '里没有CSV或Excel文件'],
    ['a wildcard matching nothing', ['--json', join(dir, '*.xlsx')], '没有与'],
    ['--out into a missing folder', ['--json', '--out', join(dir, '没有/o.csv'), good], '--out 的文件夹不存在'],
    ['--out onto the input', ['--json', '--out', good, good], '是要检查的文件之一'],
  ])('%s: exit 2, and stdout is JSON with the message', (_, args, words) => {
    const r = run(...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(words);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ status: 'error', exitCode: 2 });
    expect(json.messages.join('\n')).toContain(words);
  });

  it('--help with --json is JSON too, the usage as its text', () => {
    const r = run('--json', '--help');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ status: 'help', exitCode: 0 });
    expect(json.messages.join('\n')).toContain('退出码');
    // The JSON holds the usage: nothing besides it.
    expect(r.err).toBe('');
  });

  it.runIf(process.platform === 'linux')('an --out that cannot be written after the import: the JSON report says it was not written, exit 2', () => {
    const r = run('--json', '--out', '/proc/normalized.csv', good);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out);
    expect(json.status).toBe('ok');
    expect(json.out).toMatchObject({ path: '/proc/normalized.csv', written: false });
    expect(json.out.message).toContain('无法写出');
    const ok = run('--json', '--out', join(dir, 'normalized.csv'), good);
    expect(JSON.parse(ok.out).out).toMatchObject({ path: join(dir, 'normalized.csv'), written: true, rows: 1 });
  });
});
