/**
 * Builds a frozen columnar Dataset from observations added one at a time. Units, periods and
 * metrics are dictionary-coded as they arrive; periods are re-coded in chronological order at build.
 */
import { keepsRaw, QUALIFIER_CODE, type Dataset, type Qualifier, type SourceFile, type UnitInfo } from './dataset';
import type { MetricDef } from '../vocabulary/metric-catalog';
import { comparePeriods, parsePeriodKey, type PeriodKey } from '../vocabulary/period';

export interface ObservationInput {
  readonly unit: number;
  readonly period: PeriodKey;
  readonly metric: number;
  /** NaN when missing. */
  readonly value: number;
  readonly qualifier?: Qualifier;
  readonly file?: number;
  readonly line?: number;
  /** Source text when it differs from the plain number. */
  readonly raw?: string;
}

/** Unit identity key: the code when known, else district|parent|name. */
export function unitKey(u: Pick<UnitInfo, 'code' | 'district' | 'parent' | 'name'>): string {
  return u.code !== '' ? `#${u.code}` : `${u.district}|${u.parent}|${u.name}`;
}

/** What names a dataset: its id, the name shown, when it was made, whether it is the sample. */
export interface DatasetMeta { id: string; name: string; createdAt?: string; isSample?: boolean }

export class DatasetBuilder {
  private readonly units: UnitInfo[] = [];
  private readonly unitByKey = new Map<string, number>();
  private readonly metrics: MetricDef[] = [];
  private readonly metricById = new Map<string, number>();
  private readonly periodKeys: PeriodKey[] = [];
  private readonly periodByKey = new Map<PeriodKey, number>();
  private readonly files: SourceFile[] = [];
  private cap = 1024;
  private n = 0;
  private unitCol = new Uint32Array(this.cap);
  private periodCol = new Uint16Array(this.cap);
  private metricCol = new Uint16Array(this.cap);
  private valueCol = new Float64Array(this.cap);
  private qualCol = new Uint8Array(this.cap);
  private fileCol = new Uint16Array(this.cap);
  private lineCol = new Uint32Array(this.cap);
  private readonly rawIndex: number[] = [];
  private readonly rawText: string[] = [];

  /** Adds a unit (or returns the existing one with the same identity, merging aliases). */
  addUnit(u: Omit<UnitInfo, 'aliases'> & { aliases?: readonly string[] }): number {
    const key = unitKey(u);
    const found = this.unitByKey.get(key);
    if (found !== undefined) {
      const prev = this.units[found]!;
      const extra = (u.aliases ?? []).filter((a) => !prev.aliases.includes(a));
      if (extra.length > 0) this.units[found] = { ...prev, aliases: [...prev.aliases, ...extra] };
      return found;
    }
    const aliases = u.aliases && u.aliases.length > 0 ? [...u.aliases] : [u.name];
    if (!aliases.includes(u.name)) aliases.unshift(u.name);
    this.units.push({ code: u.code, name: u.name, parent: u.parent, district: u.district, aliases });
    this.unitByKey.set(key, this.units.length - 1);
    return this.units.length - 1;
  }

  /** Unit `i`, known so far without a code, takes `code` (a later file gave it); it keeps its index. */
  giveCode(i: number, code: string): void {
    const u = this.units[i]!;
    if (u.code !== '' || code === '' || this.unitByKey.has(`#${code}`)) return;
    this.unitByKey.delete(unitKey(u));
    this.units[i] = { ...u, code };
    this.unitByKey.set(unitKey(this.units[i]!), i);
  }

  /** Unit `i`, known so far without a street, takes street `parent` (a later file placed it); it keeps its index. */
  giveParent(i: number, parent: string): void {
    const u = this.units[i]!;
    const placed = { ...u, parent };
    if (u.parent !== '' || parent === '' || (u.code === '' && this.unitByKey.has(unitKey(placed)))) return;
    this.unitByKey.delete(unitKey(u));
    this.units[i] = placed;
    this.unitByKey.set(unitKey(placed), i);
  }

