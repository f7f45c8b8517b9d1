/**
 * The unit cells of rows whose unit resolved cleanly (no filled cell, no formula-like or GBK-lost
 * name), so that a later row naming its unit with the same cells takes that unit's mention without
 * the name checks and the lookup (TableReader.row):
 * - the row just above: a long file repeats the unit on every row, and the tokenizer hands over
 *   the same strings;
 * - any clean row before, by its unit cell: a wide file lists every unit once per period, in the
 *   same order every period, so the unit after the last one found is checked first.
 * A city has units of one name in several streets: they are chained under that name.
 */

/** At most this many units are remembered (a file with more takes the lookup for the rest). */
const MAX_CLEAN_UNITS = 100_000;

/** A unit's raw cells that resolved cleanly to `mention`; `next`: another unit of the same name. */
interface CleanUnit {
  readonly unit: string;
  readonly code: string | undefined;
  readonly parent: string | undefined;
  readonly district: string | undefined;
  readonly mention: number;
  /** Its place in `order`. */
  readonly order: number;
  readonly next: CleanUnit | undefined;
}

export class CleanUnits {
  /** Whether the row above resolved cleanly, its cells and its mention. */
  private aboveClean = false;
  private aboveMention = -1;
  private rawCode: string | undefined;
  private rawDistrict: string | undefined;
  private rawParent: string | undefined;
  private rawUnit: string | undefined;
  private readonly byUnit = new Map<string, CleanUnit>();
  /** The same entries in the order they were first read, and the place of the last one found. */
  private readonly order: CleanUnit[] = [];
  private at = -1;

  /** The mention of the row above when this row names its unit with the very same cells, else −1. */
  above(code: string | undefined, district: string | undefined, parent: string | undefined, unit: string | undefined): number {
    return this.aboveClean && unit === this.rawUnit && code === this.rawCode && parent === this.rawParent && district === this.rawDistrict
      ? this.aboveMention : -1;
  }

  /** The mention of a clean row before with these cells, else −1. */
  before(code: string | undefined, district: string | undefined, parent: string | undefined, unit: string): number {
    // A string comparison with the unit after the last one found, no hashing of the fresh cell.
    const guess = this.order[this.at + 1];
    if (guess !== undefined && guess.unit === unit && guess.code === code && guess.parent === parent && guess.district === district) {
      this.at++;
      return guess.mention;
    }
    for (let seen = this.byUnit.get(unit); seen !== undefined; seen = seen.next) {
      if (seen.code === code && seen.parent === parent && seen.district === district) {
        this.at = seen.order;
        return seen.mention;
      }
    }
    return -1;
  }

  /** This row's unit was looked up: its cells, its mention and whether it resolved cleanly. */
  remember(code: string | undefined, district: string | undefined, parent: string | undefined, unit: string | undefined, mention: number, clean: boolean): void {
    this.aboveClean = clean;
    this.aboveMention = mention;
    this.rawCode = code; this.rawDistrict = district; this.rawParent = parent; this.rawUnit = unit;
    if (clean && unit !== undefined && this.order.length < MAX_CLEAN_UNITS) {
      const entry = { unit, code, parent, district, mention, order: this.order.length, next: this.byUnit.get(unit) };
      this.byUnit.set(unit, entry);
      this.order.push(entry);
      this.at = entry.order;
    }
  }

  /** Every row before is forgotten: their mentions changed (ObservationRecords.reparent). */
  forgetAll(): void {
    this.aboveClean = false;
    this.byUnit.clear();
    this.order.length = 0;
    this.at = -1;
  }

  /** This row's unit was not looked up (a total row, a rejected row): the next row cannot take the row above's. */
  forgetAbove(): void {
    this.aboveClean = false;
  }
}
