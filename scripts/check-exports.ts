/**
 * `npm run check:exports`: the real-client check of issue 16. Exports, from the sample, one deck
 * with every chart kind and table, the league table as CSV and XLSX, and takes the SVG files of
 * every chart kind written by the golden test (tests/golden/svg); converts the PPTX, XLSX and CSV
 * with LibreOffice headless to PDF and renders every page to PNG with pdftoppm; rasterises the SVGs
 * with Chromium (as the app's PNG export does). Everything lands in out/check-exports/ to be
 * looked at. Installs libreoffice-impress, libreoffice-calc and poppler-utils when missing (needs
 * root). Heavy: not part of `npm test` or CI.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDeck } from '../src/export/pptx-export';
import { tableToCsvBytes } from '../src/export/csv-export';
import { tableToXlsx } from '../src/export/xlsx-export';
import type { DeckItem } from '../src/export/deck-item';
import { sampleSpecs } from './sample-export-specs';

const OUT = resolve('out/check-exports');
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

function ensureTools(): void {
  if (has('soffice') && has('pdftoppm')) return;
  console.log('安装 LibreOffice 与 poppler-utils (installing libreoffice-impress libreoffice-calc poppler-utils)…');
  const r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'libreoffice-impress', 'libreoffice-calc', 'poppler-utils'], { stdio: 'inherit' });
  if (r.status !== 0 || !has('soffice') || !has('pdftoppm')) {
    throw new Error('无法安装 LibreOffice/poppler-utils：请以 root 运行 apt-get install libreoffice-impress libreoffice-calc poppler-utils 后重试');
  }
}

function toPdfAndPng(file: string): string[] {
  const profile = `file://${join(OUT, '.lo-profile')}`;
  // LibreOffice's headless CSV import ignores the BOM (Excel honours it): name UTF-8 (76), comma, quote.
  const filter = file.endsWith('.csv') ? ['--infilter=CSV:44,34,76,1'] : [];
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=${profile}`, ...filter, '--convert-to', 'pdf', '--outdir', OUT, file], { stdio: 'ignore' });
  const pdf = file.replace(/\.[^.]+$/, '.pdf');
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${file}`);
  const prefix = pdf.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-r', '80', '-png', pdf, prefix]);
  const base = prefix.split('/').pop()!;
  return readdirSync(OUT).filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png')).map((f) => join(OUT, f));
}

async function rasteriseSvgs(): Promise<string[]> {
  const dir = resolve('tests/golden/svg');
  if (!existsSync(dir)) return [];
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const out: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.svg'))) {
      await page.goto(`file://${join(dir, f)}`);
      const png = join(OUT, f.replace(/\.svg$/, '.svg.png'));
      await page.screenshot({ path: png });
      out.push(png);
    }
  } finally {
    await browser.close();
  }
  return out;
}

async function main(): Promise<void> {
  ensureTools();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const s = sampleSpecs();
  const date = '2024年7月5日';
  const items: DeckItem[] = [
    ...[s.compare, s.twoPeriods, s.streets, s.distribution, s.trend, s.scatter, s.spreadTrend].map((spec) => ({ kind: 'chart' as const, spec })),
    { kind: 'table', spec: s.league }, { kind: 'table', spec: s.heatmap },
  ];
  const deck = join(OUT, 'deck.pptx');
  writeFileSync(deck, await buildDeck(items, { title: '2024年第二季度社区工作汇报（示例）', date, source: s.compare.source }));
  const xlsx = join(OUT, 'league.xlsx');
  writeFileSync(xlsx, await tableToXlsx(s.league, date));
  const csv = join(OUT, 'league-csv.csv');
  writeFileSync(csv, tableToCsvBytes(s.league));
  const pages = [deck, xlsx, csv].flatMap(toPdfAndPng);
  const svgs = await rasteriseSvgs();
  console.log([...pages, ...svgs].map((p) => `  ${p}`).join('\n'));
  console.log(`${pages.length} 页 PDF→PNG，${svgs.length} 个 SVG→PNG，见 ${OUT}`);
}

main().catch((e: unknown) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
