/**
 * What a tired clerk's file does to the report: a note pasted into a cell (hundreds of KB of
 * text), and a sheet saved with a thousand empty columns after the table. The report still names
 * every place, but quotes at most a short excerpt of a cell, and says once which columns were
 * empty, not once per column. Such a file streams in one pass: its rows are held (and the file
 * read again) only when a nameless column turns out to have data below the rows the header was
 * found on.
 */
import { describe, expect, it } from 'vitest';
import { importFiles, type ImportResult } from '../../../src/data/pipeline/import-files';
import { importText, observations, utf8 } from './import-helpers';

const HEADER = '社区,期间,常住人口,户数';
const ROWS = ['东湖社区,2024-03,3500,1200', '西山社区,2024-03,4100,1500', '北辰社区,2024-03,2800,900'];
const NOTE = '备注'.repeat(50_000);

describe('a very long cell is quoted as an excerpt', () => {
  it('an extra field holding a long note: the error names the line, quotes 40 characters and says how long the text is', () => {
    const r = importText([HEADER, ROWS[0], `${ROWS[1]},"${NOTE}"`, ROWS[2]].join('\n') + '\n', '2024年3月.csv');
    const e = r.report.issues.find((i) => i.code === 'too-many-fields')!;
    expect(e).toMatchObject({ severity: 'error', line: 3, column: 5 });
    expect(e.message.length).toBeLessThan(200);
    expect(e.message).toContain(`“${'备注'.repeat(20)}…”（共100000字）`);
    expect(e.message).toContain('请检查该行是否有未加引号的逗号');
    expect(e.messageEn.length).toBeLessThan(200);
    expect(e.messageEn).toContain('(100000 characters)');
  });

  it('a long note in a number column: the value is not taken, the warning quotes an excerpt', () => {
    const r = importText([HEADER, ROWS[0], `西山社区,2024-03,"${NOTE}",1500`, ROWS[2]].join('\n') + '\n', '2024年3月.csv');
    const about = r.report.issues.filter((i) => i.line === 3 && i.column === 3);
    expect(about.length).toBeGreaterThan(0);
    for (const i of about) {
      expect(i.message.length).toBeLessThan(300);
      expect(i.messageEn.length).toBeLessThan(300);
    }
    const all = r.report.issues.map((i) => i.message.length + i.messageEn.length);
    expect(Math.max(...all)).toBeLessThan(600);
  });

  it('a quoted text of exactly 40 characters is shown whole', () => {
    const name = '东'.repeat(40);
    const r = importText([HEADER, ROWS[0], `${ROWS[1]},${name}`, ROWS[2]].join('\n') + '\n', '2024年3月.csv');
    const e = r.report.issues.find((i) => i.code === 'too-many-fields')!;
    expect(e.message).toContain(`（多出的内容：“${name}”）`);
    expect(e.messageEn).toContain(`("${name}")`);
  });
});

