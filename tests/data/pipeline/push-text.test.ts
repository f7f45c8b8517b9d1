/**
 * ImportSession.pushText: text a StreamDecoder decoded elsewhere (the browser decodes a big file in
 * a worker of its own) gives the same import as the bytes given to push(). Fed the way the import
 * worker feeds it: decoded pieces first (null where the decoder threw), then, when the session asks
 * for another way of reading the file, its bytes from the start. Every fixture (CSV, workbooks,
 * the bad-input catalogue) and generated files, in big and in 7-byte pieces.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StreamDecoder } from '../../../src/data/decode/stream-decode';
import { createImportSession, feedFile, importFiles, type ImportResult, type ImportSession } from '../../../src/data/pipeline/import-files';
import { gbk, utf8 } from './import-helpers';
import { longLines, plain } from './long-variants';

const OPTS = { id: 'push-text', createdAt: '2025-01-01T00:00:00.000Z' } as const;

/** The worker's way: decoded pieces of `chunk` bytes, then the bytes again if the session asks. */
function importDecodedElsewhere(name: string, bytes: Uint8Array, chunk: number): { result: ImportResult; reread: boolean } {
  const s: ImportSession = createImportSession(OPTS);
  s.beginFile(name, bytes.length);
  const decoder = new StreamDecoder();
  let ok = true;
  for (let at = 0; ok && at < bytes.length; at += chunk) {
    const piece = bytes.subarray(at, Math.min(bytes.length, at + chunk));
    let text: string | null;
    try {
      text = decoder.decode(piece);
    } catch {
      text = null;
    }
    ok = s.pushText(text, piece.length, decoder.encoding);
  }
  if (ok && bytes.length > 0) {
    let tail: string | null;
    try {
      tail = decoder.end();
    } catch {
      tail = null;
    }
    ok = s.pushText(tail, 0, decoder.encoding);
  }
  if (ok && s.endFile()) return { result: s.finish(), reread: false };
  // Read again another way, as feedFile does after its own first pass.
  let pass = 0;
  for (;;) {
    let again = true;
    for (let at = 0; again && at < bytes.length; at += chunk) again = s.push(bytes.subarray(at, Math.min(bytes.length, at + chunk)));
    if (again && s.endFile()) break;
    if (++pass > 3) throw new Error('read too often');
  }
  return { result: s.finish(), reread: true };
}

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

describe('text decoded elsewhere imports as the bytes do', () => {
  const files = [...fixtures(), ...generated()];

  it('covers fixtures of every kind', () => {
    expect(files.length).toBeGreaterThan(60);
  });

  for (const chunk of [4 * 1024 * 1024, 7]) {
    it(`every file, in pieces of ${chunk} bytes`, () => {
      let rereads = 0;
      for (const f of files) {
        const want = importFiles([f], OPTS, chunk);
        const got = importDecodedElsewhere(f.name, f.bytes, chunk);
        if (got.reread) rereads++;
        expect(plain(got.result), f.name).toEqual(plain(want));
      }
      // Some files must take the way back to the bytes (workbooks, odd quotes, UTF-16, mixed lines).
      expect(rereads).toBeGreaterThan(5);
    });
  }

  it('reads a streamed file once, without going back to its bytes', () => {
    const bytes = gbk(`${longLines(50, 12).join('\r\n')}\r\n`);
    const got = importDecodedElsewhere('x.csv', bytes, 4096);
    expect(got.reread).toBe(false);
    expect(got.result.report.status).toBe('ok');
    expect(plain(got.result)).toEqual(plain(importFiles([{ name: 'x.csv', bytes }], OPTS, 4096)));
    // feedFile (bytes) and pushText agree on the GB18030 guess too.
    const s = createImportSession(OPTS);
    feedFile(s, 'x.csv', bytes.length, false, (a, b) => bytes.subarray(a, b), 4096);
    expect(s.finish().report.issues.map((i) => i.code)).toEqual(got.result.report.issues.map((i) => i.code));
  });
});
