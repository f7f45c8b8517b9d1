// @vitest-environment node
/**
 * A custom metric's English unit is the vocabulary's English name of its unit (measure-units.ts),
 * not the Chinese character: 走访户数（含电话） in 户 reads `households` in the English UI, as the
 * catalogue's 户数 does. A unit the vocabulary has no English for stays as written.
 */
import { describe, expect, it } from 'vitest';
import { valueUnit } from '../../../src/charts/spec-text';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { canonicalMetric, customMetric } from '../../../src/data/vocabulary/metric-catalog';
import { unitEnglish, VALUE_UNITS } from '../../../src/data/vocabulary/measure-units';

describe('the English of a custom metric\'s unit', () => {
  it.each([
    ['户', 'households'], ['人', 'people'], ['人次', 'person-times'], ['份', 'copies'], ['元', 'yuan'],
    ['场次', 'sessions'], ['小时', 'hours'], ['%', '%'], ['公里', 'km'],
  ])('customMetric in %s → unitEn %s', (unit, en) => {
    expect(customMetric('走访户数（含电话）', unit).unitEn).toBe(en);
  });
  it('agrees with the catalogue where both name the unit the same way', () => {
    for (const id of ['households', 'residents', 'aid_amount', 'volunteer_hours']) {
      const def = canonicalMetric(id)!;
      expect(unitEnglish(def.unit)).toBe(def.unitEn);
    }
  });
  it('every canonical unit a value cell may carry has an English name (no Chinese left in it)', () => {
    const missing = [...new Set(VALUE_UNITS.map(([, unit]) => unit))].filter((u) => /[\u4e00-\u9fff]/.test(unitEnglish(u)));
    expect(missing).toEqual([]);
  });
  it('a unit it does not know stays as written; no unit stays none', () => {
    expect(customMetric('人均慰问金', '元/人').unitEn).toBe('元/人');
    expect(customMetric('某项').unitEn).toBe('');
  });
  it('the English value header of an imported custom count says households', () => {
    const csv = ['街道,社区,期间,走访户数（含电话）（户）', '甲街道,中山路社区,2024年1月,12', '甲街道,金龙里社区,2024年1月,7'].join('\n');
    const ds = importFiles([{ name: 'x.csv', bytes: new TextEncoder().encode(csv) }]).dataset!;
    const def = ds.metrics.find((m) => m.id.startsWith('custom:'))!;
    expect(def.unit).toBe('户');
    expect(valueUnit(def, 'none', 'en')).toBe('households');
    expect(valueUnit(def, '1000', 'en')).toBe('households per 1,000 residents');
  });
});