describe('empty columns after the table', () => {
  it('a thousand trailing delimiters: one note naming the range of columns, the data imported', () => {
    const pad = ','.repeat(1000);
    const r = importText([HEADER, ...ROWS].map((l) => l + pad).join('\r\n') + '\r\n', '2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(r.report.observations).toBe(6);
    const notes = r.report.issues.filter((i) => i.code === 'trailing-delimiter');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'info', line: 1, column: 5 });
    expect(notes[0]!.message).toBe('第5-1004列（共1000列）无列名也无数据（行末多余的分隔符），已忽略');
    // The table has 4 columns: no warning that it has over 500.
    expect(r.report.issues.filter((i) => i.code === 'file-large')).toEqual([]);
  });

  it('a table of 600 named columns is still over the 500-column warning', () => {
    const names = Array.from({ length: 599 }, (_, k) => `指标${k + 1}`);
    const r = importText([`社区,${names.join(',')}`, `东湖社区,${names.map(() => '1').join(',')}`].join('\n') + '\n', '2024年3月.csv');
    expect(r.report.issues.find((i) => i.code === 'file-large')?.message).toContain('表格有600列');
  });

  it('one trailing delimiter keeps its one-column note', () => {
    const r = importText([HEADER, ...ROWS].map((l) => `${l},`).join('\n') + '\n', '2024年3月.csv');
    const notes = r.report.issues.filter((i) => i.code === 'trailing-delimiter');
    expect(notes.map((i) => [i.column, i.message])).toEqual([[5, '第5列无列名也无数据（行末多余的分隔符），已忽略']]);
  });

  it('an unnamed column with data among the trailing ones is kept and named; the empty ones after it are one note', () => {
    const lines = [HEADER + ',,,,', ...ROWS.map((l, k) => `${l},,${k === 1 ? '注' : ''},,`)];
    const r = importText(lines.join('\n') + '\n', '2024年3月.csv');
    const codes = r.report.issues.filter((i) => i.code === 'trailing-delimiter' || i.code === 'empty-column-dropped' || i.code === 'header-empty')
      .map((i) => `${i.code}@${i.column}`);
    expect(codes).toEqual(['empty-column-dropped@5', 'header-empty@6', 'trailing-delimiter@7']);
    expect(r.report.issues.find((i) => i.code === 'trailing-delimiter')!.message).toBe('第7-8列（共2列）无列名也无数据（行末多余的分隔符），已忽略');
  });

  it('a run of empty, nameless columns before a used one (a stray cell far to the right) is one warning about that cell, not one note per column', () => {
    const gap = ','.repeat(3000);
    const lines = [HEADER + gap, ...ROWS.map((l, k) => `${l}${gap}${k === 0 ? '已核对' : ''}`)];
    const r = importText(lines.join('\n') + '\n', '2024年3月.csv');
    expect(r.report.issues.filter((i) => i.code === 'far-cells-dropped').map((i) => [i.line, i.column])).toEqual([[2, 3004]]);
    expect(r.report.issues.map((i) => i.code)).not.toContain('empty-column-dropped');
    expect(r.report.issues.map((i) => i.code)).not.toContain('header-empty');
    expect(r.report.observations).toBe(6);
  });

  it('a run of 255 empty, nameless columns before a used one is not a gap: one note for the run, the cell a column 列…', () => {
    const gap = ','.repeat(256);
    const lines = [HEADER + gap, ...ROWS.map((l, k) => `${l}${gap}${k === 0 ? '已核对' : ''}`)];
    const r = importText(lines.join('\n') + '\n', '2024年3月.csv');
    expect(r.report.issues.filter((i) => i.code === 'empty-column-dropped').map((i) => [i.column, i.message])).toEqual([[5, '第5-259列（共255列）无列名也无数据，已忽略']]);
    expect(r.report.issues.find((i) => i.code === 'header-empty')).toMatchObject({ column: 260 });
  });
});

describe('nameless columns in a long file: streamed, and read again only when one has data further down', () => {
  const UNITS = 1200;
  /** A wide file of UNITS rows with an unnamed 4th column, holding `late` at row `at` (0-based) when given. */
  const wide = (late?: { at: number; text: string }, pad = ','): string =>
    ['社区,期间,常住人口' + pad, ...Array.from({ length: UNITS }, (_, k) => `东${k}社区,2024-03,${100 + k},${late && k === late.at ? late.text : ''}${pad.slice(1)}`)].join('\n') + '\n';
  const run = (text: string, opts: { pieces?: number; readMode?: 'papaparse' } = {}): { r: ImportResult; rereads: string[] } => {
    const rereads: string[] = [];
    const bytes = utf8(text);
    const r = importFiles([{ name: 'wide.csv', bytes }], { onReread: (m) => rereads.push(m), ...(opts.readMode ? { readMode: opts.readMode } : {}) });
    return { r, rereads };
  };

  it('trailing delimiters on every line of a 1,200-row file: one pass, no row held, one note', () => {
    const { r, rereads } = run(wide(undefined, ',,,'));
    expect(rereads).toEqual([]);
    expect(r.report.status).toBe('ok');
    expect(r.report.observations).toBe(UNITS);
    expect(r.report.issues.filter((i) => i.code === 'trailing-delimiter').map((i) => i.column)).toEqual([4]);
  });

  it('data in the nameless column at row 900: the file is read again with its rows held, and the column is kept, named 列D', () => {
    const { r, rereads } = run(wide({ at: 899, text: '55' }));
    expect(rereads).toEqual(['wide.csv: stream, rows held']);
    expect(r.report.issues.filter((i) => i.code === 'trailing-delimiter' || i.code === 'empty-column-dropped')).toEqual([]);
    expect(r.report.issues.find((i) => i.code === 'header-empty')).toMatchObject({ line: 1, column: 4 });
    const d = observations(r.dataset).filter((o) => o.metric === 'custom:列D' && o.value !== null);
    expect(d.map((o) => [o.unit, o.value, o.line])).toEqual([['东899社区', 55, 901]]);
  });

  it('the same file read by papaparse (the oracle) gives the same result, read again the same way', () => {
    const text = wide({ at: 899, text: '55' });
    const a = run(text);
    const b = run(text, { readMode: 'papaparse' });
    expect(b.rereads).toEqual(['wide.csv: papaparse, rows held']);
    expect(observations(b.r.dataset)).toEqual(observations(a.r.dataset));
    expect(b.r.report.issues.map((i) => i.code)).toEqual(a.r.report.issues.map((i) => i.code));
  });

  it('a blank (spaces only) in the nameless column is no data: one pass', () => {
    const { r, rereads } = run(wide({ at: 899, text: '  ' }));
    expect(rereads).toEqual([]);
    expect(r.report.issues.filter((i) => i.code === 'trailing-delimiter').map((i) => i.column)).toEqual([4]);
  });
});

