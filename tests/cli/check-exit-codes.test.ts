// @vitest-environment node
/**
 * `npm run check` exit codes, as a batch file's `if errorlevel 1` reads them: 1 is blocked, and
 * nothing else may end with 1 — a report that cannot be written, or a fault of the check itself.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'shequ-exit-'));
const good = join(dir, '2024年3月.csv');
writeFileSync(good, '社区,期间,常住人口\n花园路社区,2024-03,58\n');

describe('npm run check exit codes', () => {
  it.runIf(process.platform === 'linux')('a report stdout cannot take (a full disk) is exit 2 with a Chinese reason, not a stack trace and 1 (blocked)', () => {
    const full = openSync('/dev/full', 'w');
    try {
      for (const args of [[good], ['--json', good]]) {
        const r = spawnSync(process.execPath, ['scripts/check-cli.mjs', ...args], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 60_000 });
        expect(r.status).toBe(2);
        expect(r.stderr).toMatch(/^无法输出报告：磁盘空间不足/);
        expect(r.stderr).not.toMatch(/\n\s+at |Node\.js v/);
      }
    } finally {
      closeSync(full);
    }
  });

  it('a fault of the check itself is exit 3, said in Chinese with what to do, and --json still prints JSON', () => {
    // The fault: JSON.stringify throws on the report, as a bug in the check would.
    const preload = join(dir, 'fault.cjs');
    writeFileSync(preload, "const s = JSON.stringify; JSON.stringify = function (v, ...rest) { if (v && typeof v === 'object' && 'importedRows' in v) throw new Error('模拟故障'); return s.call(this, v, ...rest); };\n");
    const r = spawnSync(process.execPath, ['--require', preload, 'scripts/check-cli.mjs', '--json', good], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/^检查程序出错（不是文件的问题）：模拟故障。请把这段信息和要检查的文件发给维护者/);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'error', exitCode: 3 });
  });
});
