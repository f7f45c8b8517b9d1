// @vitest-environment node
/**
 * `npm run check` given what a colleague types at a Windows command line: a folder, a wildcard cmd.exe
 * does not expand, a path with spaces, a missing file, the same file twice.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cannotReadZh } from '../../src/cli/input-paths';

const root = mkdtempSync(join(tmpdir(), 'shequ-paths-'));
const folder = join(root, '三月 报表');
mkdirSync(folder);
writeFileSync(join(folder, '2024年3月 东湖.csv'), '社区,再就业人数\n东湖社区,12\n');
writeFileSync(join(folder, '2024年3月 西山.CSV'), '社区,再就业人数\n西山社区,9\n');
writeFileSync(join(folder, '~$2024年3月.xlsx'), 'Excel lock file');
writeFileSync(join(folder, '说明.docx'), 'not data');
const empty = join(root, '空文件夹');
mkdirSync(empty);

const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['scripts/check-cli.mjs', ...args], { encoding: 'utf8', cwd: process.cwd(), timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('npm run check file arguments', () => {
  it('a folder reads every CSV and workbook in it, skipping Excel lock files and other files, and says which', () => {
    const r = run('--json', folder);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.files.map((f: { name: string }) => f.name)).toEqual(['2024年3月 东湖.csv', '2024年3月 西山.CSV']);
    expect(r.err).toContain('三月 报表');
    expect(r.err).toContain('2 个文件');
  });

  it('a folder of LibreOffice .ods workbooks is read, as the app reads an .ods dropped on it', () => {
    const ods = join(root, 'ods');
    mkdirSync(ods);
    copyFileSync(join(process.cwd(), 'tests/fixtures/workbooks/LibreOffice-隐藏与筛选-2024年3月.ods'), join(ods, '中北镇2024年3月.ods'));
    const r = run('--json', ods);
    expect(r.code).toBe(0);
    // One entry per sheet read (3月, 户数; its hidden 草稿 is skipped).
    expect(JSON.parse(r.out).files.map((f: { name: string; sheet?: string }) => `${f.name} › ${f.sheet}`)).toEqual(['中北镇2024年3月.ods › 3月', '中北镇2024年3月.ods › 户数']);
  });

  it('a folder holding an Excel binary workbook (.xlsb, Excel\'s 另存为 "Excel 二进制工作簿") reads it too', () => {
    const xlsb = join(root, 'xlsb');
    mkdirSync(xlsb);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['社区', '再就业人数'], ['东湖社区', 12]]), '3月');
    writeFileSync(join(xlsb, '2024年3月.xlsb'), new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsb' }) as ArrayBuffer));
    const r = run('--json', xlsb);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).files.map((f: { name: string }) => f.name)).toEqual(['2024年3月.xlsb']);
  });

  it('a folder without data files is a clear usage error', () => {
    const r = run(empty);
    expect(r.code).toBe(2);
    expect(r.err).toContain('没有CSV或Excel文件');
  });

  it('a wildcard the shell left as it is (cmd.exe) is expanded; one matching nothing says so', () => {
    const r = run('--json', join(folder, '*.csv'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).files).toHaveLength(2);
    const none = run(join(folder, '*.xlsx'));
    expect(none.code).toBe(2);
    expect(none.err).toContain('没有与');
    expect(none.err).not.toContain('ENOENT');
  });

  it('a missing file is named in Chinese, with the hint to quote a path with spaces', () => {
    const r = run(join(root, '三月'), '报表.csv');
    expect(r.code).toBe(2);
    expect(r.err).toContain('找不到文件');
    expect(r.err).toContain('引号');
    expect(r.err).not.toContain('ENOENT');
  });

  it('a file that cannot be read says why in Chinese (permissions, opened in Excel)', () => {
    const err = (code: string) => Object.assign(new Error(`${code}: x`), { code });
    expect(cannotReadZh('月报.xlsx', err('EACCES'))).toContain('没有权限读取');
    expect(cannotReadZh('月报.xlsx', err('EPERM'))).toContain('没有权限读取');
    expect(cannotReadZh('月报.xlsx', err('EBUSY'))).toContain('正被其他程序');
    expect(cannotReadZh('月报.xlsx', err('ENOENT'))).toContain('找不到文件');
    expect(cannotReadZh('月报.xlsx', err('EIO'))).toMatch(/^无法读取文件 月报\.xlsx.*EIO/);
  });

  it('a file over what one read can hold (2 GB) says so in Chinese with what to do', () => {
    const huge = join(root, '全市2024年.csv');
    writeFileSync(huge, '');
    truncateSync(huge, 3 * 1024 ** 3); // sparse: no disk used
    try {
      const r = run(huge);
      expect(r.code).toBe(2);
      expect(r.err).toContain('文件太大');
      expect(r.err).toContain('拆分');
    } finally {
      rmSync(huge);
    }
  });

  it('the same file given twice (or by the folder and by name) is read once', () => {
    const f = join(folder, '2024年3月 东湖.csv');
    const r = run('--json', f, f, folder);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).files.map((x: { name: string }) => x.name)).toEqual(['2024年3月 东湖.csv', '2024年3月 西山.CSV']);
    expect(r.err).toContain('只读取一次');
  });

  it.runIf(process.platform === 'linux')('a folder holding a file whose name is GBK bytes (a Windows zip unpacked on Linux) reads it by that name', () => {
    const gbk = join(root, 'gbk');
    mkdirSync(gbk);
    // 2024年3月报表.csv in GBK: not UTF-8, so Node's listing holds U+FFFD where the bytes were.
    const name = Buffer.concat([Buffer.from(`${gbk}/2024`), Buffer.from([0xc4, 0xea]), Buffer.from('3'), Buffer.from([0xd4, 0xc2, 0xb1, 0xa8, 0xb1, 0xed]), Buffer.from('.csv')]);
    writeFileSync(name, '社区,再就业人数\n东湖社区,12\n');
    const r = run('--json', gbk);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).files.map((f: { name: string }) => f.name)).toEqual(['2024年3月报表.csv']);
    expect(r.err).toContain('2024年3月报表.csv 的文件名不是UTF-8编码');
  });

  it.runIf(process.platform !== 'win32')('a folder of symbolic links to data files reads the files they point to; a broken link is left out', () => {
    const links = join(root, 'links');
    mkdirSync(links);
    symlinkSync(join(folder, '2024年3月 东湖.csv'), join(links, '2024年3月 东湖.csv'));
    symlinkSync(join(root, '没有这个文件.csv'), join(links, '2024年3月 断开.csv'));
    const r = run('--json', links);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).files.map((f: { name: string }) => f.name)).toEqual(['2024年3月 东湖.csv']);
  });

  it('a folder typed "D:\\三月 报表\\" keeps the quote cmd.exe escaped with the backslash; it is read as the folder', () => {
    const r = run('--json', `${folder}"`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).files).toHaveLength(2);
  });

  // Root reads every folder: the check then runs as nobody (the bundle is built by the runs above).
  it.runIf(process.platform !== 'win32')('a folder it may not list is named in Chinese, not a stack trace', () => {
    const locked = join(root, '锁住的');
    mkdirSync(locked);
    writeFileSync(join(locked, '2024年3月.csv'), '社区,再就业人数\n东湖社区,12\n');
    chmodSync(root, 0o755);
    chmodSync(locked, 0o311);
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    for (const arg of [locked, join(locked, '*.csv')]) {
      const r = spawnSync(process.execPath, ['scripts/check-cli.mjs', arg], { encoding: 'utf8', cwd: process.cwd(), timeout: 60_000, ...asNobody });
      expect(r.status, arg).toBe(2);
      expect(r.stderr, arg).toContain('没有权限读取文件夹');
      expect(r.stderr, arg).not.toContain('    at ');
    }
  });
});
