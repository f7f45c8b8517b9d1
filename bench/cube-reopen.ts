/**
 * Reopening a saved dataset at city scale: (a) read the cube stored with it (schema v2, store
 * `cubes`) against (b) rebuild it (packCube + rollUpCube) from the dataset read back. Runs on
 * fake-indexeddb in Node (its structured clone is Node's), so the read figures are Node's, not a
 * browser's; the rebuild is the same code wherever it runs (on the page it would be one long task).
 *
 *   node --expose-gc --import tsx bench/cube-reopen.ts [city|city24]
 *
 * Reads bench/out/long-<size>.csv as it is (never generates it).
 */
import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { loadTargets } from './load-targets';
import { gc, median } from './measure';
import { OUT_DIR } from './make-data';

const size = process.argv[2] ?? 'city';
const path = `${OUT_DIR}long-${size}.csv`;
if (!existsSync(path)) throw new Error(`${path} is missing: run the bench once to generate it`);
const { mod, how } = await loadTargets(console.log);
const limits = { ...mod.FILE_LIMITS, maxBytes: Number.MAX_SAFE_INTEGER, maxLines: Number.MAX_SAFE_INTEGER };
const { dataset, report } = mod.importFiles([{ name: `long-${size}.csv`, bytes: new Uint8Array(readFileSync(path)) }], { id: 'bench', createdAt: '2025-01-01T00:00:00.000Z', limits });
if (!dataset) throw new Error('did not import');
const obs = dataset.obs.value.length;
const cube = mod.packCube(dataset);
const rollUps = mod.rollUpCube(dataset, cube);
const cubeBytes = cube.columns.values.byteLength + cube.columns.qualifiers.byteLength + cube.unitAt.byteLength + cube.streets.ids.byteLength;
const rollBytes = rollUps.values.byteLength + rollUps.qualifiers.byteLength + rollUps.partial.byteLength;
const target = { name: `cube-reopen-${Date.now()}` };
const saved = await mod.commitImport({ dataset, report, rawFiles: [], cube: { cube, rollUps } }, target);
if (!saved.ok) throw new Error(`save failed: ${saved.reason}`);

const runs = 5;
const datasetOnly: number[] = [];
const withCube: number[] = [];
const rebuild: number[] = [];
const pack: number[] = [];
for (let i = 0; i < runs; i++) {
  await mod.closeStore(target.name);
  gc();
  let t0 = performance.now();
  const ds = await mod.loadDataset('bench', target);
  datasetOnly.push(performance.now() - t0);
  await mod.closeStore(target.name);
  gc();
  t0 = performance.now();
  const loaded = await mod.loadDatasetWithCube('bench', target);
  withCube.push(performance.now() - t0);
  if (!loaded?.cube || !loaded.rollUps) throw new Error('cube not read back');
  gc();
  t0 = performance.now();
  const c = mod.packCube(ds!);
  pack.push(performance.now() - t0);
  mod.rollUpCube(ds!, c);
  rebuild.push(performance.now() - t0);
}
const f = (x: number): string => `${x.toFixed(0)} ms`;
console.log(`targets: ${how}; ${size}: ${obs.toLocaleString('en')} observations, ${dataset.units.length} units`);
console.log(`stored cube: ${(cubeBytes / 2 ** 20).toFixed(1)} MB columns + ${(rollBytes / 2 ** 20).toFixed(1)} MB roll-ups = ${((cubeBytes + rollBytes) / obs).toFixed(1)} B/observation`);
console.log(`(a) read dataset + stored cube: ${f(median(withCube))} (dataset alone ${f(median(datasetOnly))}, so the cube adds ${f(median(withCube) - median(datasetOnly))}); medians of ${runs}`);
console.log(`(b) read dataset, then rebuild: ${f(median(datasetOnly))} + packCube ${f(median(pack))} + rollUpCube ${f(median(rebuild) - median(pack))} = ${f(median(datasetOnly) + median(rebuild))}`);
await mod.closeStore(target.name);
