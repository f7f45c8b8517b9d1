import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CANONICAL_METRICS } from '../../src/data/vocabulary/metric-catalog';
import { csvField, withThousandsSeparator } from '../../scripts/sample/csv-text';
import { generateLongRows } from '../../scripts/sample/long-rows';
import { generateSample, generateSampleFiles, LONG_FILE, WIDE_FILE } from '../../scripts/sample/sample-files';
import { monthKeys, springFestivalShare } from '../../scripts/sample/seasonality';
import { loadUnits } from '../../scripts/sample/units';

const root = new URL('../../', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, root));
const unitsCsv = read('data/tianjin-units.csv').toString('utf8');

/** A plain RFC 4180 line splitter, written independently of the generator's writer. */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { fields.push(field); field = ''; } else field += ch;
  }
  fields.push(field);
  return fields;
}

const emitted = CANONICAL_METRICS.filter((m) => m.kind !== 'ratio');
const MONTHS = monthKeys('2023-01', '2024-12');

/** value[code][metric zh][month] from the committed long file. */
function readLong() {
  const text = read(LONG_FILE).toString('utf8');
  const lines = text.slice(1).split('\r\n');
  const header = splitCsvLine(lines[0]!);
  const values = new Map<string, Map<string, Map<string, number>>>();
  const streetOf = new Map<string, string>();
  const nameOf = new Map<string, string>();
  const unitOfLabel = new Map<string, string>();
  const rows: string[][] = [];
  for (const line of lines.slice(1, -1)) {
    const f = splitCsvLine(line);
    rows.push(f);
    const [code, , street, name, period, label, value, unit] = f as [string, string, string, string, string, string, string, string];
    streetOf.set(code, street);
    nameOf.set(code, name);
    unitOfLabel.set(label, unit);
    const byMetric = values.get(code) ?? new Map<string, Map<string, number>>();
    values.set(code, byMetric);
    const byMonth = byMetric.get(label) ?? new Map<string, number>();
    byMetric.set(label, byMonth);
    byMonth.set(period, Number(value));
  }
  return { text, lines, header, rows, values, streetOf, nameOf, unitOfLabel };
}

const long = readLong();
const v = (code: string, label: string, month: string) => long.values.get(code)?.get(label)?.get(month) ?? NaN;
const codes = [...long.values.keys()];
const codeByName = (name: string) => codes.find((c) => long.nameOf.get(c) === name)!;
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };
const cv = (xs: number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length) / mean;
};

describe('the committed sample is what the generator makes', () => {
  const sample = generateSample();
  it('reproduces both data files byte for byte', () => {
    const files = sample.files;
    expect(files.map((f) => f.name)).toEqual([LONG_FILE, WIDE_FILE]);
    for (const f of files) expect(Buffer.from(f.bytes).equals(read(f.name)), f.name).toBe(true);
  });
  it('gives identical bytes on a second run', () => {
    const [a, b] = [sample.files, generateSampleFiles()];
    a.forEach((f, i) => expect(Buffer.from(f.bytes).equals(Buffer.from(b[i]!.bytes))).toBe(true));
  });
  it('keeps the measured plants in data/README.md up to date', () => {
    expect(read('data/README.md').toString('utf8')).toContain(sample.factsMarkdown);
  });
  it('ships an exact copy of the division list, so nothing reads ../shared at run time', () => {
    expect(unitsCsv.split('\n')[0]).toBe('code,official_name,short_name,kind,street_code,street,district_code,district');
    expect(loadUnits(unitsCsv)).toHaveLength(5617);
  });
});

