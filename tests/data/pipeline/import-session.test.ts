// @vitest-environment node
/**
 * Chunk boundaries of the streaming import (papaparse's own streaming breaks
 * a multi-byte character split across chunks and a CRLF split across chunks): every chunk size
 * from 1 to 13 bytes must give the same result as one chunk. Also the size limits and the
 * worker transfer contract (only ArrayBuffers and numbers cross).
 */
import { describe, expect, it } from 'vitest';
import { createImportSession, importFiles } from '../../../src/data/pipeline/import-files';
import { packDataset, unpackDataset } from '../../../src/data/dataset/pack-dataset';
import { CONFIRMED_LIMITS } from '../../../src/data/decode/file-limits';
import { checkImportSize, estimateRows } from '../../../src/data/decode/stream-limits';

const OPTS = { id: 's', createdAt: '2025-01-01T00:00:00.000Z' } as const;
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const CSV = [
  '区划代码,区,街道,社区,期间,指标,数值,单位',
  '120101001001,和平区,劝业场街道,花园路社区,2024-01,常住人口,2527,人',
  '120101001001,和平区,劝业场街道,花园路社区,2024-01,户数,948,户',
  '120101001002,和平区,劝业场街道,滨西社区,2024-01,常住人口,3101,人',
  '120101001002,和平区,劝业场街道,滨西社区,2024-01,户数,1203,户',
].join('\r\n') + '\r\n';

describe('streaming chunk boundaries', () => {
  const whole = importFiles([{ name: 'a.csv', bytes: utf8(CSV) }], OPTS, 1 << 20);
  it('imports the file', () => {
    expect(whole?.report.status).toBe('ok');
    expect(whole?.report.observations).toBe(4);
    expect(whole?.dataset?.units.map((u) => u.name)).toEqual(['花园路社区', '滨西社区']);
  });
  it.each(Array.from({ length: 13 }, (_, i) => i + 1))('chunks of %i bytes give the same result', (size) => {
    expect(importFiles([{ name: 'a.csv', bytes: utf8(CSV) }], OPTS, size)).toEqual(whole);
  });
  it('a chunk boundary inside 花 (3 UTF-8 bytes) and between CR and LF', () => {
    const bytes = utf8(CSV);
    const cr = bytes.indexOf(13);
    const hua = bytes.indexOf(0xe8, 60); // a lead byte in line 2
    const s = createImportSession(OPTS);
    s.beginFile('a.csv', bytes.length);
    for (const [a, b] of [[0, cr + 1], [cr + 1, hua + 1], [hua + 1, hua + 2], [hua + 2, bytes.length]] as const) {
      expect(s.push(bytes.subarray(a, b))).toBe(true);
    }
    expect(s.endFile()).toBe(true);
    expect(s.finish()).toEqual(whole);
  });
  it('agrees with papaparse as the tokenizer', () => {
    expect(importFiles([{ name: 'a.csv', bytes: utf8(CSV) }], { ...OPTS, readMode: 'papaparse' })).toEqual(whole);
  });
});

describe('streaming chunk boundaries inside quoted cells', () => {
  // `"""4050""人员安置"` as in the sample (escaped quotes), a quoted last cell, a quoted value.
  const quoted = CSV.replace(',户数,', ',"""4050""人员安置",').replace(',人\r\n', ',"人"\r\n').replace(',3101,', ',"3101",');
  const general = importFiles([{ name: 'q.csv', bytes: utf8(quoted) }], { ...OPTS, readMode: 'papaparse' });
  it('papaparse as the tokenizer reads the quoted cells', () => {
    expect(general.report.status).toBe('ok');
    expect(general.dataset?.metrics.map((m) => m.zh)).toContain('"4050"人员安置');
  });
  it.each(Array.from({ length: 13 }, (_, i) => i + 1))('chunks of %i bytes: taken, with the same result', (size) => {
    expect(importFiles([{ name: 'q.csv', bytes: utf8(quoted) }], OPTS, size)).toEqual(general);
  });
});

describe('size limits before work starts', () => {
  const head = utf8('a,b\n1,2\n3,4\n'); // 3 lines in 12 bytes
  // A city file's density: ~83 bytes per line (full names), so 335 MB ≈ 4.2 million rows.
  const cityHead = utf8('120112001001,津南区,双新街道,昆香苑社区,2024-03,再就业人数,12,人\n'.repeat(100));
  it.each([
    [{ name: 'big.csv', size: 301 * 1024 * 1024, head: cityHead }, 'file-too-big', true],
    [{ name: 'rows.csv', size: 12 * 4_000_000, head }, 'too-many-rows', true],
    [{ name: 'huge.csv', size: 2100 * 1024 * 1024, head }, 'file-too-big', false],
    [{ name: 'ok.csv', size: 12 * 1_000_000, head }, null, false],
  ] as const)('%o → %s (confirmable %s)', (file, code, confirmable) => {
    const check = checkImportSize([file]);
    expect(check?.issue.code ?? null).toBe(code);
    if (check) {
      expect(check.confirmable).toBe(confirmable);
      expect(check.issue.message).toContain('建议按年份或街道拆分后分批导入');
      expect(check.issue.message.includes('仍然导入')).toBe(confirmable);
    }
  });
  it('lets a confirmed big import through, up to the hard limits', () => {
    expect(checkImportSize([{ name: 'city.csv', size: 335 * 1024 * 1024, head: cityHead }], CONFIRMED_LIMITS)).toBeNull();
    expect(checkImportSize([{ name: 'huge.csv', size: 2100 * 1024 * 1024, head }], CONFIRMED_LIMITS)?.confirmable).toBe(false);
  });
  it('estimates rows from the line density of the head', () => {
    expect(estimateRows(1200, head)).toBe(300);
  });
});

describe('worker transfer', () => {
  it('only transferable ArrayBuffers and a numbers-only meta cross', () => {
    const ds = importFiles([{ name: 'a.csv', bytes: utf8(CSV) }], OPTS).dataset!;
    const { meta, transfer } = packDataset(ds);
    for (const b of transfer) expect(b).toBeInstanceOf(ArrayBuffer);
    for (const v of Object.values(meta)) expect(typeof v).toBe('number');
    // Column buffers are the dataset's own (no copies) and the buffers round-trip.
    expect(transfer).toContain(ds.obs.value.buffer);
    const back = unpackDataset(meta, transfer.map((b) => b.slice(0)));
    expect(back.units).toEqual(ds.units);
    expect(Array.from(back.obs.value)).toEqual(Array.from(ds.obs.value));
  });
  it('columns hold exactly the observations (no spare capacity)', () => {
    const ds = importFiles([{ name: 'a.csv', bytes: utf8(CSV) }], OPTS).dataset!;
    const o = ds.obs;
    for (const col of [o.unit, o.period, o.metric, o.value, o.qualifier, o.file, o.line]) {
      expect(col.buffer.byteLength).toBe(col.length * col.BYTES_PER_ELEMENT);
      expect(col.length).toBe(4);
    }
  });
});
