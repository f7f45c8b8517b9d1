/**
 * The claims a slide's words make, checked against what its charts and shapes draw. Returns one
 * message per false claim (empty: every claim holds). Claims checked:
 * - `参考线：中位数 20人（虚线），…`: each line is drawn at that value (a line shape over every
 *   horizontal bar chart on the slide, or a flat line series) with that dash, and labelled by the
 *   line where the slide has one chart (a grid of small charts names it only in the note);
 * - `仅显示前N名和后N名` / `共M个单位`: a bar chart shows N rows, a `…（中间K个单位略）` row with no
 *   bar, N rows, with M = 2N + K, and values in one rank order; a gap row is never unexplained;
 * - value labels: every bar has one, reading as the screen writes it (1 decimal, 万);
 * - category names: none skipped, the size fits the row;
 * - scatter: dashed median lines at the stated medians, quadrant counts, a dotted least-squares
 *   line through the points' fit, outliers named on their points, the stated unit count.
 */
import { formatNumber } from '../../src/analysis/format-number';
import type { XmlChart, XmlSlide } from './pptx-read';

const DASH: Record<string, string> = { 虚线: 'dash', 点线: 'sysDot' };
const GAP = /^…（中间([\d,]+)个单位略）$/;
const int = (s: string) => Number(s.replace(/,/g, ''));

/** `20人`, `1.2万人`, `21.8` → the number and how many decimals it shows. */
function parseShown(text: string): { value: number; tol: number } | null {
  const m = /^(-?[\d,]+(?:\.(\d+))?)(万|亿)?/.exec(text.trim());
  if (!m) return null;
  const scale = m[3] === '万' ? 1e4 : m[3] === '亿' ? 1e8 : 1;
  const decimals = m[2]?.length ?? 0;
  return { value: int(m[1]!) * scale, tol: (0.5 * scale) / 10 ** decimals + 1e-9 };
}

function plotOf(frame: { x: number; y: number; w: number; h: number }, c: XmlChart) {
  const l = c.layout;
  return l === null ? null : { x: frame.x + l.x * frame.w, y: frame.y + l.y * frame.h, w: l.w * frame.w, h: l.h * frame.h };
}

function referenceClaims(slide: XmlSlide, out: string[]): void {
  const text = slide.texts.find((t) => t.includes('参考线：'));
  if (!text) return;
  const list = text.slice(text.indexOf('参考线：') + 4).split('，');
  for (const item of list) {
    const m = /^(.+?) (\S+?)（(虚线|点线)）$/.exec(item.trim());
    if (!m) { out.push(`unreadable reference item "${item}"`); continue; }
    const [, label, shownText, style] = m;
    const shown = parseShown(shownText!);
    if (!shown) { out.push(`no number in "${item}"`); continue; }
    const dash = DASH[style!]!;
    const hbars = slide.charts.filter(({ chart }) => chart.barDir === 'bar');
    if (hbars.length > 0) {
      for (const { frame, chart } of hbars) {
        const plot = plotOf(frame, chart);
        if (plot === null || chart.val.min === null || chart.val.max === null) { out.push(`${chart.path}: no fixed plot/axis to place "${label}"`); continue; }
        const { min, max } = chart.val;
        const hit = slide.shapes.some((s) => {
          if (s.kind !== 'line' || s.dash !== dash) return false;
          if (s.box.y > plot.y + 0.01 || s.box.y + s.box.h < plot.y + plot.h - 0.01) return false;
          const v = min + ((s.box.x - plot.x) / plot.w) * (max - min);
          return Math.abs(v - shown.value) <= shown.tol + (max - min) * 1e-5;
        });
        if (!hit) out.push(`${chart.path}: no ${dash} line drawn at ${label} ${shownText}`);
        // A grid of small charts names the line once, in this note, not under each of them.
        if (hbars.length === 1 && !slide.shapes.some((s) => s.kind === 'text' && s.text === `${label} ${shownText}`)) out.push(`no label "${label} ${shownText}" by its line`);
      }
    } else {
      const hit = slide.charts.some(({ chart }) => chart.series.some((s) => s.name === label && s.dash === dash && s.vals.size > 0
        && [...s.vals.values()].every((v) => Math.abs(v - shown.value) <= shown.tol)));
      if (!hit) out.push(`no ${dash} series "${label}" at ${shownText}`);
    }
  }
}