describe('long file shape', () => {
  it('is UTF-8 with BOM and CRLF everywhere, ending in CRLF', () => {
    expect([...read(LONG_FILE).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(long.text.endsWith('\r\n')).toBe(true);
    expect(long.text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });
  it('has the agreed header and 154 × 24 × 24 rows less the one omitted', () => {
    expect(long.header).toEqual(['区划代码', '区', '街道', '社区', '期间', '指标', '数值', '单位']);
    expect(long.rows).toHaveLength(154 * 24 * 24 - 1);
    expect(long.rows.every((r) => r.length === 8 && /^\d+$/.test(r[6]!) && r[1] === '津南区')).toBe(true);
  });
  it('covers 154 communities in 14 streets/towns, 24 months', () => {
    expect(codes).toHaveLength(154);
    // 津南区 has 15 streets/towns, but 津南国家农业园区 has only a village, so communities sit in 14.
    expect(new Set(long.streetOf.values()).size).toBe(14);
    expect([...new Set(long.rows.map((r) => r[4]))]).toEqual(MONTHS);
    expect(codes.every((c) => /^120112\d{6}$/.test(c))).toBe(true);
  });
  it('emits every non-derived catalogue metric with its unit, and no ratio', () => {
    expect([...long.unitOfLabel.keys()].sort()).toEqual(emitted.map((m) => m.zh).sort());
    for (const m of emitted) expect(long.unitOfLabel.get(m.zh), m.id).toBe(m.unit);
  });
  it('leaves out exactly the documented row (红星里社区, 2023-08, 志愿服务时长)', () => {
    const code = codeByName('红星里社区');
    expect(v(code, '志愿服务时长', '2023-08')).toBeNaN();
    expect(v(code, '志愿服务时长', '2023-09')).toBeGreaterThan(0);
    expect(v(code, '志愿服务活动', '2023-08')).toBeGreaterThanOrEqual(0);
  });
});

describe('plausible magnitudes', () => {
  const at = (label: string, month = '2024-06') => codes.map((c) => v(c, label, month));
  it('looks like the seed reports at the median', () => {
    const residents = at('常住人口');
    expect(median(residents)).toBeGreaterThan(3500);
    expect(median(residents)).toBeLessThan(5500);
    expect(Math.min(...residents)).toBeGreaterThanOrEqual(1500);
    expect(Math.max(...residents)).toBeLessThanOrEqual(12000);
    const perHousehold = codes.map((c) => v(c, '常住人口', '2024-06') / v(c, '户数', '2024-06'));
    expect(median(perHousehold)).toBeGreaterThan(2.4);
    expect(median(perHousehold)).toBeLessThan(2.9);
    const unemployedShare = codes.map((c) => v(c, '下岗失业人员', '2024-06') / v(c, '常住人口', '2024-06'));
    expect(median(unemployedShare)).toBeGreaterThan(0.02);
    expect(median(unemployedShare)).toBeLessThan(0.03);
    const volunteersPerK = codes.map((c) => 1000 * v(c, '注册志愿者', '2024-06') / v(c, '常住人口', '2024-06'));
    expect(median(volunteersPerK)).toBeGreaterThan(20);
    expect(median(volunteersPerK)).toBeLessThan(60);
    expect(median(at('再就业人数'))).toBeLessThanOrEqual(10);
    expect(median(at('慰问救助金额'))).toBeGreaterThan(1000);
  });
  it('keeps sub-counts within their totals', () => {
    for (const c of codes) for (const m of MONTHS) {
      expect(v(c, '"4050"人员安置', m)).toBeLessThanOrEqual(v(c, '再就业人数', m));
      expect(v(c, '低保户数', m)).toBeLessThanOrEqual(v(c, '困难户数', m));
    }
  });
  const districtTotal = (label: string, months: string[]) =>
    codes.reduce((a, c) => a + months.reduce((b, m) => b + v(c, label, m), 0), 0) / months.length;
  it('visits more around 春节 and 重阳/国庆, and holds fewer events in summer', () => {
    expect(districtTotal('慰问困难群众', ['2024-01', '2024-02'])).toBeGreaterThan(2 * districtTotal('慰问困难群众', ['2024-03', '2024-04']));
    expect(districtTotal('慰问困难群众', ['2023-09', '2023-10'])).toBeGreaterThan(1.5 * districtTotal('慰问困难群众', ['2023-11']));
    expect(districtTotal('讲座培训', ['2023-07', '2023-08'])).toBeLessThan(0.8 * districtTotal('讲座培训', MONTHS.slice(0, 12)));
    expect(districtTotal('文体活动', ['2023-07', '2023-08'])).toBeLessThan(0.8 * districtTotal('文体活动', MONTHS.slice(0, 12)));
  });
  it('grows slowly over the two years', () => {
    const g = districtTotal('常住人口', ['2024-12']) / districtTotal('常住人口', ['2023-01']);
    expect(g).toBeGreaterThan(1.01);
    expect(g).toBeLessThan(1.1);
  });
});

describe('planted imbalances, measured from the committed long file', () => {
  it('北闸口镇 reemploys per resident at under 0.7 × the other streets', () => {
    const rate = (inLag: boolean) => {
      const cs = codes.filter((c) => (long.streetOf.get(c) === '北闸口镇') === inLag);
      const re = cs.reduce((a, c) => a + MONTHS.reduce((b, m) => b + v(c, '再就业人数', m), 0), 0);
      const pop = cs.reduce((a, c) => a + MONTHS.reduce((b, m) => b + v(c, '常住人口', m), 0), 0);
      return re / pop;
    };
    expect(rate(true)).toBeLessThan(0.7 * rate(false));
  });
  it.each(['万盈家园社区', '紫淼新苑社区', '格林第二社区', '首创暖山社区'])('%s has under 0.4 × the median volunteers per 1,000 residents', (name) => {
    const perK = (c: string) => v(c, '注册志愿者', '2024-12') / v(c, '常住人口', '2024-12');
    expect(perK(codeByName(name))).toBeLessThan(0.4 * median(codes.map(perK)));
  });
  it('the spread of 文体活动 across communities rises every month of 2024', () => {
    const series = ['2023-12', ...MONTHS.slice(12)].map((m) => cv(codes.map((c) => v(c, '文体活动', m))));
    series.slice(1).forEach((x, i) => expect(x, `month ${i + 1}`).toBeGreaterThan(series[i]!));
  });
});

describe('wide GBK file (2024 H1)', () => {
  const bytes = read(WIDE_FILE);
  const text = iconv.decode(bytes, 'gbk');
  const lines = text.split('\r\n');
  const header = splitCsvLine(lines[1]!);
  const body = lines.slice(2, -1).map(splitCsvLine);
  const parseCell = (s: string) => Number(s.replace(/,/g, '').replace(/余$/, ''));

  it('is GBK, not UTF-8, with CRLF and no BOM', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect([...bytes.subarray(0, 2)]).not.toEqual([0xef, 0xbb]);
    expect(text.endsWith('\r\n')).toBe(true);
  });
  it('has the title row padded to the sheet width, then the header', () => {
    expect(lines[0]).toBe('2024年上半年津南区社区工作统计表' + ','.repeat(25));
    expect(header).toEqual(['街道', '社区', ...emitted.map((m) => `${m.zh}(${m.unit})`)]);
  });
  it('has one row per community and a 合计 row that adds the cells as written', () => {
    expect(body).toHaveLength(155);
    const total = body[154]!;
    expect(total.slice(0, 2)).toEqual(['合计', '']);
    for (let j = 2; j < header.length; j++) {
      expect(Number(total[j]), header[j]).toBe(body.slice(0, 154).reduce((a, r) => a + parseCell(r[j]!), 0));
    }
  });
  it('writes a few cells as people do: 1,568 and 3500余', () => {
    const cells = body.flat();
    expect(cells.filter((c) => /^\d{1,3}(,\d{3})+$/.test(c))).toHaveLength(2);
    expect(cells.filter((c) => /^\d+余$/.test(c))).toHaveLength(2);
    expect(text).toContain('"4,239"');
  });
  it('agrees with the long file: flows summed over Jan–Jun, stocks at June, 余 a lower bound', () => {
    const h1 = MONTHS.slice(12, 18);
    for (const row of body.slice(0, 154)) {
      const code = codes.find((c) => long.nameOf.get(c) === row[1] && long.streetOf.get(c) === row[0])!;
      emitted.forEach((m, k) => {
        const expected = m.kind === 'stock' ? v(code, m.zh, '2024-06') : h1.reduce((a, mo) => a + v(code, m.zh, mo), 0);
        const cell = row[k + 2]!;
        if (cell.endsWith('余')) {
          expect(expected).toBeGreaterThan(parseCell(cell));
          expect(expected).toBeLessThan(parseCell(cell) + 100);
        } else expect(parseCell(cell), `${row[1]} ${m.zh}`).toBe(expected);
      });
    }
  });
});

describe('generator pieces', () => {
  it('streams a metric subset with the same numbers as the full run', () => {
    const units = loadUnits(unitsCsv, { district: '津南区', kind: '社区' }).slice(0, 2);
    const months = ['2023-01', '2023-02'];
    const full = [...generateLongRows({ units, months, metricIds: emitted.map((m) => m.id), seed: 7 })];
    const part = [...generateLongRows({ units, months, metricIds: ['volunteers', 'residents'], seed: 7 })];
    expect(part).toHaveLength(1 + 2 * 2 * 2);
    expect(part.slice(1).every((l) => full.includes(l))).toBe(true);
    const other = [...generateLongRows({ units, months, metricIds: ['residents'], seed: 8 })];
    expect(other[1]).not.toBe(part.find((l) => l.includes('常住人口')));
  });
  it('filters units by district code or name and by kind', () => {
    expect(loadUnits(unitsCsv, { district: '120112' })).toHaveLength(306);
    expect(loadUnits(unitsCsv, { district: '津南区', kind: '社区' })).toHaveLength(154);
    expect(() => loadUnits('a,b\n1,2')).toThrow(/header/);
  });
  it.each([
    [2023, 1, 1], [2023, 2, 0], [2024, 1, 12 / 21], [2024, 2, 9 / 21], [2024, 3, 0], [2024, 12, 0], [2022, 1, 1], [2022, 2, 0],
  ])('puts the pre-春节 visits of %i-%i at share %d', (y, m, share) => {
    expect(springFestivalShare(y, m)).toBeCloseTo(share, 10);
  });
  it.each([['1568', '1,568'], ['999', '999'], ['1000000', '1,000,000']])('formats %s as %s', (n, s) => {
    expect(withThousandsSeparator(Number(n))).toBe(s);
  });
  it.each([['a,b', '"a,b"'], ['"4050"人员安置', '"""4050""人员安置"'], ['祥福里社区', '祥福里社区']])('quotes %s as %s', (a, b) => {
    expect(csvField(a)).toBe(b);
  });
  it('lists months across a year boundary', () => {
    expect(monthKeys('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
  });
});
