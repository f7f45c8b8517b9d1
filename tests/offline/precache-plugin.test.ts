import { describe, expect, it } from 'vitest';
import { precacheList, precacheVersion, SW_FILE } from '../../src/offline/precache-plugin';

describe('precacheList', () => {
  it('lists the page and every build and public file, sorted, without the worker itself or source maps', () => {
    const list = precacheList(
      ['assets/index-abc.js', 'sw.js', 'assets/index-abc.js.map', 'assets/sample-x.csv', 'assets/ProfileView-1.css'],
      ['manifest.webmanifest', 'icon.svg', 'icon-192.png'],
    );
    expect(list).toEqual(['./', 'assets/ProfileView-1.css', 'assets/index-abc.js', 'assets/sample-x.csv', 'icon-192.png', 'icon.svg', 'manifest.webmanifest']);
    expect(list).not.toContain(SW_FILE);
  });

  it('changes the version when any file name (content hash) changes, and only then', () => {
    const a = precacheVersion(precacheList(['assets/index-abc.js'], []));
    expect(precacheVersion(precacheList(['assets/index-abc.js'], []))).toBe(a);
    expect(precacheVersion(precacheList(['assets/index-abd.js'], []))).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{12}$/);
  });
});
