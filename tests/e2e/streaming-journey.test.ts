/**
 * A file of several read slices in real Chromium: a big chosen text file is read in
 * STREAM_CHUNK_BYTES slices by the slice-reader worker (several slices ahead), while the import
 * worker tokenizes the bytes before (csv-tokenizer.ts reads bytes, not decoded text). A
 * ~14 MB GB18030 long file (title row, CRLF, quoted "1,234" cells, 余 values, repeat rows: cells and
 * characters cut at every slice boundary) must give the page the report that importFiles gives
 * for the same bytes in one piece: every count, the observations, the units.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importFiles, STREAM_CHUNK_BYTES } from '../../src/data/pipeline/import-files';
import { generateLongRows } from '../../scripts/sample/long-rows';
import { loadUnits } from '../../scripts/sample/units';
import { OUTCOMES } from '../../src/ui/import/report-text';
import { MESSAGES_ZH } from '../../src/ui/i18n/messages-zh';
import { ARTIFACTS, suiteApp } from './browser-harness';

const UI_TIMEOUT = 60_000;
const JOURNEY_TIMEOUT = 180_000;

const app = suiteApp();

/** About 14 MB: 600 units × 12 months × 4 metrics, messy as a real export is. */
function messyFile(): Uint8Array {
  const units = loadUnits(readFileSync('data/tianjin-units.csv', 'utf8')).slice(0, 600);
  const months = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`);
  const lines = [...generateLongRows({ units, months, metricIds: ['residents', 'households', 'unemployed', 'aid_amount'], seed: 5 })];
  const out = ['2024年各社区工作统计表', lines[0]!];
  lines.slice(1).forEach((line, i) => {
    const cells = line.split(',');
    const v = Number(cells[6]);
    if (Number.isFinite(v) && v >= 1000 && i % 13 === 0) cells[6] = `"${v.toLocaleString('en-US')}"`;
    else if (i % 251 === 0) cells[6] = `${v}余`;
    const row = cells.join(',');
    out.push(row);
    if (i % 997 === 0) out.push(row);
  });
  // Pad each line with a long note column so the file spans several slices at this row count.
  const padded = out.map((l, i) => (i < 1 ? l : `${l},${i === 1 ? '备注' : '社区工作站填报'.repeat(30)}`));
  return new Uint8Array(iconv.encode(`${padded.join('\r\n')}\r\n`, 'gb18030'));
}

describe('a file of several read slices in Chromium', () => {
  it('gives the page the same report as one whole-bytes import', async () => {
    const bytes = messyFile();
    expect(bytes.length).toBeGreaterThan(3 * STREAM_CHUNK_BYTES);
    const dir = mkdtempSync(join(tmpdir(), 'stream-'));
    const path = join(dir, '街道汇总.csv');
    writeFileSync(path, bytes);
    const want = importFiles([{ name: '街道汇总.csv', bytes }], { id: 'x', createdAt: '2025-01-01T00:00:00.000Z' }).report;
    expect(want.status).toBe('ok');

    const context = await app.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT);
    const errors: string[] = [];
    page.on('pageerror', (e) => { errors.push(e.message); });
    // Scripts the page and its workers load (the service worker's precache of every file left out).
    const scripts: string[] = [];
    context.on('request', (r) => { if (r.serviceWorker() === null && /\.js$/.test(new URL(r.url()).pathname)) scripts.push(new URL(r.url()).pathname); });
    try {
      await page.goto(`${app.url}?view=data`);
      await page.getByText('当前显示示例数据').waitFor();
      await page.locator('.import-panel input[type="file"]').setInputFiles(path);
      const ok = page.locator('.report-panel .report-ok', { hasText: '街道汇总.csv' });
      await ok.waitFor();
      await page.screenshot({ path: `${ARTIFACTS}s1-several-slices-report.png` });
      expect(await ok.textContent()).toContain(`共${want.values!.toLocaleString('zh-CN')}个数值`);
      const counts = await page.locator('.report-panel dl.counts > div').evaluateAll((divs) =>
        divs.map((d) => [d.querySelector('dt')?.textContent ?? '', (d.querySelector('dd')?.textContent ?? '').replace(/,/g, '')]));
      // Every count the panel shows equals the whole-bytes import's.
      expect(counts).toEqual([
        [MESSAGES_ZH.report.rowsIn, String(want.counts.rowsIn)],
        ...OUTCOMES.map((o) => [MESSAGES_ZH.report[o], String(want.counts[o])]),
        [MESSAGES_ZH.report.structural, String(want.counts.structural)],
      ]);
      expect(want.counts.merged).toBeGreaterThan(0);
      expect(await page.locator('header .dataset-name').textContent()).toBe('街道汇总');
      // The file was read in slices by the slice-reader worker, and no decode worker runs.
      expect(scripts.some((p) => /\/slice-reader\.worker-[^/]*\.js$/.test(p)), JSON.stringify(scripts)).toBe(true);
      expect(scripts.some((p) => /\/decode\.worker-/.test(p))).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, JOURNEY_TIMEOUT);
});
