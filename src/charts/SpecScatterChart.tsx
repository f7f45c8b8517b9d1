/**
 * Draws a scatter ChartSpec (series[0] = X, series[1] = Y) as plain SVG: axes with titles and
 * units, the median quadrant lines (dashed), the least-squares line (dotted), outliers and
 * highlighted units labelled by name. Up to MAX_NODES points are separate circles (each with a
 * <title>); past that all points are one <path> so a whole city stays one DOM node, and a click
 * finds the nearest point.
 */
import { useId, type MouseEvent } from 'react';
import { formatNumber } from '../analysis/format-number';
import type { ChartSpec } from './chart-spec';
import { HIGHLIGHT_COLOR, MUTED_TEXT_COLOR, REFERENCE_COLOR, SERIES_PALETTE, TEXT_COLOR } from './palette';
import { linearScale, niceTicks, tickFormOf, tickText } from './scale';
import { fitLine } from './scatter-stats';
import { useWidth } from './use-width';
import { placeLabels } from './label-placement';
import { chartWords } from './chart-words';

const MAX_NODES = 800;
const M = { top: 20, right: 28, bottom: 52, left: 76 };
const NO_HIGHLIGHT: ReadonlySet<string> = new Set();

export interface SpecScatterChartProps {
  readonly spec: ChartSpec;
  /** Fixed width (tests, export); omit to fill the container. */
  readonly width?: number;
  readonly height?: number;
  readonly highlighted?: ReadonlySet<string>;
  readonly onSelectUnit?: (unit: string) => void;
}