function topBottomClaims(slide: XmlSlide, out: string[]): void {
  const note = slide.texts.find((t) => /仅显示前\d+名和后\d+名/.test(t));
  const gapped = slide.charts.filter(({ chart }) => chart.series[0]?.cats.some((c) => GAP.test(c)));
  if (!note) {
    if (gapped.length > 0) out.push('a gap row is drawn but no note says what was left out');
    return;
  }
  const [, n1, n2] = /仅显示前(\d+)名和后(\d+)名/.exec(note)!;
  const total = /共([\d,]+)个单位/.exec(note);
  const n = Number(n1);
  if (n1 !== n2) out.push(`top ${n1} and bottom ${n2} differ`);
  if (gapped.length === 0) { out.push(`"${note}" but no chart has a gap row`); return; }
  for (const { chart } of gapped) {
    const cats = chart.series[0]!.cats;
    const g = cats.findIndex((c) => GAP.test(c));
    if (g !== n || cats.length !== 2 * n + 1) out.push(`${chart.path}: ${g} rows, gap, ${cats.length - g - 1} rows; the note says ${n} and ${n}`);
    const hidden = int(GAP.exec(cats[g]!)![1]!);
    if (total && int(total[1]!) !== cats.length - 1 + hidden) out.push(`${chart.path}: 共${total[1]}个单位 but ${cats.length - 1} shown + ${hidden} left out`);
    for (const s of chart.series) if (s.vals.has(g)) out.push(`${chart.path}: the gap row has a bar in "${s.name}"`);
    const main = chart.series[0]!;
    const vals = cats.map((_, i) => main.vals.get(i)).filter((v, i): v is number => i !== g && v !== undefined);
    const down = vals.every((v, i) => i === 0 || v <= vals[i - 1]!);
    const up = vals.every((v, i) => i === 0 || v >= vals[i - 1]!);
    if (!down && !up) out.push(`${chart.path}: "前${n}名/后${n}名" but the bars are not in rank order`);
  }
}

function labelClaims(slide: XmlSlide, out: string[]): void {
  for (const { frame, chart } of slide.charts) {
    if (!chart.types.includes('barChart')) continue;
    const cats = chart.series[0]?.cats ?? [];
    for (const s of chart.series.filter((x) => x.group === 'barChart')) {
      for (const [i, v] of s.vals) {
        const label = s.labels.get(i);
        const want = formatNumber(v, 'zh', { compact: true });
        if (label === undefined) out.push(`${chart.path}: "${s.name}" ${cats[i] ?? i} has no value label`);
        else if (label.replace(/^[≈＞＜]/, '').split(' ')[0] !== want) out.push(`${chart.path}: label "${label}" for ${v}, the screen writes ${want}`);
      }
    }
    if (cats.length > 8) {
      if (chart.tickLblSkip !== 1) out.push(`${chart.path}: category labels may be skipped (tickLblSkip ${chart.tickLblSkip})`);
      const plotH = chart.layout === null ? frame.h * 0.75 : chart.layout.h * frame.h;
      const vertical = chart.barDir !== 'bar';
      if (!vertical && chart.catFont !== null && chart.catFont * 1.3 > (plotH * 72) / cats.length + 0.01) {
        out.push(`${chart.path}: ${chart.catFont}pt names do not fit ${((plotH * 72) / cats.length).toFixed(1)}pt rows`);
      }
      if (chart.catFont !== null && chart.catFont < 6) out.push(`${chart.path}: ${chart.catFont}pt names are not legible`);
    }
  }
}

