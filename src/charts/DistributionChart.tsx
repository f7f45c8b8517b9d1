/**
 * The histogram of every unit's value (buildDistributionSpec) as plain SVG: ~30 columns whatever
 * the number of units, the median dashed, the range of the bars shown above shaded (前N名 / 后N名),
 * and highlighted units marked with ▼ and their name.
 */
import { useId } from 'react';
import { formatNumber } from '../analysis/format-number';
import type { HistogramBin } from './distribution-spec';
import { HIGHLIGHT_COLOR, MUTED_TEXT_COLOR, REFERENCE_COLOR, SERIES_PALETTE, TEXT_COLOR } from './palette';
import { linearScale, niceTicks } from './scale';
import { useWidth } from './use-width';
import type { SpecLang } from './chart-spec';
import { chartWords } from './chart-words';

const M = { top: 40, right: 24, bottom: 40, left: 52 };

export interface DistributionChartProps {
  readonly bins: readonly HistogramBin[];
  readonly median: number;
  /** Value ranges of the units drawn as bars (top and bottom n), shaded. */
  readonly shown?: readonly { readonly from: number; readonly to: number; readonly label: string }[];
  /** Highlighted units to mark. */
  readonly marks?: readonly { readonly name: string; readonly value: number }[];
  readonly width?: number;
  readonly height?: number;
  /** Language of the chart's words and numbers (absent: zh). */
  readonly lang?: SpecLang;
}

export function DistributionChart({ bins, median, shown = [], marks = [], width, height = 230, lang }: DistributionChartProps) {
  const [box, w] = useWidth(width);
  const words = chartWords(lang);
  const fmt = (v: number) => formatNumber(v, lang ?? 'zh', { compact: true, digits: 2 });
  const clipId = `clip${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  if (bins.length === 0) return null;
  const first = bins[0]!;
  const last = bins[bins.length - 1]!;
  const x0 = first.lo;
  const x1 = last.hi === first.lo ? first.lo + 1 : last.hi;
  const maxCount = Math.max(...bins.map((b) => b.count));
  const yT = niceTicks(0, maxCount, 4);
  const sx = linearScale(x0, x1, M.left, w - M.right);
  const sy = linearScale(0, yT.domain[1], height - M.bottom, M.top);
  const xT = niceTicks(x0, x1, 8).ticks.filter((t) => t >= x0 && t <= x1);
  return (
    <div ref={box} className="distribution-box">
      <svg width={w} height={height} viewBox={`0 0 ${w} ${height}`} role="img" aria-label={words.distributionAria} className="distribution-chart">
        <rect x={0} y={0} width={w} height={height} fill="#FFFFFF" />
        <clipPath id={clipId}><rect x={M.left} y={0} width={Math.max(0, w - M.left - M.right)} height={height} /></clipPath>
        {shown.map((s) => {
          const a = sx(Math.min(s.from, s.to));
          const width = Math.max(3, Math.abs(sx(s.to) - sx(s.from)));
          // Keep the label inside the plot even when the shaded band is a sliver at an edge.
          const mid = Math.min(w - M.right - 24, Math.max(M.left + 24, a + width / 2));
          return (
            <g key={s.label}>
              <rect x={a} y={M.top - 14} width={width} height={height - M.bottom - M.top + 14} fill="#FCE8B2" clipPath={`url(#${clipId})`} />
              <text x={mid} y={M.top - 18} textAnchor="middle" fontSize={11} fill={MUTED_TEXT_COLOR}>{words.shownBand(s.label)}</text>
            </g>
          );
        })}
        {yT.ticks.map((t) => (
          <g key={`y${t}`}>
            <line x1={M.left} x2={w - M.right} y1={sy(t)} y2={sy(t)} stroke="#E3E6EA" strokeDasharray="2 3" />
            <text x={M.left - 6} y={sy(t)} dy="0.35em" textAnchor="end" fontSize={11} fill={TEXT_COLOR}>{t}</text>
          </g>
        ))}
        {bins.map((b, i) => (
          <rect
            key={i}
            x={sx(b.lo) + 0.5}
            y={sy(b.count)}
            width={Math.max(1, sx(b.hi === b.lo ? b.lo + (x1 - x0) : b.hi) - sx(b.lo) - 1)}
            height={Math.max(0, sy(0) - sy(b.count))}
            fill={SERIES_PALETTE[0]}
            fillOpacity={0.8}
          >
            <title>{words.binTitle(`${fmt(b.lo)}–${fmt(b.hi)}`, b.count)}</title>
          </rect>
        ))}
        <line x1={M.left} x2={w - M.right} y1={sy(0)} y2={sy(0)} stroke="#666666" />
        {xT.map((t) => (
          <text key={`x${t}`} x={sx(t)} y={sy(0) + 15} textAnchor="middle" fontSize={11} fill={TEXT_COLOR}>{fmt(t)}</text>
        ))}
        <text transform={`translate(12 ${(M.top + height - M.bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize={11} fill={MUTED_TEXT_COLOR}>{words.unitCount}</text>
        {Number.isFinite(median) && (
          <g className="median-line">
            <line x1={sx(median)} x2={sx(median)} y1={M.top} y2={sy(0)} stroke={REFERENCE_COLOR} strokeDasharray="6 4" strokeWidth={1.5} />
            <text x={sx(median) + 4} y={M.top + 10} fontSize={11} fill={REFERENCE_COLOR}>{words.median} {fmt(median)}</text>
          </g>
        )}
        {marks.map((m, i) => (
          <g key={`${m.name}${i}`} className="distribution-mark">
            <text x={sx(m.value)} y={sy(0) + 30 + (i % 2) * 0} textAnchor="middle" fontSize={11} fontWeight={700} fill={HIGHLIGHT_COLOR}>▲ {m.name}</text>
          </g>
        ))}
      </svg>
    </div>
  );
}
