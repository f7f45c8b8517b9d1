/**
 * Which files the import worker hands to its decode worker: text files of more than one slice, on
 * a machine with a second core. Workbooks (by their first bytes), small files and one-core
 * machines are read and decoded in the import worker.
 */
import { expect, it } from 'vitest';
import { STREAM_CHUNK_BYTES } from '../../src/data/pipeline/import-files';
import { decodesElsewhere } from '../../src/ui/import/decoded-pieces';

const text = new TextEncoder().encode('区,街道,社区');
const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const big = 3 * STREAM_CHUNK_BYTES;

it('hands big text files to the decode worker on two cores or more', () => {
  expect(decodesElsewhere(big, text, 2)).toBe(true);
  expect(decodesElsewhere(big, text, 8)).toBe(true);
});

it('keeps workbooks, files of one slice and one-core machines in the import worker', () => {
  expect(decodesElsewhere(big, xlsx, 2)).toBe(false);
  expect(decodesElsewhere(big, xls, 2)).toBe(false);
  expect(decodesElsewhere(STREAM_CHUNK_BYTES, text, 2)).toBe(false);
  expect(decodesElsewhere(big, text, 1)).toBe(false);
});
