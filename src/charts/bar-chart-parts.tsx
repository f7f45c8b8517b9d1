/**
 * Pieces of SpecBarChart: the category tick (highlight marker, click to highlight, gap rows in
 * grey) and the value label with the change as ↑/↓ in the up/down colour. Text fills are all
 * ≥ 4.5:1 on white.
 */
import type { ReactElement } from 'react';
import { barValueText, deltaText } from './bar-label-text';
import { HIGHLIGHT_COLOR, MUTED_TEXT_COLOR, TEXT_COLOR } from './palette';
import { fitText } from './label-placement';

/** Up/down text colours (from the colour convention setting). */
export interface ChangeColours {
  readonly up: string;
  readonly down: string;
}

/** Default: 中性 (blue up, orange down). */
export const NEUTRAL_CHANGE_COLOURS: ChangeColours = { up: '#0061A0', down: '#A04000' };

interface TickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly payload?: { value?: unknown };
  readonly index?: number;
}

export interface CategoryTickOptions {
  /** Unit name behind each category (null: a gap row). */
  readonly units?: readonly (string | null)[];
  readonly highlighted: ReadonlySet<string>;
  readonly onSelect?: (unit: string) => void;
  readonly fontSize: number;
  /** Width of the axis in px: a longer name is shortened with … (the full name in its tooltip). */
  readonly maxWidth?: number;
}

/** Renders a category tick of a horizontal bar chart (right-aligned left of the axis). */
export function categoryTick(opts: CategoryTickOptions) {
  const CategoryTick = (props: TickProps): ReactElement => {
    const x = Number(props.x ?? 0);
    const y = Number(props.y ?? 0);
    const index = props.index ?? 0;
    const label = String(props.payload?.value ?? '');
    const unit = opts.units?.[index];
    const gap = opts.units !== undefined && unit === null;
    const on = unit != null && opts.highlighted.has(unit);
    const click = unit != null && opts.onSelect ? () => opts.onSelect!(unit) : undefined;
    const full = on ? `▶ ${label}` : label;
    const shown = opts.maxWidth !== undefined ? fitText(full, (opts.maxWidth - 8) / opts.fontSize) : full;
    return (
      <text
        x={x - 4}
        y={y}
        dy="0.35em"
        textAnchor="end"
        fontSize={opts.fontSize}
        fontWeight={on ? 700 : 400}
        fontStyle={gap ? 'italic' : undefined}
        fill={gap ? MUTED_TEXT_COLOR : on ? HIGHLIGHT_COLOR : TEXT_COLOR}
        // Same class as recharts' own ticks, so tests and tools find category names the usual way.
        className={click ? 'recharts-cartesian-axis-tick-value chart-clickable' : 'recharts-cartesian-axis-tick-value'}
        data-unit={unit ?? undefined}
        onClick={click}
      >
        {shown !== full && <title>{full}</title>}
        {shown}
      </text>
    );
  };
  return CategoryTick;
}

interface LabelProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly width?: number | string;
  readonly height?: number | string;
  /** The 1-based row index (SpecBarChart keys labels by it: recharts' own index skips gaps). */
  readonly value?: unknown;
}

export interface ValueLabelOptions {
  readonly values: readonly (number | null)[];
  readonly marks?: readonly string[];
  readonly deltas?: readonly (number | null)[];
  readonly colours: ChangeColours;
  readonly horizontal: boolean;
  readonly fontSize: number;
  /** Number style (absent: zh, 1.2万). */
  readonly lang?: 'zh' | 'en';
}

/** The label at the end of a bar: `≈90` then the change `↑60` in the up/down colour. */
export function valueLabel(opts: ValueLabelOptions) {
  const ValueLabel = (props: LabelProps): ReactElement | null => {
    const i = (typeof props.value === 'number' ? props.value : Number(props.value ?? 0)) - 1;
    const v = opts.values[i];
    if (v === null || v === undefined) return null;
    const x = Number(props.x ?? 0);
    const y = Number(props.y ?? 0);
    const w = Number(props.width ?? 0);
    const h = Number(props.height ?? 0);
    const text = barValueText(v, opts.marks?.[i], opts.lang);
    const d = opts.deltas?.[i];
    const dFill = d === null || d === undefined || d === 0 ? MUTED_TEXT_COLOR : d > 0 ? opts.colours.up : opts.colours.down;
    const at = opts.horizontal
      ? { x: x + Math.max(0, w) + 4, y: y + h / 2, dy: '0.35em', textAnchor: 'start' as const }
      : { x: x + w / 2, y: y - 4, dy: 0, textAnchor: 'middle' as const };
    return (
      <text {...at} fontSize={opts.fontSize} fill={TEXT_COLOR} className="bar-value-label">
        {text}
        {d !== null && d !== undefined && <tspan fill={dFill} dx={4}>{deltaText(d, opts.lang)}</tspan>}
      </text>
    );
  };
  return ValueLabel;
}
