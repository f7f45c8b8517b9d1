/**
 * Golden narrative on the sample district (data/sample-jinnan-long.csv, 154 communities). The
 * golden files are reviewed text: if the sample data is regenerated, read the new sentences and
 * update with `npx vitest run tests/analysis/narrative-golden.test.ts -u`.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultPeriod } from '../../src/analysis/available-periods';
import { imbalanceForMetric } from '../../src/analysis/imbalance';
import { buildNarrative } from '../../src/analysis/narrative';
import type { Dataset } from '../../src/data/dataset/dataset';
import { importFiles } from '../../src/data/pipeline/import-files';
import { modelOf } from './model-of';

let ds: Dataset;
let period: string;

beforeAll(() => {
  const bytes = new Uint8Array(readFileSync(new URL('../../data/sample-jinnan-long.csv', import.meta.url)));
  ds = importFiles([{ name: 'sample-jinnan-long.csv', bytes }]).dataset!;
  period = defaultPeriod(ds);
});

describe('narrative on the sample data', () => {
  it('matches the reviewed Chinese text', async () => {
    const text = buildNarrative(modelOf(ds), period, 'zh').sentences.map((s) => `${s.kind}\t${s.text}`).join('\n');
    await expect(`${period}\n${text}\n`).toMatchFileSnapshot('../golden/narrative-sample-zh.txt');
  });
  it('matches the reviewed English text', async () => {
    const text = buildNarrative(modelOf(ds), period, 'en').sentences.map((s) => `${s.kind}\t${s.text}`).join('\n');
    await expect(`${period}\n${text}\n`).toMatchFileSnapshot('../golden/narrative-sample-en.txt');
  });
  it('states numbers that agree with the statistics', () => {
    const [first, second] = buildNarrative(modelOf(ds), period, 'zh').sentences;
    const metric = first!.link!.metric;
    const m = imbalanceForMetric(modelOf(ds), metric, period);
    expect(first!.text).toContain(`变异系数${m.cv.toFixed(2)}`);
    expect(first!.text).toContain(m.highest!.name);
    expect(second!.kind).toBe('laggards');
    const lag = imbalanceForMetric(modelOf(ds), second!.link!.metric, period).laggards[0]!;
    expect(second!.text).toContain(`${lag.name}仅为中位数的${Math.round(lag.shareOfMedian * 100)}%`);
  });
});
