/**
 * Places point labels so that none overlaps another label or any point: each label tries a few
 * positions around its point (right, left, then above and below on either side) and takes the
 * first that stays inside the plot and clear of everything placed so far; a label with no free
 * position is dropped (the caller lists it in words). Labels earlier in the list win.
 */

/**
 * Text width in ems: CJK and full-width characters 1 em, `%` about 1 em too (0.84–0.95 in the
 * Latin fonts slides and charts fall back to), others (Latin, digits) about 0.6 em.
 */
export function textEms(text: string): number {
  let n = 0;
  for (const ch of text) n += ch === '%' || /[\u2e80-\uffef]/.test(ch) ? 1 : 0.6;
  return n;
}

export interface Box { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number }

export interface LabelRequest {
  /** The caller's id (e.g. the category index). */
  readonly id: number;
  readonly text: string;
  /** The point's centre in pixels. */
  readonly x: number;
  readonly y: number;
}

export interface PlacedLabel {
  readonly id: number;
  /** Text anchor point (SVG x, y of the baseline middle line with dy 0.35em) and anchor side. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
  readonly box: Box;
}

export interface PlacementOptions {
  readonly fontSize: number;
  /** Radius of every point (labels keep clear of all of them). */
  readonly pointRadius: number;
  /** The area labels must stay inside. */
  readonly bounds: Box;
  /** Gap between a point and its label. */
  readonly gap?: number;
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Places `labels` (in priority order) clear of each other and of every point in `points`. */
export function placeLabels(
  labels: readonly LabelRequest[], points: readonly { readonly x: number; readonly y: number }[], o: PlacementOptions,
): { placed: PlacedLabel[]; dropped: number[] } {
  const gap = o.gap ?? 4;
  const h = o.fontSize * 1.2;
  const r = o.pointRadius + 1;
  const pointBoxes = points.map((p) => ({ x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r }));
  const placed: PlacedLabel[] = [];
  const dropped: number[] = [];
  for (const l of labels) {
    const w = textEms(l.text) * o.fontSize + 2;
    const dx = o.pointRadius + gap;
    const dy = h / 2 + o.pointRadius;
    // (x of the anchor, centre y, anchor side)
    const tries: [number, number, 'start' | 'end'][] = [
      [l.x + dx, l.y, 'start'], [l.x - dx, l.y, 'end'],
      [l.x + 2, l.y - dy, 'start'], [l.x - 2, l.y - dy, 'end'],
      [l.x + 2, l.y + dy, 'start'], [l.x - 2, l.y + dy, 'end'],
    ];
    const spot = tries.map(([x, y, anchor]) => ({ x, y, anchor, box: anchor === 'start'
      ? { x0: x, y0: y - h / 2, x1: x + w, y1: y + h / 2 }
      : { x0: x - w, y0: y - h / 2, x1: x, y1: y + h / 2 } }))
      .find((s) => s.box.x0 >= o.bounds.x0 && s.box.x1 <= o.bounds.x1 && s.box.y0 >= o.bounds.y0 && s.box.y1 <= o.bounds.y1
        && !placed.some((p) => overlaps(p.box, s.box)) && !pointBoxes.some((b) => overlaps(b, s.box)));
    if (spot) placed.push({ id: l.id, ...spot });
    else dropped.push(l.id);
  }
  return { placed, dropped };
}

/**
 * `text` shortened to at most `maxEms` with `…` in the middle, keeping its end (`社区`, `村`), so
 * a long name fits a narrow axis and still reads as a name; unchanged when it fits.
 */
export function fitText(text: string, maxEms: number): string {
  if (textEms(text) <= maxEms) return text;
  const chars = [...text];
  const tail = chars.slice(-2);
  const room = maxEms - 1 - textEms(tail.join(''));
  let head = '';
  for (const ch of chars.slice(0, -2)) {
    if (textEms(head + ch) > room) break;
    head += ch;
  }
  return `${head}…${tail.join('')}`;
}

/**
 * The tick interval of a bar chart's value axis: every tick. Its ticks are about five nice numbers, which do
 * not collide; recharts' default ('preserveEnd') measures each tick's text in the page to choose
 * which to skip, a forced layout per tick, and that was the costliest part of drawing a bar chart.
 */
export const VALUE_AXIS_INTERVAL = 0;
