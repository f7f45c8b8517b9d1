/**
 * The 津南区 sample the app opens with: builds both committed data files in memory from
 * `data/tianjin-units.csv`, plus the measured plants for data/README.md. Node only (reads the
 * units file); the value model it uses is fs-free.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';
import { CRLF } from './csv-text';
import { factsMarkdown } from './facts-markdown';
import { generateLongRows } from './long-rows';
import { JINNAN_PLANTS } from './plants';
import { measurePlants, type PlantedFacts } from './planted-facts';
import { monthKeys } from './seasonality';
import { loadUnits, type UnitRow } from './units';
import { MODEL_METRIC_IDS, simulateUnit } from './value-model';
import { wideHalfYear, type QuirkCell, type QuirkNote } from './wide-table';

/** The fixed seed of the committed sample. Change it only together with the committed files. */
export const SAMPLE_SEED = 20240630;
export const SAMPLE_DISTRICT = '120112';
export const SAMPLE_MONTHS: readonly string[] = monthKeys('2023-01', '2024-12');
export const LONG_FILE = 'data/sample-jinnan-long.csv';
export const WIDE_FILE = 'data/sample-jinnan-2024H1-wide-gbk.csv';
export const UNITS_FILE = 'data/tianjin-units.csv';

/** Cells of the wide sheet typed the way people type them. */
export const WIDE_QUIRKS: readonly QuirkCell[] = [
  { code: '120112100001', metricId: 'residents', style: 'thousands' }, // 祥福里社区
  { code: '120112003001', metricId: 'event_participants', style: 'thousands' }, // 知香园社区
  { code: '120112100004', metricId: 'donations', style: 'approx_above' }, // 红旗楼社区
  { code: '120112102001', metricId: 'donations', style: 'approx_above' }, // 中山路社区
];

export interface SampleFile {
  /** Path from the project root, e.g. `data/sample-jinnan-long.csv`. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface Sample {
  readonly files: SampleFile[];
  readonly units: readonly UnitRow[];
  readonly facts: PlantedFacts;
  readonly quirkNotes: readonly QuirkNote[];
  readonly longRows: number;
  /** The Markdown block data/README.md carries between its planted markers. */
  readonly factsMarkdown: string;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Reads the project's copy of the division list (never ../shared). */
export function readProjectUnits(root = new URL('../../', import.meta.url)): string {
  return readFileSync(new URL(UNITS_FILE, root), 'utf8');
}

/** Builds the whole sample in memory. */
export function generateSample(unitsCsv: string = readProjectUnits()): Sample {
  const units = loadUnits(unitsCsv, { district: SAMPLE_DISTRICT, kind: '社区' });
  const options = { units, months: SAMPLE_MONTHS, metricIds: MODEL_METRIC_IDS, seed: SAMPLE_SEED, plants: JINNAN_PLANTS };

  const lines: string[] = [];
  for (const line of generateLongRows(options)) lines.push(line);
  const longText = lines.join(CRLF) + CRLF;
  const longBytes = new Uint8Array([...UTF8_BOM, ...new TextEncoder().encode(longText)]);

  const series = units.map((u) => simulateUnit(u, options));
  const wide = wideHalfYear({
    units, series, months: SAMPLE_MONTHS, year: 2024, half: 1, metricIds: MODEL_METRIC_IDS,
    district: units[0]?.district ?? '', quirks: WIDE_QUIRKS,
  });
  const wideText = wide.lines.join(CRLF) + CRLF;
  const wideBytes = new Uint8Array(iconv.encode(wideText, 'gbk'));
  if (iconv.decode(Buffer.from(wideBytes), 'gbk') !== wideText) throw new Error('a unit name does not survive GBK');

  const facts = measurePlants(units, series, SAMPLE_MONTHS, JINNAN_PLANTS);
  const longRows = lines.length - 1;
  return {
    files: [{ name: LONG_FILE, bytes: longBytes }, { name: WIDE_FILE, bytes: wideBytes }],
    units, facts, quirkNotes: wide.quirkNotes, longRows,
    factsMarkdown: factsMarkdown({
      seed: SAMPLE_SEED, units, months: SAMPLE_MONTHS, metricCount: MODEL_METRIC_IDS.length, longRows, facts,
      omitted: JINNAN_PLANTS.omittedRows ?? [], metricLabel: (id) => canonicalMetric(id)?.zh ?? id,
      quirkNotes: wide.quirkNotes,
    }),
  };
}

/** The committed data files, byte for byte, built in memory. */
export function generateSampleFiles(): SampleFile[] {
  return generateSample().files;
}
