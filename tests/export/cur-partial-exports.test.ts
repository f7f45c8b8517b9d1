/**
 * The 排行 table as the export menu writes it (XLSX, PPTX table slide) when a current value is
 * partial: 西姜井村's −32 carries 本期不完整 and the note explaining it, as on the page.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { TableSpec } from '../../src/charts/chart-spec';
import { importFiles } from '../../src/data/pipeline/import-files';
import { buildDeck } from '../../src/export/pptx-export';
import { tableToXlsx } from '../../src/export/xlsx-export';
import { DEFAULT_VIEW_QUERY } from '../../src/ui/url-state';
import { leagueViewModel } from '../../src/ui/views/league/league-view-model';
import { modelOf } from '../analysis/model-of';
import { curPartialCsv } from '../analysis/prev-partial-fixture';
import { readDeck } from './pptx-read';

const ds = importFiles([{ name: '2024年上半年.csv', bytes: new TextEncoder().encode(curPartialCsv) }]).dataset!;
const table = leagueViewModel(modelOf(ds), { ...DEFAULT_VIEW_QUERY, metric: 'reemployed', period: '2024-Q2' }, 'zh')!.table;
const NOTE = '“本期不完整”表示2024年第二季度缺少部分月份的数据，变化只计已报送的月份，因此偏小（所示下降可能主要是缺少的月份）。';

async function xlsxOf(spec: TableSpec): Promise<{ rows: string[]; about: string }> {
  const zip = await JSZip.loadAsync(await tableToXlsx(spec, '2024-07-05'));
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const rows = [...sheet.matchAll(/<row [^>]*>([\s\S]*?)<\/row>/g)].map((r) => [...r[1]!.matchAll(/<(?:t|v)[^>]*>([^<]*)<\/(?:t|v)>/g)].map((c) => c[1]).join('|'));
  return { rows, about: await zip.file('xl/worksheets/sheet2.xml')!.async('string') };
}

describe('the 排行 export of a partial current value', () => {
  it('XLSX: 西姜井村 keeps −32 with 本期不完整, 金龙里社区 carries 两期均不完整, and the about sheet explains it', async () => {
    const { rows, about } = await xlsxOf(table);
    const mine = rows.find((r) => r.includes('西姜井村'))!;
    expect(mine).toContain('|-32|本期不完整|');
    expect(rows.find((r) => r.includes('金龙里社区'))).toContain('两期均不完整');
    expect(rows.find((r) => r.includes('中山路社区'))).not.toContain('不完整|');
    expect(about).toContain(NOTE);
  });
  it('PPTX: the slide table marks the change and the slide says what the mark means', async () => {
    const slides = await readDeck(await buildDeck([{ kind: 'table', spec: table }], { title: 't', date: 'd', source: 's' }));
    const slide = slides[slides.length - 1]!;
    const row = slide.tables.flat().find((r) => r.includes('西姜井村'))!;
    expect(row).toContain('−32');
    expect(row).toContain('本期不完整');
    expect(slide.texts.join('')).toContain(NOTE);
  });
});
