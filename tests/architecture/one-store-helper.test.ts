// @vitest-environment node
/**
 * State that is not in the URL lives in stores made by one helper (src/ui/shared/create-store.ts):
 * no other file calls useSyncExternalStore or keeps a set of change listeners by hand.
 * storage/connection.ts keeps listeners of an event stream (another tab blocks the database),
 * not of a value, so it is allowed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const HELPER = 'ui/shared/create-store.ts';
const EVENT_STREAMS = new Set(['storage/connection.ts']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

/** What makes a file a hand-written store: the React hook, or a listener set of functions. */
function storeMarks(text: string): string[] {
  const marks: string[] = [];
  if (/\buseSyncExternalStore\b/.test(text.replace(/^\s*(?:\*|\/\/).*$/gm, ''))) marks.push('useSyncExternalStore');
  if (/new Set<\s*\([^)]*\)\s*=>\s*void\s*>/.test(text)) marks.push('listener set');
  return marks;
}

const found = () => files(SRC)
  .map((f) => ({ file: relative(SRC, f).split('\\').join('/'), marks: storeMarks(readFileSync(f, 'utf8')) }))
  .filter((x) => x.marks.length > 0);

describe('one store helper', () => {
  it('finds the helper itself (the scan works)', () => {
    expect(found().find((x) => x.file === HELPER)?.marks).toEqual(['useSyncExternalStore', 'listener set']);
  });

  it('recognises both kinds of hand-written store', () => {
    expect(storeMarks('const listeners = new Set<() => void>();')).toEqual(['listener set']);
    expect(storeMarks("return useSyncExternalStore(subscribe, get, get);")).toEqual(['useSyncExternalStore']);
    expect(storeMarks(' * A tiny external store (useSyncExternalStore)')).toEqual([]);
  });

  it('no other file in src/ keeps a store by hand', () => {
    expect(found().filter((x) => x.file !== HELPER && !EVENT_STREAMS.has(x.file))).toEqual([]);
  });
});
