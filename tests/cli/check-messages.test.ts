// @vitest-environment node
/** Every message `npm run check` ends with is Chinese first and says what to do (请…), English after it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cannotReadZh } from '../../src/cli/input-paths';

const dir = mkdtempSync(join(tmpdir(), 'shequ-msg-'));
const good = join(dir, '2024年3月.csv');
writeFileSync(good, '社区,期间,常住人口\n花园路社区,2024-03,58\n');
const firstLine = (...args: string[]): string => {
  const r = spawnSync(process.execPath, ['scripts/check-cli.mjs', ...args], { encoding: 'utf8', cwd: process.cwd(), timeout: 60_000 });
  expect(r.status).toBe(2);
  return r.stderr.split('\n')[0]!;
};

describe('npm run check messages say what to do', () => {
  it.each([
    ['no file', []],
    ['an unknown option', ['--bogus', good]],
    ['--out without a name', [good, '--out']],
    ['--out given twice', [good, '--out', join(dir, 'a.csv'), '--out', join(dir, 'b.csv')]],
    ['--each with --out', ['--each', '--out', join(dir, 'a.csv'), good]],
    ['- (stdin)', ['-']],
    ['an empty argument', ['']],
    ['a name too long for the disk', [join(dir, `${'长'.repeat(100)}.csv`)]],
  ])('%s', (_, args) => {
    const line = firstLine(...args);
    expect(line).toMatch(/^[^\x00-\x7F]|^--/); // Chinese first (an option's name may lead)
    expect(line).toContain('请');
    expect(line).toMatch(/ \((?:--)?[a-z].*\)$/); // English last
  });

  it('- and an empty argument say what they are, not 找不到文件', () => {
    expect(firstLine('-')).toContain('不能从标准输入');
    expect(firstLine('')).toContain('参数是空的');
  });

  it('a read error of any other kind still says what to do', () => {
    expect(cannotReadZh('a.csv', Object.assign(new Error('ELOOP: too many symbolic links'), { code: 'ELOOP' }))).toContain('请');
  });
});
