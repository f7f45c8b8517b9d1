/**
 * PNG export in real Chromium (Debian /usr/bin/chromium with fonts-noto-cjk): our svg-export and
 * png-export modules are bundled with esbuild and run in a page holding a recharts-like SVG.
 * Checks exact pixel size, a white background, and dark glyph pixels in the title area; and that
 * two different Chinese titles give different pixels (tofu boxes would look alike).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[png-export.browser] skipped: ${CHROMIUM} not found`);

const ENTRY = `
import { serializeChartSvg } from './svg-export';
import { svgToPngBlob } from './png-export';
window.__exportPng = async (title, scale) => {
  const svg = document.querySelector('svg.recharts-surface');
  const text = serializeChartSvg(svg, { title, subtitle: '再就业人数 · 2024年第二季度 · 人', source: '示例数据', date: '2024-07-05' });
  const blob = await svgToPngBlob(text, { width: 1920, height: 1080, scale });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const bmp = await createImageBitmap(blob);
  const c = document.createElement('canvas'); c.width = bmp.width; c.height = bmp.height;
  const ctx = c.getContext('2d'); ctx.drawImage(bmp, 0, 0);
  const region = (x, y, w, h) => {
    const d = ctx.getImageData(x * scale, y * scale, w * scale, h * scale).data;
    let dark = 0, nonWhite = 0;
    for (let i = 0; i < d.length; i += 4) {
      const lum = (d[i] + d[i + 1] + d[i + 2]) / 3;
      if (lum < 100) dark++;
      if (lum < 250) nonWhite++;
    }
    return { dark, nonWhite, pixels: d.length / 4 };
  };
  const titleData = Array.from(ctx.getImageData(72 * scale, 40 * scale, 600 * scale, 80 * scale).data.filter((_, i) => i % 4 === 0));
  return {
    type: blob.type, header: Array.from(bytes.slice(0, 24)), width: bmp.width, height: bmp.height,
    corner: Array.from(ctx.getImageData(2, 2, 1, 1).data),
    title: region(72, 40, 1000, 80), chart: region(72, 200, 1776, 770), footer: region(72, 1000, 800, 60),
    titleHash: titleData.reduce((h, v, i) => (h * 31 + v * (i + 1)) >>> 0, 7),
  };
};`;

const CHART = `<!doctype html><meta charset="utf-8"><body style="font-family: serif">
<div id="c"><svg class="recharts-surface" width="800" height="400" viewBox="0 0 800 400">
  <g class="bars"><rect x="60" y="100" width="80" height="260" fill="#0072B2"/><rect x="200" y="180" width="80" height="180" fill="#0072B2"/></g>
  <line x1="50" y1="150" x2="780" y2="150" stroke="#333" stroke-dasharray="6 4"/>
  <g class="ticks" style="font-size: 14px"><text x="100" y="385" text-anchor="middle">祥福里</text><text x="240" y="385" text-anchor="middle">咸水沽</text></g>
</svg></div>`;

interface Result {
  type: string; header: number[]; width: number; height: number; corner: number[]; titleHash: number;
  title: { dark: number; nonWhite: number; pixels: number }; chart: { dark: number; nonWhite: number }; footer: { dark: number; nonWhite: number };
}

describe.skipIf(!hasChromium)('svgToPngBlob in Chromium', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    const bundle = await build({
      stdin: { contents: ENTRY, resolveDir: fileURLToPath(new URL('../../src/export', import.meta.url)), loader: 'ts' },
      bundle: true, format: 'iife', write: false, platform: 'browser', target: 'es2022',
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    page = await browser.newPage();
    await page.setContent(CHART);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  });
  afterAll(async () => { await browser?.close(); });

  const run = (title: string, scale: 1 | 2) =>
    page.evaluate(([t, s]) => (window as unknown as { __exportPng: (t: string, s: number) => Promise<Result> }).__exportPng(t as string, s as number), [title, scale] as const);
  const ihdrSize = (h: number[]) => [((h[16]! << 24) | (h[17]! << 16) | (h[18]! << 8) | h[19]!) >>> 0, ((h[20]! << 24) | (h[21]! << 16) | (h[22]! << 8) | h[23]!) >>> 0];

  it.each([[1, 1920, 1080], [2, 3840, 2160]] as const)('scale %i → exactly %i×%i, white, with title glyphs, chart and footer', async (scale, w, h) => {
    const r = await run('各社区再就业人数对比', scale);
    expect(r.type).toBe('image/png');
    expect(r.header.slice(1, 4)).toEqual([0x50, 0x4e, 0x47]); // "PNG"
    expect(ihdrSize(r.header)).toEqual([w, h]);
    expect([r.width, r.height]).toEqual([w, h]);
    expect(r.corner).toEqual([255, 255, 255, 255]);
    // 10 bold CJK glyphs at 52 px: thousands of dark pixels, yet far from a filled box.
    expect(r.title.dark).toBeGreaterThan(1500 * scale * scale);
    expect(r.title.dark).toBeLessThan(r.title.pixels * 0.5);
    expect(r.chart.nonWhite).toBeGreaterThan(50_000 * scale * scale);
    expect(r.footer.nonWhite).toBeGreaterThan(300 * scale * scale);
  });

  it('different Chinese titles of equal length give different glyph pixels (no tofu)', async () => {
    const a = await run('社区对比分析', 1);
    const b = await run('再就业人员数', 1);
    expect(a.titleHash).not.toBe(b.titleHash);
    expect(Math.abs(a.title.dark - b.title.dark)).toBeGreaterThan(50);
  });
});
