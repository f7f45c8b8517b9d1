/** plainNumber: the hot loop's reading of a cell, held to parseValue (the oracle) and to String(number). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainNumber } from '../../../src/data/records/plain-number';
import { parseValue } from '../../../src/data/cells/parse-value';

/**
 * What plainNumber promises for a cell it reads: parseValue's number, exact, and the cell is String(that
 * number). (parseValue's notes depend on the file, such as `9.009` where dots may group thousands: ValueCells.plain.)
 */
function agrees(s: string): void {
  const v = plainNumber(s);
  if (Number.isNaN(v)) return;
  const p = parseValue(s);
  expect(Object.is(p.value, v), s).toBe(true);
  expect(p.qualifier).toBe('exact');
  expect(String(v)).toBe(s);
}

describe('plainNumber', () => {
  it.each([
    ['0', 0], ['7', 7], ['2527', 2527], ['-3', -3], ['0.5', 0.5], ['-0.5', -0.5], ['10.25', 10.25], ['123456789012345', 123456789012345],
  ])('reads %s as %s', (s, v) => {
    expect(plainNumber(s)).toBe(v);
    agrees(s);
  });

  it.each([
    '', '-', '-0', '01', '-01', '00', '0.', '1.', '1.50', '-0.0', '.5', '-.5', '1e5', '0x1', ' 1', '1 ', '+1', '1,000', '1.2.3',
    '1234567890123456', '12%', '１２',
  ])('leaves %j to parseValue', (s) => {
    expect(plainNumber(s)).toBeNaN();
  });

  it('agrees with parseValue on short strings of digits, signs, points and exponents', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('0', '1', '5', '9', '.', '-', 'e', '+'), maxLength: 8 }), agrees), { numRuns: 3000, seed: 11 });
  });

  it('reads every number String() writes in at most 15 characters', () => {
    fc.assert(fc.property(fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ noNaN: true, noDefaultInfinity: true })), (x) => {
      const s = String(x);
      if (s.length > 15 || s.includes('e') || Object.is(x, -0)) return;
      expect(plainNumber(s)).toBe(x);
      agrees(s);
    }), { numRuns: 3000, seed: 5 });
  });
});
