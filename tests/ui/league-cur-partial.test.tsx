// @vitest-environment jsdom
/**
 * The 排行 page marks a change whose current value is partial beside the change (本期不完整), and a
 * change with both values partial with one mark, as it marks 比较期不完整: 西姜井村 sent only April
 * of the second quarter, 金龙里社区 two months of each quarter (see curPartialCsv).
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importFiles } from '../../src/data/pipeline/import-files';
import { DEFAULT_VIEW_QUERY } from '../../src/ui/url-state';
import { LeagueView } from '../../src/ui/views/LeagueView';
import { curPartialCsv } from '../analysis/prev-partial-fixture';
import { renderWithClient, renderWithQuery, viewData } from './render-view';

afterEach(cleanup);

const query = { ...DEFAULT_VIEW_QUERY, view: 'league' as const, metric: 'reemployed', period: '2024-Q2' };
const dataset = () => importFiles([{ name: '2024年上半年.csv', bytes: new TextEncoder().encode(curPartialCsv) }]).dataset!;
const rowOf = (name: string) => screen.getByRole('button', { name }).closest('tr')!;

describe('the 排行 page, a partial current value', () => {
  it('keeps 西姜井村\'s −32 and marks it 本期不完整, with a tip saying why', () => {
    renderWithClient(<LeagueView {...viewData(dataset())} query={query} setQuery={vi.fn()} />);
    const mark = within(rowOf('西姜井村')).getByText('（本期不完整）');
    expect(mark.closest('td')!.textContent).toBe('−32（本期不完整）');
    expect(mark.getAttribute('title')).toBe('本期缺少部分月份的数据，变化只计已报送的月份，可能偏小');
  });
  it('gives 金龙里社区 one combined mark, and 中山路社区 none', () => {
    renderWithClient(<LeagueView {...viewData(dataset())} query={query} setQuery={vi.fn()} />);
    const mark = within(rowOf('金龙里社区')).getByText('（两期均不完整）');
    expect(mark.closest('td')!.textContent).toBe('+3（两期均不完整）');
    expect(within(rowOf('金龙里社区')).queryByText('（比较期不完整）')).toBeNull();
    expect(within(rowOf('中山路社区')).queryByText(/不完整）$/)).toBeNull();
  });
  it('says under the table what 本期不完整 means', () => {
    renderWithClient(<LeagueView {...viewData(dataset())} query={query} setQuery={vi.fn()} />);
    expect(screen.getByText('“本期不完整”表示2024年第二季度缺少部分月份的数据，变化只计已报送的月份，因此偏小（所示下降可能主要是缺少的月份）。')).toBeTruthy();
  });
  it('marks 乙街道\'s rank change 本期不完整 in the street league', () => {
    renderWithQuery(query, (p) => <LeagueView {...viewData(dataset())} {...p} />);
    fireEvent.click(screen.getByRole('button', { name: '街道/镇排行' }));
    const table = screen.getByRole('table', { name: '各街道/镇再就业人数排行（2024年第二季度）' });
    const mark = within(table).getByText('（本期不完整）');
    expect(mark.closest('tr')!.querySelector('th')!.textContent).toContain('乙街道');
    expect(within(table).getByText('（两期均不完整）').closest('tr')!.querySelector('th')!.textContent).toContain('甲街道');
  });
});
