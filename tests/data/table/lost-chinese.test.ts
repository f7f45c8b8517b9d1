/**
 * A CSV saved by Excel as "CSV (逗号分隔)" on a Windows whose language is not Chinese (English,
 * German): the file is written in that language's code page and every Chinese character becomes
 * "?" (社区 → ??). Nothing can bring them back; importing `????` as a community is silently wrong.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { importText } from '../pipeline/import-helpers';

const latin1 = (s: string): Uint8Array => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

describe('a file whose Chinese became question marks', () => {
  it('is refused, naming the header and saying to save it as CSV UTF-8', () => {
    const r = importFiles([{ name: '2024年3月.csv', bytes: latin1('??,?????,???\r\n????,5,12\r\n???,6,13\r\n') }]);
    expect(r.report.status).toBe('blocked');
    expect(r.dataset).toBeNull();
    const e = r.report.issues.find((i) => i.code === 'encoding-lost-chinese')!;
    expect(e).toMatchObject({ severity: 'error', file: '2024年3月.csv', line: 1 });
    expect(e.message).toContain('“??”');
    expect(e.message).toContain('CSV UTF-8');
    expect(r.report.rows.every((row) => row.outcome === 'rejected')).toBe(true);
  });

  it('a header with a ? in a name beside Chinese ones (a unit lost in GBK) is read as before', () => {
    const r = importText('社区,再就业人数,??\n东湖社区,5,1\n', '2024年3月.csv');
    expect(r.report.issues.some((i) => i.code === 'encoding-lost-chinese')).toBe(false);
    expect(r.report.status).toBe('ok');
  });
});

describe('a file whose community names became question marks under an English header', () => {
  it('Community,Period,Reemployed over ???? and ??社区 is refused, naming those cells and saying to save it as CSV UTF-8', () => {
    const r = importFiles([{ name: 'report.csv', bytes: latin1('Community,Period,Reemployed\r\n????,2024-03,5\r\n??\u00e7\u00a4\u00be\u00e5\u008c\u00ba,2024-03,6\r\n?????,2024-03,7\r\n') }]);
    expect(r.report.status).toBe('blocked');
    expect(r.dataset).toBeNull();
    const e = r.report.issues.find((i) => i.code === 'encoding-lost-chinese')!;
    expect(e).toMatchObject({ severity: 'error', file: 'report.csv', line: 2, column: 1 });
    expect(e.message).toContain('第2、3、4行');
    expect(e.message).toContain('“????”');
    expect(e.message).toContain('CSV UTF-8');
    expect(r.report.rows.every((row) => row.outcome === 'rejected')).toBe(true);
  });

  it('a community name with one ? (a character GBK lacks) is read as before', () => {
    const r = importText('社区,期间,再就业人数\n祥?里社区,2024-03,5\n红星里社区,2024-03,6\n', '咸水沽镇.csv');
    expect(r.report.issues.some((i) => i.code === 'encoding-lost-chinese')).toBe(false);
    expect(r.report.status).toBe('ok');
  });
});
