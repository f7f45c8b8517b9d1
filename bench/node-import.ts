/**
 * Import speed in Node, in one process on the same bytes: our `importFiles` end to end against
 * TextDecoder alone (the floor), papaparse raw and typed, arquero's fromCSV and DuckDB's
 * read_csv (warm and cold). Also the memory the dataset holds after import, per observation.
 */
import { readFileSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import * as aq from 'arquero';
import Papa from 'papaparse';
import type { Dataset } from '../src/data/dataset/dataset';
import type { BenchFile } from './make-data';
import { gc, operation, timeInterleaved, type Operation, type TimeOptions, type Timing } from './measure';
import type { TargetModule } from './load-targets';

/** Names of the timed operations, in table order. */
export const IMPORT_OPS = ['ours', 'oursGeneral', 'textDecoder', 'papaRaw', 'papaTyped', 'arqueroFromCSV', 'duckdbWarm', 'duckdbCold'] as const;
export type ImportOp = (typeof IMPORT_OPS)[number];

/** Memory held after import, measured in the same process (see `memoryAfterImport`). */
export interface HeldMemory {
  /** heapUsed + arrayBuffers growth after GC, bytes, with only the Dataset kept. */
  readonly bytes: number;
  readonly heapBytes: number;
  readonly arrayBufferBytes: number;
  readonly bytesPerObservation: number;
}

export interface ImportSizeResult {
  readonly size: string;
  readonly file: { readonly name: string; readonly bytes: number; readonly rows: number; readonly sha256: string };
  readonly timings: Readonly<Record<string, Timing>>;
  /** What our import produced on the last run. */
  readonly ours: { readonly status: string; readonly observations: number; readonly units: number; readonly issues: readonly string[] } | null;
  readonly held: HeldMemory | null;
  /** Rows papaparse returned (header and trailing empty row included), to check both read the same file. */
  readonly papaRows: number | null;
  /** The app's file size limit was lifted for this measurement (the app itself would block the file). */
  readonly limitLifted?: boolean;
  /** ISO date of the run that measured this size, when kept from an earlier results.json. */
  readonly carriedFrom?: string;
}

function heldNow(): { heap: number; ab: number } {
  const m = process.memoryUsage();
  return { heap: m.heapUsed, ab: m.arrayBuffers };
}

/**
 * Runs every import measurement for one file. Returns the results and the Dataset of the last
 * run of ours (for the analysis bench), or null when our import failed.
 */
export async function benchImport(
  file: BenchFile, mod: TargetModule,
  opts: TimeOptions & { readonly duckdb?: boolean; readonly peers?: boolean; readonly general?: TimeOptions | false },
  log: (msg: string) => void,
): Promise<{ result: ImportSizeResult; dataset: Dataset | null }> {
  const bytes = new Uint8Array(readFileSync(file.path));
  let dataset: Dataset | null = null;
  let ours: ImportSizeResult['ours'] = null;
  let held: HeldMemory | null = null;
  let before = { heap: 0, ab: 0 };
  let papaRows: number | null = null;
  let blocked: string | null = null;
  // The app refuses files over its size limit (300 MB): lift it so the pipeline's speed at city
  // scale can still be measured; the result records that it was lifted.
  const limitLifted = file.bytes > mod.FILE_LIMITS.maxBytes;
  const importOpts = {
    id: 'bench', createdAt: '2025-01-01T00:00:00.000Z',
    ...(limitLifted ? { limits: { ...mod.FILE_LIMITS, maxBytes: Number.MAX_SAFE_INTEGER, maxLines: Number.MAX_SAFE_INTEGER } } : {}),
  };
  let generalTiming: Timing | undefined;

  const ops: Operation[] = [
    operation({
      name: 'ours',
      fn: () => mod.importFiles([{ name: file.name, bytes }], importOpts),
      before: () => {
        // Drop the previous run's dataset first so the baseline holds only the input bytes.
        dataset = null;
        gc();
        before = heldNow();
      },
      after: (r) => {
        ours = {
          status: r.report.status, observations: r.report.observations, units: r.dataset?.units.length ?? 0,
          issues: r.report.issues.map((i) => `${i.severity}:${i.code}`),
        };
        dataset = r.dataset;
        const err = r.report.issues.find((i) => i.severity === 'error');
        if (r.report.status !== 'ok' || !r.dataset) blocked = `blocked (${err?.code ?? r.report.status}): ${err?.messageEn ?? ''}`;
        gc();
        const now = heldNow();
        const heapBytes = now.heap - before.heap;
        const arrayBufferBytes = now.ab - before.ab;
        const obs = r.dataset?.obs.value.length ?? 0;
        held = { bytes: heapBytes + arrayBufferBytes, heapBytes, arrayBufferBytes, bytesPerObservation: obs > 0 ? (heapBytes + arrayBufferBytes) / obs : NaN };
      },
    }),
  ];
  if (opts.general !== false) {
    // The same pipeline with papaparse as the tokenizer (what a file with odd quotes costs)
    // (quoted fields, wide tables, GBK…). Timed on its own, with its own (smaller) budget.
    const general = await timeInterleaved([operation({
      name: 'oursGeneral',
      fn: () => mod.importFiles([{ name: file.name, bytes }], { ...importOpts, readMode: 'papaparse' }).report.observations,
    })], opts.general ?? opts);
    generalTiming = general.oursGeneral;
  }
  if (opts.peers !== false) {
    ops.push(
      operation({ name: 'textDecoder', fn: () => new TextDecoder().decode(bytes).length }),
      operation({
        name: 'papaRaw', fn: () => Papa.parse<string[]>(new TextDecoder().decode(bytes)),
        after: (r) => { papaRows = r.data.length; },
      }),
      operation({ name: 'papaTyped', fn: () => Papa.parse(new TextDecoder().decode(bytes), { header: true, dynamicTyping: true }).data.length }),
      operation({ name: 'arqueroFromCSV', fn: () => aq.fromCSV(new TextDecoder().decode(bytes)).numRows() }),
    );
  }
  let warm: { inst: DuckDBInstance; con: DuckDBConnection } | null = null;
  if (opts.duckdb !== false) {
    const path = file.path.replaceAll("'", "''");
    try {
      const inst = await DuckDBInstance.create(':memory:');
      warm = { inst, con: await inst.connect() };
    } catch (e) {
      log(`duckdb unavailable: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (warm) {
      const { con } = warm;
      let n = 0;
      ops.push(operation({
        name: 'duckdbWarm',
        fn: () => con.run(`CREATE TABLE t${n} AS SELECT * FROM read_csv('${path}')`),
        after: async () => { await con.run(`DROP TABLE t${n++}`); },
      }));
    }
    ops.push(operation({
      name: 'duckdbCold',
      fn: async () => {
        const inst = await DuckDBInstance.create(':memory:');
        const con = await inst.connect();
        await con.run(`CREATE TABLE t AS SELECT * FROM read_csv('${path}')`);
        return { inst, con };
      },
      after: ({ inst, con }) => { con.closeSync(); inst.closeSync(); },
    }));
  }

  const timings = await timeInterleaved(ops, opts);
  if (generalTiming) timings.oursGeneral = generalTiming;
  if (blocked && timings.ours) timings.ours = { ...timings.ours, error: blocked };
  if (warm) {
    warm.con.closeSync();
    warm.inst.closeSync();
  }
  return {
    result: {
      size: file.size,
      file: { name: file.name, bytes: file.bytes, rows: file.rows, sha256: file.sha256 },
      timings, ours, held: blocked ? null : held, papaRows, limitLifted,
    },
    dataset,
  };
}
