/**
 * The running sums of one (metric, period) of a table's rows, kept by the check of totals
 * (records/subtotal-check.ts) as the rows come: over the table, over the segment since the last
 * 小计, over the group since the last 合计, with the rows in text cells a note may name.
 */

const EXACT = 0; // QUALIFIER_CODE.exact

/** The sums of one (metric, period): over the whole table, and over the segment since the last subtotal. */
export interface Sum {
  sum: number;
  exact: boolean;
  rows: number;
  firstLine: number;
  segSum: number;
  segExact: boolean;
  segRows: number;
  segFirstLine: number;
  /** The first covered row whose value is blank (0: none), over the table and over the segment. */
  blankLine: number;
  segBlankLine: number;
  /** The store's observations among the rows in a workbook's text cells (exact numbers no sum formula counts), in order; the segment's from `segText` on. */
  readonly texts: number[];
  segText: number;
  /** The store's first observation added here, over the table and over the segment (-1: a part's, not the store's). */
  readonly firstObs: number;
  segFirstObs: number;
  /**
   * The rows since the last 合计 checked (`lastTotal`, its line; 0: none yet) or the street heading
   * that began their block (`runHeading`, its line; 0: none since): a group's, when each group has its 合计.
   */
  runSum: number;
  runExact: boolean;
  runRows: number;
  runFirstLine: number;
  runLastLine: number;
  lastTotal: number;
  runHeading: number;
}

/**
 * `s` (a new one when undefined) with a row's `value` added: its `qualifier`'s code, its `line`, the
 * store's observation `obs` (-1: a part's), `text` when its cell is a number stored as text.
 */
export function addToSum(sum: Sum | undefined, value: number, qualifier: number, line: number, obs: number, text: boolean): Sum {
  const s = sum ?? {
    sum: 0, exact: true, rows: 0, firstLine: line, segSum: 0, segExact: true, segRows: 0, segFirstLine: line, blankLine: 0, segBlankLine: 0,
    texts: [], segText: 0, firstObs: obs, segFirstObs: obs, runSum: 0, runExact: true, runRows: 0, runFirstLine: line, runLastLine: line, lastTotal: 0, runHeading: 0,
  };
  if (s.segRows === 0) { s.segSum = 0; s.segExact = true; s.segFirstLine = line; s.segBlankLine = 0; s.segText = s.texts.length; s.segFirstObs = obs; }
  if (text) s.texts.push(obs);
  if (s.runRows === 0) { s.runSum = 0; s.runExact = true; s.runFirstLine = line; }
  s.runRows++;
  s.runLastLine = line;
  if (Number.isNaN(value) || qualifier !== EXACT) s.runExact = false; else s.runSum += value;
  if (Number.isNaN(value)) {
    s.exact = false;
    s.segExact = false;
    if (s.blankLine === 0) s.blankLine = line;
    if (s.segBlankLine === 0) s.segBlankLine = line;
  } else if (qualifier !== EXACT) { s.exact = false; s.segExact = false; } else { s.sum += value; s.segSum += value; }
  s.rows++;
  s.segRows++;
  return s;
}
