import { describe, expect, it } from 'vitest';
import { QUALIFIER_CODE, type Qualifier } from '../../src/data/dataset/dataset';
import { combineQualifiers, differenceQualifier } from '../../src/analysis/combine-qualifiers';

const c = QUALIFIER_CODE;

describe('combineQualifiers (sums)', () => {
  it.each<[Qualifier, Qualifier, Qualifier]>([
    ['exact', 'exact', 'exact'], ['exact', 'gt', 'gt'], ['gte', 'exact', 'gte'], ['gt', 'gte', 'gt'],
    ['lt', 'approx_lt', 'approx_lt'], ['gt', 'lt', 'approx'], ['approx', 'gt', 'approx'], ['approx', 'approx', 'approx'],
  ])('%s + %s → %s', (a, b, want) => {
    expect(combineQualifiers(c[a], c[b])).toBe(c[want]);
    expect(combineQualifiers(c[b], c[a])).toBe(c[want]);
  });
});

describe('differenceQualifier (a − b, a ÷ b)', () => {
  it.each<[Qualifier, Qualifier, Qualifier]>([
    ['exact', 'exact', 'exact'], ['gt', 'exact', 'gt'], ['exact', 'gt', 'lt'], ['exact', 'lt', 'gt'],
    ['gt', 'gt', 'approx'], ['exact', 'approx_lt', 'approx'],
  ])('%s − %s → %s', (a, b, want) => {
    expect(differenceQualifier(c[a], c[b])).toBe(c[want]);
  });
});
