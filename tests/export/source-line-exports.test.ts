/**
 * An exported slide's or sheet's source line (数据来源) names the files its figures come from, not
 * every file of the dataset: the July report is not a source of the June 对比 slide.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/dataset/dataset';
import { importFiles } from '../../src/data/pipeline/import-files';
import { buildProfileDeck } from '../../src/export/profile-deck';
import { buildDeck } from '../../src/export/pptx-export';
import { tableToXlsx } from '../../src/export/xlsx-export';
import { formatPeriodLabel } from '../../src/data/vocabulary/format-period-label';
import { compareViewModel } from '../../src/ui/views/compare/compare-view-model';
import { imbalanceViewModel } from '../../src/ui/views/imbalance/imbalance-view-model';
import { leagueViewModel } from '../../src/ui/views/league/league-view-model';
import { trendViewModel } from '../../src/ui/views/trend/trend-view-model';
import { DEFAULT_VIEW_QUERY } from '../../src/ui/url-state';
import { modelOf } from '../analysis/model-of';
import { readDeck } from './pptx-read';

const utf8 = (s: string) => new TextEncoder().encode(s);
const HEAD = '街道,社区,期间,再就业人数,下岗失业人员\n';
const ds: Dataset = importFiles([
  { name: '咸水沽镇6月就业.csv', bytes: utf8(`${HEAD}咸水沽镇,金龙里社区,2024-06,12,30\n咸水沽镇,中山路社区,2024-06,8,20\n`) },
  { name: '东姜井村6月.csv', bytes: utf8(`${HEAD}小站镇,东姜井村,2024-06,5,9\n`) },
  { name: '7月月报.csv', bytes: utf8(`${HEAD}咸水沽镇,金龙里社区,2024-07,13,31\n咸水沽镇,中山路社区,2024-07,9,21\n小站镇,东姜井村,2024-07,6,9\n`) },
]).dataset!;
const JUNE = '数据来源：咸水沽镇6月就业.csv、东姜井村6月.csv';
const query = { ...DEFAULT_VIEW_QUERY, metric: 'reemployed', period: '2024-06' };

async function slideTexts(bytes: Uint8Array): Promise<string[]> {
  return (await readDeck(bytes)).flatMap((s) => s.texts);
}

async function aboutSheet(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet2.xml')!.async('string');
}

describe('the source line of exported slides and sheets', () => {
  it('a June 对比 slide names the June files, not the July report', async () => {
    const vm = compareViewModel(modelOf(ds), query, 'zh')!;
    const texts = await slideTexts(await buildDeck([{ kind: 'chart', spec: vm.bars! }], { title: 't', date: '2024-07-05', source: 's' }));
    const footer = texts.find((t) => t.startsWith('数据来源：咸水沽镇'));
    expect(footer).toBe(`${JUNE}　｜　导出日期：2024-07-05`);
  });

  it('a June 对比 slide against July names the July report as well', async () => {
    const vm = compareViewModel(modelOf(ds), { ...query, compare: '2024-07' }, 'zh')!;
    const texts = await slideTexts(await buildDeck([{ kind: 'chart', spec: vm.bars! }], { title: 't', date: 'd', source: 's' }));
    expect(texts).toContain('数据来源：咸水沽镇6月就业.csv、东姜井村6月.csv、7月月报.csv　｜　导出日期：d');
  });

  it('a street’s small multiples name that street’s file only', () => {
    const vm = compareViewModel(modelOf(ds), { ...query, parent: '小站镇' }, 'zh', true)!;
    expect(vm.smallMultiples!.combined.source).toBe('东姜井村6月.csv');
  });

  it('the June 排行 XLSX names the June files; the July one with its June rank changes names all three', async () => {
    const june = leagueViewModel(modelOf(ds), query, 'zh')!;
    expect(await aboutSheet(await tableToXlsx(june.table, '2024-07-05'))).toContain('咸水沽镇6月就业.csv、东姜井村6月.csv<');
    const july = leagueViewModel(modelOf(ds), { ...query, period: '2024-07', compare: '2024-06' }, 'zh')!;
    expect(july.table.source).toBe('咸水沽镇6月就业.csv、东姜井村6月.csv、7月月报.csv');
    const julyAlone = leagueViewModel(modelOf(ds), { ...query, period: '2024-07', compare: '2024-05' }, 'zh')!;
    expect(julyAlone.table.source).toBe('7月月报.csv');
  });

  it('the June heatmap and spread table name the June files (the union of their metrics’ files)', () => {
    const vm = imbalanceViewModel(modelOf(ds), query, 0.25, 'zh')!;
    expect(vm.spreadTable.source).toBe('咸水沽镇6月就业.csv、东姜井村6月.csv');
    expect(vm.heatTable!.source).toBe('咸水沽镇6月就业.csv、东姜井村6月.csv');
  });

  it('a unit profile slide of one unit names the one file its rows come from', async () => {
    const u = ds.units.findIndex((x) => x.name === '东姜井村');
    const spec = { periodLabel: (k: string) => formatPeriodLabel(k, 'zh'), source: '全部文件', lang: 'zh' as const };
    const bytes = await buildProfileDeck(modelOf(ds), [u], { period: '2024-06', per: 'none', spec, title: '单位画像' });
    const slides = await readDeck(bytes);
    expect(slides[1]!.texts.some((t) => t.startsWith('数据来源：东姜井村6月.csv　｜'))).toBe(true);
  });

  it('a profile deck’s cover names the files of its slides, not every file', async () => {
    const u = ds.units.findIndex((x) => x.name === '东姜井村');
    const spec = { periodLabel: (k: string) => formatPeriodLabel(k, 'zh'), source: '全部文件', lang: 'zh' as const };
    const slides = await readDeck(await buildProfileDeck(modelOf(ds), [u], { period: '2024-06', per: 'none', spec, title: '单位画像' }));
    expect(slides[0]!.texts.filter((t) => t.startsWith('数据来源：'))).toEqual([expect.stringMatching(/^数据来源：东姜井村6月\.csv(　|$)/)]);
  });

  it('a trend of a street names the file of a same-named unit of another street it draws', () => {
    const two = importFiles([
      { name: '甲街道.csv', bytes: utf8(`${HEAD}甲街道,东湖社区,2024-06,12,30\n甲街道,西湖社区,2024-06,8,20\n`) },
      { name: '乙街道.csv', bytes: utf8(`${HEAD}乙街道,东湖社区,2024-06,5,9\n`) },
    ]).dataset!;
    const vm = trendViewModel(modelOf(two), { ...query, parent: '甲街道', units: ['东湖社区'] }, 'zh')!;
    expect(vm.result.series).toHaveLength(2);
    expect(vm.spec.source).toBe('甲街道.csv、乙街道.csv');
  });
});
