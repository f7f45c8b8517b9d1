/**
 * Rows naming a street (镇, 街道, 乡) in a table without a street column: a district's table lists
 * each street's communities under a row naming the street, or after them as that street's
 * subtotal. The first such row tells which: met before any community, every street row heads the
 * rows below it (they are that street's; the row itself, its subtotal, is not imported and not
 * checked against them); met after one, every street row is the subtotal of the rows above it and
 * is checked as a 小计 is. Before, each was imported as a community and counted twice in the sums.
 */

/** A street's name; not `莱茵小镇`, a community's short name (the unit list has four such). */
const STREET_ROW = /^(?!.*小镇$).{2,}(?:街道|街道办事处|镇|乡)$/;
/** A list number or mark before the name (`（一）咸水沽镇`, `一、双港镇`), a colon after it (`咸水沽镇：`). */
const LIST_MARK = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}[、.．]|[★☆※*＊]+)\s*|\s*[:：]\s*$/g;
/** A street's name without its level (`咸水沽镇`, `咸水沽街道` → `咸水沽`). */
const streetKey = (name: string): string => name.replace(/(?:街道办事处|街道|镇|乡)$/, '');

export class StreetRows {
  /** The street the last heading row named: the street of the rows below it. */
  street: string | undefined = undefined;
  private mode: 'heading' | 'trailing' | undefined = undefined;
  private units = false;

  /**
   * `active`: the table has no street column (with one, rowKind tells a street's subtotal).
   * `fileStreet`: the street the title or file name gives: under it, a row of another street's
   * name is a village's short name (河西镇, the village 河西镇村 of 上仓镇), not a street.
   */
  constructor(private readonly active: boolean, private readonly fileStreet?: string) {}

  /** The mentions read since the last street row: a trailing street row's communities (take()). */
  private readonly segment = new Set<number>();

  /** A community row was read (its name looked up, its unit `mention`). */
  unit(mention: number): void {
    this.units = true;
    if (this.mode !== 'heading') this.segment.add(mention);
  }

  /**
   * The street a trailing street row names (its list number and colon left out) and the mentions
   * of the rows above it since the last one: that street's communities. The segment starts anew.
   */
  take(name: string): { street: string; mentions: number[] } {
    const mentions = [...this.segment];
    this.segment.clear();
    return { street: name.replace(LIST_MARK, ''), mentions };
  }

  /** A row named `name` is a street heading (its street is now `street`), a street's subtotal, or null: a unit. */
  kind(name: string): 'heading' | 'trailing' | null {
    if (!this.active) return null;
    const bare = name.replace(LIST_MARK, '');
    if (!STREET_ROW.test(bare) || (this.fileStreet !== undefined && streetKey(bare) !== streetKey(this.fileStreet))) return null;
    this.mode ??= this.units ? 'trailing' : 'heading';
    if (this.mode === 'heading') this.street = bare;
    return this.mode;
  }
}
