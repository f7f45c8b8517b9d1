/**
 * Pieces of SpecBarChart: the category name (highlight marker, click to highlight, gap rows in
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

export interface CategoryNameOptions {
  /** Unit name behind each category (null: a gap row). */
  readonly units?: readonly (string | null)[];
  readonly highlighted: ReadonlySet<string>;
  readonly onSelect?: (unit: string) => void;
  readonly fontSize: number;
  /** Width of the names' column in px: a longer name is shortened with … (the full name in its tooltip). */
  readonly maxWidth?: number;
}

/** A category's name on a bar chart, ending at (x, y): ▶ and bold when highlighted, grey italic for a gap row. */
export function CategoryName({ x, y, index, label, anchor, opts }: {
  x: number; y: number; index: number; label: string; anchor: 'end' | 'middle'; opts: CategoryNameOptions;
}): ReactElement {
  const unit = opts.units?.[index];
  const gap = opts.units !== undefined && unit === null;
  const on = unit != null && opts.highlighted.has(unit);
  const click = unit != null && opts.onSelect ? () => opts.onSelect!(unit) : undefined;
  const full = on ? `▶ ${label}` : label;
  const shown = opts.maxWidth !== undefined ? fitText(full, (opts.maxWidth - 8) / opts.fontSize) : full;
  return (
    <text
      x={x}
      y={y}
      dy={anchor === 'end' ? '0.35em' : '1em'}
      textAnchor={anchor}
      fontSize={opts.fontSize}
      fontWeight={on ? 700 : 400}
      fontStyle={gap ? 'italic' : undefined}
      fill={gap ? MUTED_TEXT_COLOR : on ? HIGHLIGHT_COLOR : TEXT_COLOR}
      className={click ? 'chart-category chart-clickable' : 'chart-category'}
      data-unit={unit ?? undefined}
      onClick={click}
    >
      {shown !== full && <title>{full}</title>}
      {shown}
    </text>
  );
}

export interface ValueLabelOptions {
  readonly marks?: readonly string[];
  readonly deltas?: readonly (number | null)[];
  readonly deltaMarks?: readonly string[];
  readonly colours: ChangeColours;
  readonly horizontal: boolean;
  readonly fontSize: number;
  /** Number style (absent: zh, 1.2万). */
  readonly lang?: 'zh' | 'en';
}

/**
 * The label at the end of bar `i` (drawn at x, y, width, height): `≈90` then the change `↑60` in the
 * up/down colour. A negative horizontal bar has it on its left.
 */
export function ValueLabel({ bar, opts }: {
  bar: { category: number; value: number; x: number; y: number; width: number; height: number }; opts: ValueLabelOptions;
}): ReactElement {
  const i = bar.category;
  const v = bar.value;
  const text = barValueText(v, opts.marks?.[i], opts.lang);
  const d = opts.deltas?.[i];
  const dFill = d === null || d === undefined || d === 0 ? MUTED_TEXT_COLOR : d > 0 ? opts.colours.up : opts.colours.down;
  const at = opts.horizontal
    ? v < 0
      ? { x: bar.x - 4, y: bar.y + bar.height / 2, dy: '0.35em', textAnchor: 'end' as const }
      : { x: bar.x + bar.width + 4, y: bar.y + bar.height / 2, dy: '0.35em', textAnchor: 'start' as const }
    : v < 0
      ? { x: bar.x + bar.width / 2, y: bar.y + bar.height + 4, dy: '0.8em', textAnchor: 'middle' as const }
      : { x: bar.x + bar.width / 2, y: bar.y - 4, dy: 0, textAnchor: 'middle' as const };
  return (
    // A white halo keeps the label readable where it crosses a reference or grid line.
    <text {...at} fontSize={opts.fontSize} fill={TEXT_COLOR} stroke="#FFFFFF" strokeWidth={3} paintOrder="stroke" strokeLinejoin="round" className="bar-value-label">
      {text}
      {d !== null && d !== undefined && <tspan fill={dFill} dx={4}>{deltaText(d, opts.lang, opts.deltaMarks?.[i])}</tspan>}
    </text>
  );
}
