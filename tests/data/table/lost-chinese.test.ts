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