  /** The index of metric `def.id`; a custom metric first read without a unit takes the unit a later file names. */
  addMetric(def: MetricDef): number {
    const found = this.metricById.get(def.id);
    if (found !== undefined) {
      const had = this.metrics[found]!;
      if (had.family === 'custom' && had.unit === '' && def.unit !== '') this.metrics[found] = def;
      return found;
    }
    this.metrics.push(def);
    this.metricById.set(def.id, this.metrics.length - 1);
    return this.metrics.length - 1;
  }

  addFile(f: SourceFile): number {
    this.files.push(f);
    return this.files.length - 1;
  }

  add(o: ObservationInput): number {
    if (o.unit >= this.units.length) throw new Error(`unknown unit index ${o.unit}`);
    if (o.metric >= this.metrics.length) throw new Error(`unknown metric index ${o.metric}`);
    if (this.n === this.cap) this.grow();
    let p = this.periodByKey.get(o.period);
    if (p === undefined) {
      if (!parsePeriodKey(o.period)) throw new Error(`not a canonical period key: ${o.period}`);
      p = this.periodKeys.length;
      this.periodKeys.push(o.period);
      this.periodByKey.set(o.period, p);
    }
    const i = this.n++;
    this.unitCol[i] = o.unit;
    this.periodCol[i] = p;
    this.metricCol[i] = o.metric;
    this.valueCol[i] = o.value;
    this.qualCol[i] = QUALIFIER_CODE[o.qualifier ?? (Number.isNaN(o.value) ? 'missing' : 'exact')];
    this.fileCol[i] = o.file ?? 0;
    this.lineCol[i] = o.line ?? 0;
    if (o.raw !== undefined && keepsRaw(o.raw, o.value)) {
      this.rawIndex.push(i);
      this.rawText.push(o.raw);
    }
    return i;
  }

  get size(): number {
    return this.n;
  }

  build(meta: DatasetMeta): Dataset {
    // Re-code periods so that period index order is chronological.
    const order = this.periodKeys
      .map((key, i) => ({ key, i, p: parsePeriodKey(key)! }))
      .sort((a, b) => comparePeriods(a.p, b.p));
    const remap = new Uint16Array(this.periodKeys.length);
    order.forEach((o, rank) => { remap[o.i] = rank; });
    const period = this.periodCol.slice(0, this.n);
    for (let i = 0; i < period.length; i++) period[i] = remap[period[i]!]!;
    return Object.freeze({
      id: meta.id,
      name: meta.name,
      createdAt: meta.createdAt ?? new Date().toISOString(),
      units: Object.freeze([...this.units]),
      periods: Object.freeze(order.map((o) => o.key)),
      metrics: Object.freeze([...this.metrics]),
      files: Object.freeze([...this.files]),
      obs: Object.freeze({
        unit: this.unitCol.slice(0, this.n),
        period,
        metric: this.metricCol.slice(0, this.n),
        value: this.valueCol.slice(0, this.n),
        qualifier: this.qualCol.slice(0, this.n),
        file: this.fileCol.slice(0, this.n),
        line: this.lineCol.slice(0, this.n),
      }),
      rawIndex: Uint32Array.from(this.rawIndex),
      rawText: Object.freeze([...this.rawText]),
      isSample: meta.isSample ?? false,
    });
  }

  private grow(): void {
    this.cap *= 2;
    const g = <T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(a: T, C: new (n: number) => T): T => {
      const b = new C(this.cap);
      b.set(a);
      return b;
    };
    this.unitCol = g(this.unitCol, Uint32Array);
    this.periodCol = g(this.periodCol, Uint16Array);
    this.metricCol = g(this.metricCol, Uint16Array);
    this.valueCol = g(this.valueCol, Float64Array);
    this.qualCol = g(this.qualCol, Uint8Array);
    this.fileCol = g(this.fileCol, Uint16Array);
    this.lineCol = g(this.lineCol, Uint32Array);
  }
}
