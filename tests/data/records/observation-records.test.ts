/**
 * The records' growable columns: room made ahead (reserve), raw texts kept in order and found
 * again (rawOf), and a rollback that forgets both.
 */
import { describe, expect, it } from 'vitest';
import { ObservationRecords } from '../../../src/data/records/observation-records';

const fill = (recs: ObservationRecords, from: number, to: number): void => {
  for (let k = from; k < to; k++) {
    const row = recs.addRow(0, k + 2);
    // Every third value keeps its source text (`3余` says more than String(3)).
    recs.add(0, 0, 0, k, 0, row, 3, k % 3 === 0 ? `${k}余` : null);
  }
};

describe('ObservationRecords', () => {
  it('keeps every observation and row across a reservation and the doublings after it', () => {
    const recs = new ObservationRecords();
    fill(recs, 0, 5000);
    recs.reserve(6000.4, 5500.2);
    fill(recs, 5000, 20000);
    expect(recs.size).toBe(20000);
    expect(recs.rows).toBe(20000);
    expect([...recs.value.subarray(0, recs.size)].every((v, k) => v === k)).toBe(true);
    expect([...recs.rowLine.subarray(0, recs.rows)].every((l, k) => l === k + 2)).toBe(true);
  });

  it('finds a kept raw text by observation, and nothing for the others', () => {
    const recs = new ObservationRecords();
    fill(recs, 0, 100);
    expect(recs.rawOf(0)).toBe('0余');
    expect(recs.rawOf(99)).toBe('99余');
    expect(recs.rawOf(98)).toBeUndefined();
    expect(recs.rawOf(100)).toBeUndefined();
    expect(recs.rawIndex.every((i, k) => k === 0 || i > recs.rawIndex[k - 1]!)).toBe(true);
  });

  it('a rollback forgets the raw texts added since the checkpoint', () => {
    const recs = new ObservationRecords();
    fill(recs, 0, 10);
    const cp = recs.checkpoint();
    fill(recs, 10, 20);
    recs.rollback(cp);
    expect(recs.size).toBe(10);
    expect(recs.rawIndex).toEqual([0, 3, 6, 9]);
    expect(recs.rawOf(12)).toBeUndefined();
    fill(recs, 10, 13);
    expect(recs.rawOf(12)).toBe('12余');
  });
});
