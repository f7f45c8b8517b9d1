/**
 * The byte-level tokenizer reads a file the same in any pieces: every fixture (CSV, workbooks, the
 * bad-input catalogue) and generated files (GB18030 with CRLF and quoted numbers, a BOM, odd
 * quotes, a UTF-8 line in a GBK file, UTF-16, an empty file, a character cut at the end) import
 * the same in 7-byte pieces (cut inside characters, delimiters and line ends) as in one piece,
 * including the files read again another way (whole, or by papaparse).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { gbk, utf8 } from './import-helpers';
import { longLines, plain } from './long-variants';

const OPTS = { id: 'pieces', createdAt: '2025-01-01T00:00:00.000Z' } as const;

function fixtures(): { name: string; bytes: Uint8Array }[] {
  const out: { name: string; bytes: Uint8Array }[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(csv|xlsx|xls)$/.test(e.name)) out.push({ name: e.name, bytes: new Uint8Array(readFileSync(p)) });
    }
  };
  walk('tests/fixtures');
  return out;
}

const generated = (): { name: string; bytes: Uint8Array }[] => {
  const long = longLines(30, 6);
  const messy = ['2024年各社区统计表', long[0]!, ...long.slice(1).map((l, i) => (i % 7 === 0 ? l.replace(/,(\d{4,})$/, (_, v: string) => `,"${Number(v).toLocaleString('en-US')}"`) : l))];
  return [
    { name: 'long-utf8.csv', bytes: utf8(`${long.join('\n')}\n`) },
    { name: 'long-gbk-crlf.csv', bytes: gbk(`${messy.join('\r\n')}\r\n`) },
    { name: 'bom-utf8.csv', bytes: utf8(`\uFEFF${long.slice(0, 40).join('\r\n')}`) },
    { name: 'odd-quote.csv', bytes: utf8(`${long[0]}\n${long[1]}\n${long[2]!.replace(/,([^,]*)$/, ',"$1"x')}\n${long[3]}\n`) },
    { name: 'gbk-then-utf8-line.csv', bytes: new Uint8Array([...gbk(`${long.slice(0, 20).join('\n')}\n`), ...utf8(`${long[20]}\n`)]) },
    { name: 'utf16.csv', bytes: new Uint8Array([0xff, 0xfe, ...Array.from(`${long.slice(0, 5).join('\n')}\n`).flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8])]) },
    { name: 'empty.csv', bytes: new Uint8Array(0) },
    { name: 'cut-character.csv', bytes: utf8(`${long.slice(0, 10).join('\n')}\n`).subarray(0, 200) },
  ];
};

describe('a file imports the same in any pieces', () => {
  const files = [...fixtures(), ...generated()];

  it('covers fixtures of every kind', () => {
    expect(files.length).toBeGreaterThan(60);
  });

  it('every file, in pieces of 7 bytes and in one piece', () => {
    let rereads = 0;
    for (const f of files) {
      const whole = importFiles([f], OPTS);
      const again: string[] = [];
      const pieces = importFiles([f], { ...OPTS, onReread: (r) => again.push(String(r)) }, 7);
      if (again.length > 0) rereads++;
      expect(plain(pieces), f.name).toEqual(plain(whole));
    }
    // Some files must be read again another way (workbooks, odd quotes, UTF-16, mixed lines).
    expect(rereads).toBeGreaterThan(5);
  });
});

describe('a chunk reaching past the point where the records make room is read in two', () => {
  // About 2.4–2.8 MB: one 4 MB chunk is cut at 1 MB (RESERVE_AFTER_BYTES in import-files.ts), inside a
  // record and, in GB18030, possibly inside a character; 64 KB pieces are never cut.
  const long = longLines(720, 12);
  it.each([
    ['UTF-8', utf8(`${long.join('\n')}\n`)],
    ['GB18030, CRLF', gbk(`${long.join('\r\n')}\r\n`)],
  ])('%s: the same as in 64 KB pieces', (_name, bytes) => {
    expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);
    const one = importFiles([{ name: 'long.csv', bytes }], OPTS, 4 * 1024 * 1024);
    const small = importFiles([{ name: 'long.csv', bytes }], OPTS, 64 * 1024);
    expect(one.report.observations).toBe(long.length - 1);
    expect(plain(one)).toEqual(plain(small));
  });
});

describe('bytes of another encoding past the decoded first characters', () => {
  // About 660 KB: the first 256K characters decide the encoding; the odd line comes after them,
  // where only the tokenizer's cells see it.
  const lines = ['社区,常住人口', ...Array.from({ length: 40_000 }, (_, k) => `${['东湖', '西山', '南湖', '北塘'][k % 4]}社区${k},${k}`)];
  const ODD = 39_000;
  const join = (...parts: Uint8Array[]): Uint8Array => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) { out.set(p, at); at += p.length; }
    return out;
  };
  const file = (main: (s: string) => Uint8Array, odd: Uint8Array): Uint8Array =>
    join(main(`${lines.slice(0, ODD).join('\n')}\n`), odd, main(`${lines.slice(ODD + 1).join('\n')}\n`));

  it.each([
    ['a UTF-8 line in a GBK file', file(gbk, utf8(`${lines[ODD]}\n`)), 'encoding-mixed-lines'],
    ['a GBK line in a UTF-8 file', file(utf8, gbk(`${lines[ODD]}\n`)), 'encoding-mixed-lines'],
    ['a byte neither decoder reads in a UTF-8 file', file(utf8, new Uint8Array([...utf8('东湖社区x,'), 0xff, 0x0a])), null],
    ['a U+FFFD in a UTF-8 file', file(utf8, utf8(`东湖社区\uFFFD,1\n`)), null],
  ])('%s: read again whole, as decodeBytes reads it', (_name, bytes, code) => {
    const streamed: string[] = [];
    const r = importFiles([{ name: '2023年3月.csv', bytes }], { ...OPTS, onReread: (why) => streamed.push(why) });
    const whole = importFiles([{ name: '2023年3月.csv', bytes }], { ...OPTS, readMode: 'whole' });
    expect(streamed.length).toBe(1);
    expect(plain(r)).toEqual(plain(whole));
    if (code !== null) expect(r.report.issues.map((i) => i.code)).toContain(code);
    expect(r.report.observations).toBeGreaterThanOrEqual(39_999);
  });

  it('a GBK file read in full by the tokenizer: nothing read again', () => {
    const bytes = gbk(`${lines.join('\r\n')}\r\n`);
    const again: string[] = [];
    const r = importFiles([{ name: '2023年3月.csv', bytes }], { ...OPTS, onReread: (why) => again.push(why) }, 4096);
    expect(again).toEqual([]);
    expect(r.report.observations).toBe(40_000);
  });
});
