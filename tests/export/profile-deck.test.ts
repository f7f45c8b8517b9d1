/**
 * 互学互评 batch deck: one slide per community with a native percentile chart and the 取长补短
 * lines, built in slices with progress, and nothing made when cancelled.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildProfileDeck, profileDeckItems } from '../../src/export/profile-deck';
import { formatPeriodLabel } from '../../src/data/vocabulary/format-period-label';
import { smallDataset } from '../ui/small-dataset';
import { modelOf } from '../analysis/model-of';

const ds = smallDataset();
const spec = { periodLabel: (k: string) => formatPeriodLabel(k, 'zh'), source: '测试.csv', lang: 'zh' as const };
const opts = { period: '2024-Q2', per: 'none' as const, spec, title: '各社区单位画像（2024年第二季度）' };
const all = ds.units.map((_, i) => i);

describe('buildProfileDeck', () => {
  it('writes a title slide and one slide per community, each with its native percentile chart and its 取长补短', async () => {
    const progress: [number, number][] = [];
    const bytes = await buildProfileDeck(modelOf(ds), all, { ...opts, onProgress: (d, n) => progress.push([d, n]) });
    const zip = await JSZip.loadAsync(bytes);
    const slides = Object.keys(zip.files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p));
    expect(slides).toHaveLength(1 + 5);
    // 戊社区 has no ranked metric in 2024-Q2 (再就业人数 missing, 常住人口 neutral): its slide has no chart.
    expect(Object.keys(zip.files).filter((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(4);
    // Slide 5 is 丁社区 (units in dataset order): weak on 再就业人数, peer 丙社区 with both numbers.
    const xml = await zip.file('ppt/slides/slide5.xml')!.async('string');
    expect(xml).toContain('丁社区单位画像');
    expect(xml).toContain('取长补短：再就业人数可向丙社区学习（60人，本单位约30人）');
    const chart = await zip.file('ppt/charts/chart4.xml')!.async('string');
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain('<c:v>再就业人数</c:v>');
    expect(progress[progress.length - 1]).toEqual([5, 5]);
  });

  it('stops without a deck when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(profileDeckItems(modelOf(ds), all, { ...opts, signal: controller.signal })).rejects.toThrow(/abort/i);
  });

  it('stops when cancelled part way (between slices)', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = profileDeckItems(modelOf(ds), all, {
      ...opts, signal: controller.signal, sliceMs: 0,
      onProgress: (d) => { seen.push(d); if (d === 2) controller.abort(); },
    });
    await expect(run).rejects.toThrow(/abort/i);
    expect(seen).toEqual([1, 2]);
  });
});