describe('a cell typed far to the right of the table, saved as CSV', () => {
  // Excel saves every row out to the last column used: one 已核对 typed in XFD3 (Ctrl+→) pads each
  // row of the CSV to 16,384 cells. A workbook's sheet leaves such a cell out (sheet-extent.ts);
  // the CSV saved from it must give the same table, not a column 列XFD of blanks.
  const WIDTH = 16_384;
  const padded = (cells: string[], far: Record<number, string> = {}): string => {
    const row = Array.from({ length: WIDTH }, (_, c) => (c < cells.length ? cells[c]! : far[c] ?? ''));
    return row.join(',');
  };
  const units = (n: number): string[][] => Array.from({ length: n }, (_, i) => [`社区${i + 1}`, '2024-03', String(i % 97), String(i % 13)]);
  const csv = (rows: string[][], far: Record<number, Record<number, string>>): string =>
    [padded(['社区', '期间', '再就业人数', '慰问困难群众']), ...rows.map((r, i) => padded(r, far[i + 2] ?? {}))].join('\r\n') + '\r\n';

  it('is left out with one warning naming its line, column and text; no column 列XFD, no 500-column warning', () => {
    const r = importText(csv(units(30), { 3: { 16383: '已核对' } }), '2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(r.report.observations).toBe(60);
    expect(r.dataset!.metrics.map((m) => m.id)).toEqual(['reemployed', 'people_visited']);
    const far = r.report.issues.filter((i) => i.code === 'far-cells-dropped');
    expect(far.map((i) => [i.severity, i.line, i.column, i.message])).toEqual([['warning', 3, 16384,
      '第3行第16384列“已核对”在表格右侧、隔着16379个空列，不属于表格，未导入；如是数据，请把它移到表格内后重新导入']]);
    expect(r.report.issues.map((i) => i.code)).not.toContain('file-large');
    expect(r.report.issues.map((i) => i.code)).not.toContain('header-empty');
    expect(r.report.issues.map((i) => i.code)).not.toContain('not-a-number');
  });

  it('far cells below the rows the header is found on are named too, several in one warning', () => {
    const r = importText(csv(units(520), { 3: { 16383: '已核对' }, 510: { 16000: '王', 16383: '已核对' } }), '2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(r.report.observations).toBe(1040);
    const far = r.report.issues.filter((i) => i.code === 'far-cells-dropped');
    expect(far).toHaveLength(1);
    expect(far[0]!.message).toBe('第3行第16384列“已核对”、第510行第16001列“王”、第510行第16384列“已核对”在表格右侧、隔着16379个空列，不属于表格，未导入；如是数据，请把它移到表格内后重新导入');
  });

  it('a far cell only below the first 500 rows is found when the file is read again whole', () => {
    const r = importText(csv(units(520), { 510: { 16383: '已核对' } }), '2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(r.report.observations).toBe(1040);
    expect(r.dataset!.metrics).toHaveLength(2);
    expect(r.report.issues.filter((i) => i.code === 'far-cells-dropped').map((i) => i.line)).toEqual([510]);
  });

  it('data a later row puts near the table is a column of it: only the cells past the gap are left out', () => {
    const r = importText(csv(units(520), { 3: { 16383: '已核对' }, 510: { 6: '88' } }), '2024年3月.csv');
    expect(r.report.issues.filter((i) => i.code === 'far-cells-dropped').map((i) => [i.line, i.column])).toEqual([[3, 16384]]);
    // Column G (7) has no name: named 列G and kept, as a column with data always is.
    expect(r.report.issues.find((i) => i.code === 'header-empty')).toMatchObject({ column: 7 });
    expect(observations(r.dataset).filter((o) => o.line === 510).map((o) => o.value)).toContain(88);
  });

  it('a gap of fewer than 256 empty columns is not a gap: the cell is a column of the table', () => {
    const r = importText(csv(units(30), { 3: { 200: '12' } }), '2024年3月.csv');
    expect(r.report.issues.map((i) => i.code)).not.toContain('far-cells-dropped');
    expect(r.report.issues.find((i) => i.code === 'header-empty')).toMatchObject({ column: 201 });
  });
});
