/**
 * The PDF text reader against poppler's pdftotext (where installed) on a PDF Chromium prints:
 * CJK through Type3 fonts and ActualText, page-margin boxes, a table over several pages.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from './browser-harness';
import { pdfPageTexts, squash } from './pdf-text';

const sorted = (s: string) => [...squash(s)].sort().join('');

describe('pdfPageTexts', () => {
  it('reads every page of a Chromium PDF as pdftotext does (same characters per page)', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    let pdf: Buffer;
    try {
      const page = await browser.newPage();
      const rows = Array.from({ length: 120 }, (_, i) => `<tr><td>社区${i + 1}</td><td>${i * 3}</td></tr>`).join('');
      await page.setContent(`<style>@page { size: A4; margin: 20mm; @bottom-right { content: "第 " counter(page) " / " counter(pages) " 页"; } }</style>
        <h1>社区工作情况汇报 2024年</h1><p>${'再就业人数差距最大，大多数社区持平。'.repeat(150)}</p>
        <table><thead><tr><th>社区</th><th>数值</th></tr></thead><tbody>${rows}</tbody></table>`);
      pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    } finally {
      await browser.close();
    }
    const pages = pdfPageTexts(pdf);
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((p, i) => expect(squash(p)).toContain(`第${i + 1}/${pages.length}页`));
    expect(squash(pages.join(''))).toContain('社区工作情况汇报2024年');
    expect(squash(pages[pages.length - 1]!)).toContain('社区120');
    if (spawnSync('sh', ['-c', 'command -v pdftotext']).status !== 0) return; // the oracle is optional
    const file = join(mkdtempSync(join(tmpdir(), 'pdf-text-')), 't.pdf');
    writeFileSync(file, pdf);
    pages.forEach((p, i) => {
      const ref = execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-']).toString();
      expect(sorted(p), `page ${i + 1}`).toBe(sorted(ref));
    });
  }, 60_000);
});
