/**
 * The 街道排名 export says 新 where the page says 新: 甲街道 is ranked in the second quarter but
 * not in the first (its first quarter sums 金龙里社区's partial value, so it is not ranked against
 * 乙街道's complete one). The page reads 新; the exported table read — (an empty rank change).
 * 乙街道, ranked alone in the first quarter, has no rank change (—) on both.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/data/pipeline/import-files';
import { buildDeck } from '../../src/export/pptx-export';
import { tableToCsv } from '../../src/export/csv-export';
import { tableToXlsx } from '../../src/export/xlsx-export';
import { DEFAULT_VIEW_QUERY } from '../../src/ui/url-state';
import { streetLeagueViewModel } from '../../src/ui/views/league/street-league-view-model';
import { modelOf } from '../analysis/model-of';
import { prevPartialCsv } from '../analysis/prev-partial-fixture';
import { readDeck } from './pptx-read';

const ds = importFiles([{ name: '2024年上半年.csv', bytes: new TextEncoder().encode(prevPartialCsv) }]).dataset!;
const query = { ...DEFAULT_VIEW_QUERY, metric: 'reemployed', period: '2024-Q2' };
const tableOf = (lang: 'zh' | 'en', q = query) => streetLeagueViewModel(modelOf(ds), q, lang)!.table;
const rankChangeOf = (lang: 'zh' | 'en', name: string) => {
  const t = tableOf(lang);
  const k = t.columns.findIndex((c) => c.key === 'rankChange');
  return t.rows.find((r) => r[1] === name)![k];
};

describe('the 街道排名 export of a street ranked now but not then', () => {
  it('the table says 新 (en new) for 甲街道, and nothing for 乙街道 (first of one is no rank to move from)', () => {
    expect(rankChangeOf('zh', '甲街道')).toBe('新');
    expect(rankChangeOf('en', '甲街道')).toBe('new');
    expect(rankChangeOf('zh', '乙街道')).toBeNull();
  });
  it('says — (no 新) when there is nothing to compare', () => {
    const t = tableOf('zh', { ...query, period: '2024-Q1' });
    const k = t.columns.findIndex((c) => c.key === 'rankChange');
    expect(t.rows.map((r) => r[k])).toEqual([null, null]);
  });
  it('XLSX and CSV write 新 in 甲街道\'s row', async () => {
    const zip = await JSZip.loadAsync(await tableToXlsx(tableOf('zh'), '2024-07-05'));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const row = [...sheet.matchAll(/<row [^>]*>([\s\S]*?)<\/row>/g)].map((r) => r[1]!).find((r) => r.includes('甲街道'))!;
    expect(row).toContain('>新<');
    const csv = tableToCsv(tableOf('zh'));
    expect(csv.split(/\r?\n/).find((l) => l.includes('甲街道'))).toMatch(/,新,/);
  });
  it('PPTX: the slide table reads 新 for 甲街道 and — for 乙街道', async () => {
    const slides = await readDeck(await buildDeck([{ kind: 'table', spec: tableOf('zh') }], { title: 't', date: 'd', source: 's' }));
    const rows = slides[slides.length - 1]!.tables.flat();
    expect(rows.find((r) => r.includes('甲街道'))).toContain('新');
    expect(rows.find((r) => r.includes('乙街道'))![5]).toBe('—');
  });
});
