/**
 * The dictionaries both record stores (the general path's ObservationRecords and the fast path's
 * FastRecords) code their rows against: unit mentions, metrics and periods, each registered once
 * in first-seen order. Sharing them keeps the two paths' codes identical by construction.
 */
import { unguardFormula } from '../dataset/formula-guard';
import type { MetricDef } from '../vocabulary/metric-catalog';
import type { UnitMention } from './observation-records';
import type { PeriodKey } from '../vocabulary/period';

export class RecordDictionaries {
  readonly mentions: UnitMention[] = [];
  private readonly mentionByKey = new Map<string, number>();
  readonly metrics: MetricDef[] = [];
  private readonly metricById = new Map<string, number>();
  readonly periods: PeriodKey[] = [];
  private readonly periodByKey = new Map<PeriodKey, number>();

  /** Index of a unit mention; two mentions are the same when code, names, file and street column agree. */
  mentionOf(written: UnitMention): number {
    // Names a formula guard wrote as `'=…` (our normalised CSV) are read back as written.
    const m = written.rawName.startsWith("'") || written.parent.startsWith("'") || written.district.startsWith("'")
      ? { ...written, rawName: unguardFormula(written.rawName), parent: unguardFormula(written.parent), district: unguardFormula(written.district) }
      : written;
    const key = `${m.code}\u0001${m.district}\u0001${m.parent}\u0001${m.rawName}\u0001${m.file}\u0001${m.hasParentColumn ? 1 : 0}`;
    let i = this.mentionByKey.get(key);
    if (i === undefined) {
      i = this.mentions.length;
      this.mentions.push(m);
      this.mentionByKey.set(key, i);
    }
    return i;
  }

  metricOf(def: MetricDef): number {
    let i = this.metricById.get(def.id);
    if (i === undefined) {
      i = this.metrics.length;
      this.metrics.push(def);
      this.metricById.set(def.id, i);
    }
    return i;
  }

  periodOf(key: PeriodKey): number {
    let i = this.periodByKey.get(key);
    if (i === undefined) {
      i = this.periods.length;
      this.periods.push(key);
      this.periodByKey.set(key, i);
    }
    return i;
  }
}
