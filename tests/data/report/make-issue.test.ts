import { describe, expect, it } from 'vitest';
import { makeIssue } from '../../../src/data/report/make-issue';

describe('makeIssue', () => {
  it('keeps a message on one line when it quotes a cell typed with Alt+Enter', () => {
    const i = makeIssue('info', 'unit-alias', { file: 'a.xlsx', line: 2 }, '“花园路社区”、“花园路\n社区”视为同一单位', '"花园路\r\n社区" is 花园路社区');
    expect(i.message).toBe('“花园路社区”、“花园路⏎社区”视为同一单位');
    expect(i.messageEn).toBe('"花园路⏎社区" is 花园路社区');
  });

  it('cuts a quoted text over 40 characters to its head and length, and leaves a shorter one whole', () => {
    const long = '备注'.repeat(30);
    expect(makeIssue('warning', 'x', { file: 'a.csv' }, `第3行“${long}”不是数字`, `"${long}"`).message).toBe(`第3行“${long.slice(0, 40)}…”（共60字）不是数字`);
    expect(makeIssue('warning', 'x', { file: 'a.csv' }, '第3行“已核对”不是数字', '').message).toBe('第3行“已核对”不是数字');
  });
});

describe('what the import messages tell the user to do', () => {
  it('points only at places the app has: no message sends the user to a preview (there is none)', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p); else if (p.endsWith('.ts')) files.push(p);
      }
    };
    walk('src/data');
    const hits = files.flatMap((p) => readFileSync(p, 'utf8').split('\n').map((l, i) => ({ p, i, l })).filter((x) => /预览|the preview/.test(x.l)).map((x) => `${x.p}:${x.i + 1}`));
    expect(hits).toEqual([]);
  });
});