export function SpecScatterChart({ spec, width, height = 460, highlighted = NO_HIGHLIGHT, onSelectUnit }: SpecScatterChartProps) {
  const [box, w] = useWidth(width);
  const words = chartWords(spec.lang);
  const fmt = (v: number) => formatNumber(v, spec.lang ?? 'zh', { compact: true, digits: 2 });
  const clipId = `clip${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const xs = spec.series[0]?.values ?? [];
  const ys = spec.series[1]?.values ?? [];
  const meta = spec.scatter;
  const pts: { i: number; x: number; y: number }[] = [];
  xs.forEach((x, i) => { const y = ys[i]; if (x !== null && y !== null && y !== undefined) pts.push({ i, x, y }); });
  const lo = (vs: number[]) => Math.min(0, ...vs);
  const hi = (vs: number[]) => Math.max(...vs);
  const xv = pts.map((p) => p.x);
  const yv = pts.map((p) => p.y);
  const xT = niceTicks(pts.length ? lo(xv) : 0, pts.length ? hi(xv) : 1);
  const yT = niceTicks(pts.length ? lo(yv) : 0, pts.length ? hi(yv) : 1);
  // Ticks written as the slide writes them (tickForm).
  const xForm = tickFormOf(xT.ticks);
  const yForm = tickFormOf(yT.ticks);
  const sx = linearScale(xT.domain[0], xT.domain[1], M.left, w - M.right);
  const sy = linearScale(yT.domain[0], yT.domain[1], height - M.bottom, M.top);
  const units = spec.categoryUnits;
  const isOn = (i: number) => { const u = units?.[i]; return u != null && highlighted.has(u); };
  const anyOn = pts.some((p) => isOn(p.i));
  const labelled = new Set(meta?.labelled ?? []);
  const rankOf = new Map((meta?.labelled ?? []).map((i, k) => [i, k]));
  const order = (i: number) => rankOf.get(i) ?? Infinity;
  const fit = fitLine(xv, yv);
  const color = spec.series[1]?.color ?? SERIES_PALETTE[0];
  const select = (i: number) => { const u = units?.[i]; if (u && onSelectUnit) onSelectUnit(u); };
  const many = pts.length > MAX_NODES;
  const onSvgClick = many && onSelectUnit
    ? (e: MouseEvent<SVGSVGElement>) => {
      const r = e.currentTarget.getBoundingClientRect();
      const mx = e.clientX - r.left;
      const my = e.clientY - r.top;
      let best = -1;
      let bestD = 64; // within 8 px
      for (const p of pts) {
        const d = (sx(p.x) - mx) ** 2 + (sy(p.y) - my) ** 2;
        if (d < bestD) { bestD = d; best = p.i; }
      }
      if (best >= 0) select(best);
    }
    : undefined;
  const base = pts.filter((p) => !isOn(p.i));
  const front = pts.filter((p) => isOn(p.i));
  const r = pts.length > 2000 ? 2 : 4;
  // Highlighted units first, then the outliers (most extreme first): placed clear of each other
  // and of every point, or dropped and named under the chart.
  const requests = [...front.map((p) => ({ p, on: true })), ...pts.filter((p) => labelled.has(p.i) && !isOn(p.i)).sort((a, b) => order(a.i) - order(b.i)).map((p) => ({ p, on: false }))]
    .map(({ p, on }) => ({ id: p.i, x: sx(p.x), y: sy(p.y), text: on ? `▶ ${spec.categories[p.i] ?? ''}` : spec.categories[p.i] ?? '', on }));
  const labels = placeLabels(requests, pts.map((p) => ({ x: sx(p.x), y: sy(p.y) })), {
    fontSize: 12, pointRadius: Math.max(r, front.length > 0 ? 6 : r), bounds: { x0: M.left, y0: M.top, x1: w - M.right, y1: height - M.bottom },
  });
  const onById = new Map(requests.map((q) => [q.id, q]));
  const unlabelled = labels.dropped.map((i) => spec.categories[i] ?? '').filter((n) => n !== '');
  const fitEnds = fit ? [xT.domain[0], xT.domain[1]].map((x) => ({ x, y: fit.intercept + fit.slope * x })) : [];
  return (
    <div ref={box} className="scatter-box">
      <svg width={w} height={height} viewBox={`0 0 ${w} ${height}`} role="img" aria-label={unlabelled.length > 0 ? `${words.scatterAria(spec.title)}。${words.scatterUnlabelled(unlabelled.join(words.listSep))}` : words.scatterAria(spec.title)} onClick={onSvgClick} className="spec-scatter" fontFamily="inherit">
        <rect x={0} y={0} width={w} height={height} fill="#FFFFFF" />
        {xT.ticks.map((t) => (
          <g key={`x${t}`}>
            <line x1={sx(t)} x2={sx(t)} y1={M.top} y2={height - M.bottom} stroke="#E3E6EA" strokeDasharray="2 3" />
            <text x={sx(t)} y={height - M.bottom + 16} textAnchor="middle" fontSize={12} fill={TEXT_COLOR}>{tickText(t, spec.lang ?? 'zh', xForm)}</text>
          </g>
        ))}
        {yT.ticks.map((t) => (
          <g key={`y${t}`}>
            <line x1={M.left} x2={w - M.right} y1={sy(t)} y2={sy(t)} stroke="#E3E6EA" strokeDasharray="2 3" />
            <text x={M.left - 6} y={sy(t)} dy="0.35em" textAnchor="end" fontSize={12} fill={TEXT_COLOR}>{tickText(t, spec.lang ?? 'zh', yForm)}</text>
          </g>
        ))}
        <line x1={M.left} x2={w - M.right} y1={height - M.bottom} y2={height - M.bottom} stroke="#666666" />
        <line x1={M.left} x2={M.left} y1={M.top} y2={height - M.bottom} stroke="#666666" />
        <text x={(M.left + w - M.right) / 2} y={height - 10} textAnchor="middle" fontSize={13} fill={TEXT_COLOR} className="axis-title">{meta?.xTitle ?? ''}</text>
        <text transform={`translate(16 ${(M.top + height - M.bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize={13} fill={TEXT_COLOR} className="axis-title">{meta?.yTitle ?? spec.unit}</text>
        {fitEnds.length === 2 && (
          <line
            x1={sx(fitEnds[0]!.x)} y1={sy(fitEnds[0]!.y)} x2={sx(fitEnds[1]!.x)} y2={sy(fitEnds[1]!.y)}
            stroke="#999999" strokeDasharray="1 4" strokeWidth={1.5} clipPath={`url(#${clipId})`} className="fit-line"
          />
        )}
        <clipPath id={clipId}><rect x={M.left} y={M.top} width={Math.max(0, w - M.left - M.right)} height={Math.max(0, height - M.top - M.bottom)} /></clipPath>
        {meta?.medianX !== undefined && (
          <g className="quadrant-line">
            <line x1={sx(meta.medianX)} x2={sx(meta.medianX)} y1={M.top} y2={height - M.bottom} stroke={REFERENCE_COLOR} strokeDasharray="6 4" strokeWidth={1.5} />
            <text x={sx(meta.medianX) + 4} y={height - M.bottom - 6} fontSize={11} fill={REFERENCE_COLOR} stroke="#FFFFFF" strokeWidth={3} paintOrder="stroke">{words.median} {fmt(meta.medianX)}</text>
          </g>
        )}
        {meta?.medianY !== undefined && (
          <g className="quadrant-line">
            <line x1={M.left} x2={w - M.right} y1={sy(meta.medianY)} y2={sy(meta.medianY)} stroke={REFERENCE_COLOR} strokeDasharray="6 4" strokeWidth={1.5} />
            <text x={w - M.right - 4} y={sy(meta.medianY) - 5} textAnchor="end" fontSize={11} fill={REFERENCE_COLOR} stroke="#FFFFFF" strokeWidth={3} paintOrder="stroke">{words.median} {fmt(meta.medianY)}</text>
          </g>
        )}
        {many ? (
          <path
            className="scatter-points"
            fill={color}
            fillOpacity={anyOn ? 0.25 : 0.6}
            d={base.map((p) => `M${(sx(p.x) - r).toFixed(1)} ${sy(p.y).toFixed(1)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`).join('')}
          />
        ) : (
          base.map((p) => (
            <circle
              key={p.i}
              cx={sx(p.x)} cy={sy(p.y)} r={r}
              fill={color} fillOpacity={anyOn ? 0.3 : 0.75} stroke="#FFFFFF" strokeWidth={0.5}
              className={onSelectUnit ? 'scatter-point chart-clickable' : 'scatter-point'}
              data-unit={units?.[p.i] ?? undefined}
              onClick={onSelectUnit ? () => select(p.i) : undefined}
            >
              <title>{words.pointTitle(spec.categories[p.i] ?? '', spec.series[0]?.name ?? '', fmt(p.x), spec.series[1]?.name ?? '', fmt(p.y))}</title>
            </circle>
          ))
        )}
        {front.map((p) => (
          <circle
            key={`h${p.i}`} cx={sx(p.x)} cy={sy(p.y)} r={6}
            fill={color} stroke={HIGHLIGHT_COLOR} strokeWidth={2}
            className="scatter-point scatter-point-on chart-clickable" data-unit={units?.[p.i] ?? undefined}
            onClick={onSelectUnit ? (e) => { e.stopPropagation(); select(p.i); } : undefined}
          >
            <title>{words.pointTitle(spec.categories[p.i] ?? '', spec.series[0]?.name ?? '', fmt(p.x), spec.series[1]?.name ?? '', fmt(p.y))}</title>
          </circle>
        ))}
        {labels.placed.map((l) => {
          const on = onById.get(l.id)?.on === true;
          return (
            <text
              key={`l${l.id}`}
              x={l.x} y={l.y} dy="0.35em" textAnchor={l.anchor}
              fontSize={12} fontWeight={on ? 700 : 400} fill={on ? HIGHLIGHT_COLOR : TEXT_COLOR}
              stroke="#FFFFFF" strokeWidth={3} paintOrder="stroke" className="point-label"
            >
              {onById.get(l.id)?.text}
            </text>
          );
        })}
        {pts.length === 0 && <text x={w / 2} y={height / 2} textAnchor="middle" fontSize={13} fill={MUTED_TEXT_COLOR}>{words.scatterEmpty}</text>}
      </svg>
      {unlabelled.length > 0 && <p className="muted scatter-unlabelled">{words.scatterUnlabelled(unlabelled.join(words.listSep))}</p>}
    </div>
  );
}
