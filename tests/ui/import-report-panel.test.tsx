// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../src/data/report/import-report';
import { ImportReportPanel } from '../../src/ui/import/ImportReportPanel';

afterEach(cleanup);

const blocked: ImportReport = {
  status: 'blocked',
  files: ['坏文件.csv'],
  counts: { rowsIn: 10, imported: 6, merged: 1, subtotal: 1, blank: 1, rejected: 1, structural: 2 },
  issues: [
    { severity: 'error', code: 'no-unit-column', file: '坏文件.csv', line: 0, column: 0, message: '找不到社区名称列，请加上“社区”列。', messageEn: '' },
    { severity: 'warning', code: 'value-text', file: '坏文件.csv', line: 7, column: 5, columnName: '再就业人数', message: '“三十”不是数字，已按缺失处理。', messageEn: '' },
    { severity: 'info', code: 'subtotal-rows', file: '坏文件.csv', line: 12, column: 1, message: '“合计”行已跳过。', messageEn: '' },
  ],
  rows: [],
  observations: 0,
  values: 0,
};

describe('ImportReportPanel', () => {
  it('says a blocked import changed nothing and lists every issue with file, line, column and severity, grouped by class', () => {
    render(<ImportReportPanel report={blocked} title="最近一次导入（未成功）" />);
    expect(screen.getByRole('alert').textContent).toContain('当前数据没有任何改变');
    const region = screen.getByRole('region', { name: '问题列表（共3条）' });
    const groups = [...region.querySelectorAll('details')];
    expect(groups.map((g) => g.querySelector('summary')!.textContent)).toEqual([
      '表格结构：1条（错误 1）', '其他：1条（警告 1）', '合计、平均、表尾等非社区行：1条（提示 1）',
    ]);
    // Groups with errors or warnings are open; a group of notes only is closed.
    expect(groups.map((g) => g.open)).toEqual([true, true, false]);
    const rows = groups.flatMap((g) => within(g).getAllByRole('row', { hidden: true }).slice(1)
      .map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent)));
    expect(rows).toEqual([
      ['错误', '坏文件.csv', '整个文件', '—', '找不到社区名称列，请加上“社区”列。'],
      ['警告', '坏文件.csv', '7', 'E列（再就业人数）', '“三十”不是数字，已按缺失处理。'],
      ['提示', '坏文件.csv', '12', 'A列', '“合计”行已跳过。'],
    ]);
  });

  it('a blocked import whose only errors are conflicting numbers says to choose the corrected file or remove the repeat, not to fix rows in Excel', () => {
    const conflict = {
      severity: 'error' as const, code: 'conflicting-values', file: '西营门街道2024年2月.csv', line: 4, column: 3,
      message: '文瑞家园社区2024年2月的“再就业人数”有两个不同的数值：西营门街道2024年2月(修改).csv第4行为9，西营门街道2024年2月.csv第4行为6。', messageEn: '',
    };
    render(<ImportReportPanel report={{ ...blocked, files: ['西营门街道2024年2月.csv', '西营门街道2024年2月(修改).csv'], issues: [conflict] }} title="最近一次导入（未成功）" />);
    const alert = screen.getByRole('alert').textContent ?? '';
    expect(alert).toContain('当前数据没有任何改变');
    expect(alert).toContain('有两个不同的数值');
    expect(alert).toContain('只选择修改后的文件');
    expect(alert).not.toContain('按提示修改这些行或列');
  });

  it('shows 200 flagged cells of one class as one list with its count', () => {
    const many = Array.from({ length: 200 }, (_, k) => ({
      severity: 'warning' as const, code: 'negative-count', file: 'a.csv', line: k + 2, column: 2, message: `第${k + 2}行为负数`, messageEn: '',
    }));
    render(<ImportReportPanel report={{ ...blocked, status: 'ok', issues: [...many, blocked.issues[2]!] }} title="最近一次导入" />);
    const summaries = [...document.querySelectorAll('details summary')].map((x) => x.textContent);
    expect(summaries).toEqual(['数字写法与不可能的数值：200条（警告 200）', '合计、平均、表尾等非社区行：1条（提示 1）']);
  });

  // The last count holds footers (填表人：…) and repeated header lines as well as refused rows: twelve
  // 填表人 lines under twelve monthly forms read 拒绝 12 beside a report of 提示 only.
  it('shows the row counts by outcome in Chinese', () => {
    render(<ImportReportPanel report={{ ...blocked, status: 'ok', observations: 1234, values: 1234 }} title="最近一次导入" />);
    const counts = [...document.querySelectorAll('.counts div')].map((d) => `${d.querySelector('dt')!.textContent}=${d.querySelector('dd')!.textContent}`);
    expect(counts).toEqual(['读入数据行=10', '导入=6', '合并=1', '小计=1', '空行=1', '跳过或拒绝=1', '标题/表头行=2']);
    expect(screen.getByRole('status').textContent).toContain('导入成功：坏文件.csv，共1,234个数值');
  });

  it('a refused import counts the rows it could have imported as such, not as imported', () => {
    render(<ImportReportPanel report={blocked} title="最近一次导入（未成功）" />);
    const counts = [...document.querySelectorAll('.counts div')].map((d) => `${d.querySelector('dt')!.textContent}=${d.querySelector('dd')!.textContent}`);
    expect(counts[1]).toBe('可导入（未导入）=6');
  });
});

