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

  it('a run of empty, nameless columns before a used one (a stray cell far to the right) is one note, not one per column', () => {
    const gap = ','.repeat(3000);
    const lines = [HEADER + gap, ...ROWS.map((l, k) => `${l}${gap}${k === 0 ? '已核对' : ''}`)];
    const r = importText(lines.join('\n') + '\n', '2024年3月.csv');
    const dropped = r.report.issues.filter((i) => i.code === 'empty-column-dropped');
    expect(dropped.map((i) => [i.column, i.message])).toEqual([[5, '第5-3003列（共2999列）无列名也无数据，已忽略']]);
    expect(r.report.issues.find((i) => i.code === 'header-empty')).toMatchObject({ column: 3004 });
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
