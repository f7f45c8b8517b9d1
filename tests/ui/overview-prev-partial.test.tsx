// @vitest-environment jsdom
/**
 * The 总览 card of a metric whose previous total is partial (金龙里社区's first quarter lacks
 * March): beside its 环比 the card says the comparison total is incomplete, as it marks a partial
 * total of the period shown (不完整).
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importFiles } from '../../src/data/pipeline/import-files';
import { DEFAULT_VIEW_QUERY } from '../../src/ui/url-state';
import { OverviewView } from '../../src/ui/views/OverviewView';
import { prevPartialCsv } from '../analysis/prev-partial-fixture';
import { renderWithClient, viewData } from './render-view';

afterEach(cleanup);

describe('OverviewView with a partial previous total', () => {
  it('marks the 环比 against it', () => {
    const ds = importFiles([{ name: '2024年上半年.csv', bytes: new TextEncoder().encode(prevPartialCsv) }]).dataset!;
    renderWithClient(<OverviewView {...viewData(ds)} query={{ ...DEFAULT_VIEW_QUERY, view: 'overview', period: '2024-Q2' }} setQuery={vi.fn()} />);
    const mark = screen.getByText('（比较期不完整）');
    expect(mark.closest('.change')!.textContent).toContain('环比');
    expect(mark.getAttribute('title')).toBe('比较期有单位缺少部分月份的数据，变化是与这一不完整的合计相比');
  });
});