describe('ImportReportPanel: what the message above the table asks', () => {
  const base = { files: ['a.xlsx'], counts: { rowsIn: 0, imported: 0, merged: 0, subtotal: 0, blank: 0, rejected: 0, structural: 0 }, rows: [] };
  it('a file refused whole (damaged, encrypted) is not asked to fix rows or columns', () => {
    render(<ImportReportPanel title="t" report={{ ...base, status: 'blocked', observations: 0, issues: [
      { severity: 'error', code: 'workbook-encrypted', file: 'a.xlsx', line: 0, column: 0, message: '文件已加密', messageEn: '' }] }} />);
    expect(screen.getByRole('alert').textContent).toContain('文件不能导入（无法读取，或不是统计表），原因见下表');
    expect(screen.getByRole('alert').textContent).not.toContain('修改这些行或列');
  });
  it('adding to a dataset says how many values were added and how many there are in all', () => {
    render(<ImportReportPanel title="t" report={{ ...base, status: 'ok', observations: 68, values: 68, added: 8, issues: [] }} />);
    expect(screen.getByRole('status').textContent).toBe('导入成功：a.xlsx，新增8个数值，合并后共68个。');
  });
  it('cells kept without a number (blank, “—”, a range) are said apart from the numbers', () => {
    render(<ImportReportPanel title="t" report={{ ...base, status: 'ok', observations: 1200, values: 1150, issues: [] }} />);
    expect(screen.getByRole('status').textContent).toBe('导入成功：a.xlsx，共1,150个数值，另有50格空白或不是数字。');
    cleanup();
    render(<ImportReportPanel title="t" report={{ ...base, status: 'ok', observations: 1200, values: 1150, added: 30, issues: [] }} />);
    expect(screen.getByRole('status').textContent).toBe('导入成功：a.xlsx，新增30个数值，合并后共1,150个，另有50格空白或不是数字。');
  });
  it('150 workbooks are named as three and a count, not a paragraph of 150 names', () => {
    const files = Array.from({ length: 150 }, (_, k) => `第${k + 1}社区-2024年3月.xlsx`);
    render(<ImportReportPanel title="t" report={{ ...base, files, status: 'ok', observations: 750, values: 750, issues: [] }} />);
    expect(screen.getByRole('status').textContent).toBe('导入成功：第1社区-2024年3月.xlsx、第2社区-2024年3月.xlsx、第3社区-2024年3月.xlsx等150个文件，共750个数值。');
    cleanup();
    render(<ImportReportPanel title="t" report={{ ...base, files: files.slice(0, 3), status: 'ok', observations: 15, values: 15, issues: [] }} />);
    expect(screen.getByRole('status').textContent).toBe('导入成功：第1社区-2024年3月.xlsx、第2社区-2024年3月.xlsx、第3社区-2024年3月.xlsx，共15个数值。');
  });
  it('a report saved before numbers were counted apart (an old import log entry) says cells, not numbers', () => {
    render(<ImportReportPanel title="t" report={{ ...base, status: 'ok', observations: 1200, issues: [] }} />);
    expect(screen.getByRole('status').textContent).toBe('导入成功：a.xlsx，共1,200个单元格（含空白单元格）。');
  });
});
