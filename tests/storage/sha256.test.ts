import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/storage/sha256';

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('hashes %j', async (text, hex) => {
    expect(await sha256Hex(new TextEncoder().encode(text))).toBe(hex);
  });

  it('hashes only the bytes a view covers, and accepts an ArrayBuffer', async () => {
    const whole = new TextEncoder().encode('xabcx');
    expect(await sha256Hex(whole.subarray(1, 4))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new TextEncoder().encode('abc').buffer)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
