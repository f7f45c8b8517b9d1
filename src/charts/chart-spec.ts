/**
 * A chart spec: everything needed to draw or export a chart, as plain data. Built by pure
 * functions from the dataset and analysis results; drawn by thin recharts components; exported
 * to PNG/SVG/PPTX by src/export without React.
 */

export type ChartKind = 'bar' | 'line' | 'scatter';

/** The language a spec's texts were written in; drawing and export follow it (absent: zh). */
export type SpecLang = 'zh' | 'en';

export interface ChartSeries {
  /** Series name shown in the legend (e.g. a unit name, `2024上半年`, `中位数`). */
  readonly name: string;
  /** One value per category; null is a gap (missing), never zero. */
  readonly values: readonly (number | null)[];
  /** Optional per-point qualifier marks, parallel to values: '' exact, '≈' approximate, '＞' more than, '＜' less than. */
  readonly marks?: readonly string[];
  /** Hex colour, e.g. `#0072B2`. */
  readonly color?: string;
  /** Dashed reference line (median, mean) rather than data. */
  readonly reference?: boolean;
  /**
   * Optional per-point flag, parallel to values: the value covers only part of the period (months
   * missing). Line charts draw such points hollow; exports may ignore it (the notes say it too).
   */
  readonly partial?: readonly boolean[];
  /**
   * Optional per-point change against a comparison period, parallel to values (null: no change
   * known). Bar charts write it after the value label as `↑12` / `↓3` (arrow and sign, never colour alone).
   */
  readonly deltas?: readonly (number | null)[];
  /**
   * Optional qualifier marks of the deltas, parallel to them ('' exact): the mark of the signed
   * change, from the two values' qualifiers (＞35 − 35 is '＞', more than 0).
   */
  readonly deltaMarks?: readonly string[];
}

export interface ReferenceLine {
  readonly label: string;
  readonly value: number;
  readonly color?: string;
  /** Qualifier code of the value (a mean over a 约600 is about): absent, exact. */
  readonly qualifier?: number;
}

export interface ChartSpec {
  readonly kind: ChartKind;
  /** Language of every text in the spec (axis numbers and export frames follow it); absent: zh. */
  readonly lang?: SpecLang;
  /** Title, e.g. `各社区再就业人数对比`. */
  readonly title: string;
  /** Subtitle: metric, period, unit, absolute or per capita, street filter. */
  readonly subtitle: string;
  /** Source line: file names, or `示例数据`. */
  readonly source: string;
  /** Category labels along the x axis (unit names or period labels). For scatter: point labels. */
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Horizontal reference lines (median, mean). */
  readonly references?: readonly ReferenceLine[];
  /** Axis unit label, e.g. `人` or `人/千人`. */
  readonly unit: string;
  /** Footnotes, e.g. approximate values (`带≈的数值为约数`). */
  readonly notes?: readonly string[];
  /**
   * Bar charts: the notes that explain a mark written after unit names (`*` a partial value, `†` a
   * partial comparison value), by mark; each is among `notes` too. An export that cuts units out
   * drops the note of a mark no unit left on it carries.
   */
  readonly markNotes?: Readonly<Record<string, string>>;
  /** For bar charts: horizontal bars (long unit names) instead of columns. */
  readonly horizontal?: boolean;
  /**
   * Optional: the unit name behind each category (parallel to categories), so a click on a bar or
   * point can highlight that unit everywhere; null for rows that are not a unit (a `⋯` gap row).
   */
  readonly categoryUnits?: readonly (string | null)[];
  /**
   * Bar charts: the categories are in rank order (best first), so an export may keep the first and
   * last N and call them 前N名/后N名. Absent: any other order (street order, bins), never trimmed.
   */
  readonly ranked?: boolean;
  /** Ranked bars already trimmed: how many units the gap row (`…（中间N个单位略）`) stands for. */
  readonly omitted?: number;
  /**
   * Small multiples: one chart per group (street), drawn on one shared value axis `panelDomain`.
   * Exports draw these as a grid of small charts; the spec's own categories/series hold every
   * panel's bars in one list (for tables and CSV).
   */
  readonly panels?: readonly ChartSpec[];
  readonly panelDomain?: readonly [number, number];
  /**
   * Scatter only. Convention (as src/export/pptx-chart-slide.ts expects): series[0] holds the X
   * values, series[1] the Y values, one point per category; `unit` is the Y unit.
   */
  readonly scatter?: {
    /** Axis titles with their units: `下岗失业人员（人）`. */
    readonly xTitle: string;
    readonly yTitle: string;
    readonly xUnit: string;
    /** Median quadrant lines (vertical at x, horizontal at y); absent when there are no points. */
    readonly medianX?: number;
    readonly medianY?: number;
    /** Indexes of categories to label on the chart (outliers), most extreme first. */
    readonly labelled: readonly number[];
  };
}

/** A table spec for league tables and other tabular exports. */
export interface TableSpec {
  /** Language of the texts (export frames follow it); absent: zh. */
  readonly lang?: SpecLang;
  readonly title: string;
  readonly subtitle: string;
  readonly source: string;
  readonly columns: readonly {
    readonly key: string;
    readonly label: string;
    readonly numeric?: boolean;
    /** Rank change vs the previous period (+ = moved up): slides show it as ↑3 / ↓1 / —; CSV/XLSX keep the number. */
    readonly rankChange?: boolean;
    /** A signed change: slides and images write `+12` / `−3` (as the screen does); CSV/XLSX keep the number. */
    readonly signed?: boolean;
    /**
     * With signed: a zero reads 持平 on slides and images (chartWords changeFlat), as the 总览 cards
     * write it; per row when some zeros do not (a bound, ＞0, stays 0); CSV/XLSX keep 0.
     */
    readonly flatZero?: boolean | readonly boolean[];
    /** Percentiles 0–100: slides fill the cell with the heatmap colour. */
    readonly heat?: boolean;
    /** Fraction digits slides and images always show (0.70 beside 0.68, as the page shows them); CSV/XLSX keep the number. */
    readonly fractionDigits?: number;
    /**
     * Values in the digits the page writes them with (formatNumber's default: none from 100, one
     * from 10, two below), so a rate of 21.54% reads 21.5 on a slide as on the page; CSV/XLSX keep the number.
     */
    readonly valueDigits?: boolean;
    /** Totals in the page's compact form (69.6万, 695.9K; formatNumber compact), as the 总览 cards write them; CSV/XLSX keep the number. */
    readonly compact?: boolean;
    /**
     * With valueDigits: per row, the exact value behind a cell rounded for CSV/XLSX (12.3457), so
     * a slide rounds once, from it, to the page's digits (21.54996 reads 21.5, not 21.55 then 21.6).
     */
    readonly exact?: readonly (number | null)[];
    /**
     * Per row, the mark of the value behind the cell's number (≈, ＞, ＜; '' none), written after it
     * on slides and images as the page writes it (45≈); CSV/XLSX keep the number.
     */
    readonly marks?: readonly string[];
  }[];
  /** Cells: numbers stay numbers (for CSV/XLSX), strings are text; null is empty. */
  readonly rows: readonly (readonly (string | number | null)[])[];
  /**
   * Every row, when the page and its slide show a selection of them (the heatmap's units furthest
   * behind, of a whole city's): CSV/XLSX hold these, so a data file never loses a row; absent: rows.
   */
  readonly allRows?: readonly (readonly (string | number | null)[])[];
  readonly notes?: readonly string[];
  /** Rows are in rank order (a league table): a long table may be shown as its top and bottom. */
  readonly ranked?: boolean;
}
