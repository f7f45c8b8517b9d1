// @vitest-environment node
/** `npm run check` reads Excel workbooks with the same report (sheet named in every location) and `--out`. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/data/pipeline/import-files';

const fixtures = join(__dirname, '../fixtures/workbooks');
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['scripts/check-cli.mjs', ...args], { encoding: 'utf8', cwd: process.cwd(), timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('npm run check with workbooks', () => {
  it('JSON report equals the pipeline\'s, with the sheet on issues; --out writes the normalised CSV', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'shequ-xlsx-')), 'normalized.csv');
    const names = ['2024年社区月报.xlsx', '双口镇-2024年3月.xlsx'];
    const r = run('--json', '--out', out, ...names.map((n) => join(fixtures, n)));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const direct = importFiles(names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(fixtures, name))) })), { workbookLib: XLSX });
    expect(json.status).toBe('ok');
    expect(json.counts).toEqual(direct.report.counts);
    expect(json.observations).toBe(direct.report.observations);
    expect(json.issues.map((i: { code: string; sheet?: string; line: number }) => [i.code, i.sheet ?? null, i.line]))
      .toEqual(direct.report.issues.map((i) => [i.code, i.sheet ?? null, i.line]));
    expect(json.issues.find((i: { code: string }) => i.code === 'sheet-hidden')).toMatchObject({ file: '2024年社区月报.xlsx', sheet: '草稿' });
    expect(json.files.map((f: { name: string; sheet?: string }) => `${f.name} › ${f.sheet}`)).toEqual([
      '2024年社区月报.xlsx › 1月', '2024年社区月报.xlsx › 2月', '2024年社区月报.xlsx › 3月', '双口镇-2024年3月.xlsx › 3月',
    ]);
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain('code,district,parent,unit,period,metric,value,qualifier,raw,file,line');
    expect(csv).toContain('3500余,2024年社区月报.xlsx › 3月,5');
  });

  it('the readable report names file › sheet › line; a refused workbook exits 1 with the Chinese reason', () => {
    const ok = run(join(fixtures, '2024年社区月报.xlsx'));
    expect(ok.code).toBe(0);
    // `3500余` at E5 of each month's sheet: one line naming the three sheets.
    expect(ok.out).toContain('2024年社区月报.xlsx › 1月、2月、3月 › 第5行 E列');
    // The workbook's size is said once, at its first sheet, as the app writes sizes.
    expect(ok.out).toContain('2024年社区月报.xlsx › 1月（工作簿 12 KB）');
    expect(ok.out).toContain('2024年社区月报.xlsx › 3月（同一工作簿）');
    const bad = run(join(fixtures, '加密.xlsx'));
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('无法读取该Excel文件：文件已加密，请在Excel中取消密码后另存为 .xlsx');
  });

  it('a LibreOffice .ods prints the report alone: SheetJS\'s English console lines about its number formats are not shown', () => {
    const r = run(join(fixtures, 'LibreOffice-隐藏与筛选-2024年3月.ods'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('结果：可以导入');
    expect(r.err).not.toContain('ODS number format');
  });
});