function ols(xs: number[], ys: number[]): { a: number; b: number } {
  const n = xs.length;
  const mx = xs.reduce((p, v) => p + v, 0) / n;
  const my = ys.reduce((p, v) => p + v, 0) / n;
  let sxx = 0;
  let sxy = 0;
  xs.forEach((x, i) => { sxx += (x - mx) ** 2; sxy += (x - mx) * (ys[i]! - my); });
  return { b: sxy / sxx, a: my - (sxy / sxx) * mx };
}

function scatterClaims(slide: XmlSlide, out: string[]): void {
  const chart = slide.charts.find(({ chart: c }) => c.types.includes('scatterChart'))?.chart;
  if (!chart) return;
  const pts = chart.series.find((s) => s.dash === null);
  if (!pts) { out.push('scatter without a points series'); return; }
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [i, y] of pts.vals) { const x = pts.xs.get(i); if (x !== undefined) { xs.push(x); ys.push(y); } }
  const lines = chart.series.filter((s) => s.dash !== null).map((s) => ({ s, p: [...s.vals].map(([i, y]) => ({ x: s.xs.get(i)!, y })) }));
  const all = slide.texts.join('\n');
  const q = /虚线为中位数：(.+?) ([^，；]+)，(.+?) ([^，；]+)；四个象限的单位数：右上(\d+)、左上(\d+)、左下(\d+)、右下(\d+)/.exec(all);
  if (q) {
    const mx = parseShown(q[2]!);
    const my = parseShown(q[4]!);
    const vline = lines.find(({ s, p }) => s.dash === 'dash' && p.length === 2 && mx !== null && p.every((pt) => Math.abs(pt.x - mx.value) <= mx.tol));
    const hline = lines.find(({ s, p }) => s.dash === 'dash' && p.length === 2 && my !== null && p.every((pt) => Math.abs(pt.y - my.value) <= my.tol));
    if (!vline) out.push(`no dashed vertical line at ${q[1]} ${q[2]}`);
    if (!hline) out.push(`no dashed horizontal line at ${q[3]} ${q[4]}`);
    if (vline && hline) {
      const cx = vline.p[0]!.x;
      const cy = hline.p[0]!.y;
      const c = [0, 0, 0, 0];
      xs.forEach((x, i) => { const r = x >= cx; const u = ys[i]! >= cy; c[r && u ? 0 : u ? 1 : r ? 3 : 2]!++; });
      const said = [q[5], q[6], q[7], q[8]].map(Number);
      if (c.join() !== said.join()) out.push(`quadrant counts ${said.join('/')} but the points give ${c.join('/')}`);
    }
  }
  if (all.includes('最小二乘趋势线')) {
    const { a, b } = ols(xs, ys);
    const fit = lines.find(({ s, p }) => s.dash === 'sysDot' && p.length === 2 && p.every((pt) => Math.abs(pt.y - (a + b * pt.x)) <= 1e-6 * Math.max(1, Math.abs(pt.y))));
    if (!fit) out.push('the dotted least-squares line is not on the points\' fit');
  }
  const o = /标注名称的为离群单位（[^：]*：(.+?)）。/.exec(all);
  const named = o ? o[1]!.split('、').map((t) => t.replace(/（[^（）]*）$/, '')) : [];
  const labelled = [...pts.labels.values()];
  for (const name of named) if (!labelled.includes(name)) out.push(`outlier ${name} is named in the note but not labelled`);
  for (const name of labelled) if (!named.includes(name)) out.push(`point ${name} is labelled but the note does not say why`);
  const count = /· (\d+)个单位/.exec(all);
  if (count && Number(count[1]) !== xs.length) out.push(`${count[1]}个单位 but ${xs.length} points`);
}

/** Every false claim of the slide (empty: all true). */
export function slideClaimViolations(slide: XmlSlide): string[] {
  const out: string[] = [];
  referenceClaims(slide, out);
  topBottomClaims(slide, out);
  labelClaims(slide, out);
  scatterClaims(slide, out);
  return out.map((m) => `slide ${slide.n}: ${m}`);
}
