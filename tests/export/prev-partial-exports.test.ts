/**
 * The 街道排名 and 单位画像 tables as the export menu writes them (XLSX, and the PPTX table slide)
 * against a partial comparison value: 金龙里社区 (甲街道) sent only January and February of the
 * first quarter. The mark and its note travel with the table, as 排行's 比较期不完整 does.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { TableSpec } from '../../src/charts/chart-spec';
import { importFiles } from '../../src/data/pipeline/import-files';
import { buildDeck } from '../../src/export/pptx-export';
import { tableToXlsx } from '../../src/export/xlsx-export';
import { DEFAULT_VIEW_QUERY } from '../../src/ui/url-state';
import { streetLeagueViewModel } from '../../src/ui/views/league/street-league-view-model';
import { profileViewModel } from '../../src/ui/views/profile/profile-view-model';
import { modelOf } from '../analysis/model-of';
import { prevPartialCsv } from '../analysis/prev-partial-fixture';
import { readDeck } from './pptx-read';

const ds = importFiles([{ name: '2024年上半年.csv', bytes: new TextEncoder().encode(prevPartialCsv) }]).dataset!;
const query = { ...DEFAULT_VIEW_QUERY, metric: 'reemployed', period: '2024-Q2' };
const NOTE = '“比较期不完整”表示2024年第一季度缺少部分月份的数据，变化是与偏低的数相比，因此偏大。';

/** The data sheet's rows as text, and the about sheet's text. */
async function xlsxOf(spec: TableSpec): Promise<{ rows: string[]; about: string }> {
  const zip = await JSZip.loadAsync(await tableToXlsx(spec, '2024-07-05'));
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const rows = [...sheet.matchAll(/<row [^>]*>([\s\S]*?)<\/row>/g)].map((r) => [...r[1]!.matchAll(/<(?:t|v)[^>]*>([^<]*)<\/(?:t|v)>/g)].map((c) => c[1]).join('|'));
  return { rows, about: await zip.file('xl/worksheets/sheet2.xml')!.async('string') };
}

async function slideOf(spec: TableSpec) {
  const slides = await readDeck(await buildDeck([{ kind: 'table', spec }], { title: 't', date: 'd', source: 's' }));
  return slides[slides.length - 1]!;
}

describe('the 街道排名 export', () => {
  const table = streetLeagueViewModel(modelOf(ds), query, 'zh')!.table;
  it('XLSX: 甲街道 carries 比较期不完整, 乙街道 not, and the about sheet explains it', async () => {
    const { rows, about } = await xlsxOf(table);
    expect(rows.find((r) => r.includes('甲街道'))).toContain('比较期不完整');
    expect(rows.find((r) => r.includes('乙街道'))).not.toContain('比较期不完整');
    expect(about).toContain(NOTE);
  });
  it('PPTX: the slide table marks 甲街道 and the slide says what the mark means', async () => {
    const slide = await slideOf(table);
    const rows = slide.tables.flat();
    expect(rows.find((r) => r.includes('甲街道'))).toContain('比较期不完整');
    expect(rows.find((r) => r.includes('乙街道'))).not.toContain('比较期不完整');
    expect(slide.texts.join('')).toContain(NOTE);
  });
});

describe('the 单位画像 export', () => {
  const tableOf = (unit: string) => profileViewModel(modelOf(ds), { ...query, unit }, 'zh')!.table;
  it('XLSX: 金龙里社区\'s 再就业人数 carries 比较期不完整, 中山路社区\'s not', async () => {
    const mine = await xlsxOf(tableOf('金龙里社区'));
    expect(mine.rows.find((r) => r.startsWith('再就业人数'))).toContain('比较期不完整');
    expect(mine.about).toContain(NOTE);
    const other = await xlsxOf(tableOf('中山路社区'));
    expect(other.rows.join('')).not.toContain('比较期不完整');
  });
  it('PPTX: the slide table marks the 环比 and the slide says what the mark means', async () => {
    const slide = await slideOf(tableOf('金龙里社区'));
    expect(slide.tables.flat().find((r) => r[0] === '再就业人数')).toContain('比较期不完整');
    expect(slide.texts.join('')).toContain(NOTE);
  });
});
