/**
 * 下载规范化CSV must re-import to the same observations: import a messy file, write the normalised
 * CSV, import that again, and compare every (unit, period, metric) → value and qualifier.
 */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { importFiles } from '../../src/data/pipeline/import-files';
import { toNormalizedCsv } from '../../src/data/dataset/normalized-csv';
import { QUALIFIERS, type Dataset } from '../../src/data/dataset/dataset';

/** Every observation as `unit|period|metric → value qualifier`, in a stable order. */
function observationTable(ds: Dataset): string[] {
  const out: string[] = [];
  for (let i = 0; i < ds.obs.value.length; i++) {
    const u = ds.units[ds.obs.unit[i]!]!;
    const m = ds.metrics[ds.obs.metric[i]!]!;
    const unit = `${u.code}/${u.district}/${u.parent}/${u.name}`;
    const v = ds.obs.value[i]!;
    out.push(`${unit}|${ds.periods[ds.obs.period[i]!]}|${m.id} → ${Number.isNaN(v) ? 'NaN' : v} ${QUALIFIERS[ds.obs.qualifier[i]!]}`);
  }
  return out.sort();
}

const LONG = [
  '街道,社区,期间,指标,数值',
  '咸水沽镇,祥福里社区,2024年3月,再就业人数,3500余',
  '咸水沽镇,祥福里社区,2024年3月,注册志愿者,"1,568"',
  '咸水沽镇,前进里社区,2024年3月,再就业人数,近900',
  '咸水沽镇,前进里社区,2024年第一季度,老年协会会员,25',
  '小站镇,前白庙村,2024年第一季度,注册志愿者,—',
  '小站镇,前白庙村,2024年3月,再就业人数,12',
  '',
].join('\r\n');

const WIDE = [
  '2024年上半年社区统计表',
  '街道,社区,再就业人数,志愿服务时长,慰问救助金额',
  '咸水沽镇,祥福里社区,120,"1,200.5",6万余元',
  '咸水沽镇,前进里社区,近90,无,5000',
  '',
].join('\r\n');

describe('normalised CSV round trip', () => {
  it.each([
    { name: 'long.csv', bytes: new TextEncoder().encode(LONG), observations: 6 },
    { name: '2024年上半年.csv', bytes: new Uint8Array(iconv.encode(WIDE, 'gb18030')), observations: 6 },
  ])('$name re-imports to the same $observations observations', ({ name, bytes, observations }) => {
    const first = importFiles([{ name, bytes }]);
    expect(first.report.status).toBe('ok');
    const ds = first.dataset!;
    expect(ds.obs.value.length).toBe(observations);

    const csv = toNormalizedCsv(ds);
    // As downloaded: UTF-8 with a BOM (download-normalized-csv adds it when missing).
    const downloaded = csv.startsWith('\uFEFF') ? csv : `\uFEFF${csv}`;
    const again = importFiles([{ name: 'normalised.csv', bytes: new TextEncoder().encode(downloaded) }]);
    expect(again.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(again.report.status).toBe('ok');
    expect(observationTable(again.dataset!)).toEqual(observationTable(ds));
    expect(again.dataset!.metrics.map((m) => m.id).sort()).toEqual(ds.metrics.map((m) => m.id).sort());
  });

  it('keeps the qualifiers of messy values (a check that the fixture really is messy)', () => {
    const ds = importFiles([{ name: 'long.csv', bytes: new TextEncoder().encode(LONG) }]).dataset!;
    const qualifiers = new Set(Array.from(ds.obs.qualifier, (q) => QUALIFIERS[q]));
    expect([...qualifiers].sort()).toEqual(['approx_lt', 'exact', 'gt', 'missing']);
  });
});
