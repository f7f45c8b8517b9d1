// @vitest-environment jsdom
/**
 * Selecting a unit anywhere highlights it everywhere: a click in the compare chart shows in the
 * scatter and in a table (as the league table will use it), a click in the scatter shows in the
 * compare chart, and the selection goes to the URL `units` (setQuery) and comes back from it.
 */
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  getHighlighted, resetHighlightForTests, toggleHighlight, useHighlightedUnits,
} from '../../src/ui/highlight/highlight-store';
import { DEFAULT_VIEW_QUERY } from '../../src/ui/url-state';
import { CompareView } from '../../src/ui/views/CompareView';
import { ScatterView } from '../../src/ui/views/ScatterView';
import type { ViewQuery } from '../../src/ui/view-query';
import { renderWithClient, viewData } from './render-view';
import { smallDataset } from './small-dataset';

afterEach(() => {
  cleanup();
  resetHighlightForTests();
});

/** A table the way LeagueView will use the store: row class + click toggles. */
function MiniTable({ names }: { names: string[] }) {
  const on = useHighlightedUnits();
  return (
    <table>
      <tbody>
        {names.map((n) => (
          <tr key={n} data-testid={`row-${n}`} className={on.includes(n) ? 'is-highlighted' : undefined} onClick={() => toggleHighlight(n)}>
            <th scope="row">{n}</th>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const query: ViewQuery = { ...DEFAULT_VIEW_QUERY, metric: 'reemployed', period: '2024-Q2' };

function renderAll(q: ViewQuery, setQuery = vi.fn()) {
  const ds = smallDataset();
  const ui = (qq: ViewQuery) => (
    <>
      <CompareView {...viewData(ds)} query={qq} setQuery={setQuery} chartWidth={800} />
      <ScatterView {...viewData(ds)} query={{ ...qq, view: 'compare' }} setQuery={setQuery} chartWidth={800} />
      <MiniTable names={['甲社区', '乙社区', '丙社区']} />
    </>
  );
  const r = renderWithClient(ui(q));
  return { ...r, setQuery, rerenderQuery: (qq: ViewQuery) => r.rerender(wrap(ui(qq), r.client)) };
}

/** renderWithClient wraps in a QueryClientProvider; rerender must keep it. */
function wrap(el: ReactElement, client: QueryClient) {
  return <QueryClientProvider client={client}>{el}</QueryClientProvider>;
}

const compareTick = (c: HTMLElement, unit: string) => c.querySelector<SVGTextElement>(`[data-chart-id="compare"] text[data-unit="${unit}"]`)!;
const scatterOn = (c: HTMLElement) => [...c.querySelectorAll('[data-chart-id="scatter"] circle.scatter-point-on')].map((e) => e.getAttribute('data-unit'));

describe('highlight across charts and tables', () => {
  it('a click on a compare bar name highlights the unit in the scatter and the table, and writes the URL', () => {
    const { container, setQuery } = renderAll(query);
    expect(scatterOn(container)).toEqual([]);
    fireEvent.click(compareTick(container, '甲社区'));
    expect(getHighlighted()).toEqual(['甲社区']);
    expect(setQuery).toHaveBeenLastCalledWith({ units: ['甲社区'] });
    expect(compareTick(container, '甲社区').textContent).toBe('▶ 甲社区');
    expect(compareTick(container, '甲社区').getAttribute('font-weight')).toBe('700');
    expect(scatterOn(container)).toEqual(['甲社区']);
    expect(screen.getByTestId('row-甲社区').className).toBe('is-highlighted');
    expect(screen.getByTestId('row-乙社区').className).toBe('');
  });

  it('a click on a scatter point or a table row shows in the compare chart; a second click removes it', () => {
    const { container } = renderAll(query);
    const point = container.querySelector<SVGCircleElement>('[data-chart-id="scatter"] circle[data-unit="丙社区"]')!;
    fireEvent.click(point);
    expect(compareTick(container, '丙社区').textContent).toBe('▶ 丙社区');
    fireEvent.click(screen.getByTestId('row-乙社区'));
    expect(getHighlighted()).toEqual(['丙社区', '乙社区']);
    expect(compareTick(container, '乙社区').textContent).toBe('▶ 乙社区');
    fireEvent.click(compareTick(container, '丙社区'));
    expect(getHighlighted()).toEqual(['乙社区']);
    expect(compareTick(container, '丙社区').textContent).toBe('丙社区');
    // Bars of units not highlighted fade; the highlighted one keeps full colour with an outline.
    const opacity = [...container.querySelectorAll('[data-chart-id="compare"] .recharts-bar-rectangle path')].map((p) => p.getAttribute('fill-opacity'));
    // Bars in value order 甲 丙 乙 丁: only 乙 (third) is highlighted.
    expect(opacity).toEqual(['0.3', '0.3', '1', '0.3']);
  });

  it('takes the selection from the URL (reload, Back) and clears it with 清除突出显示', () => {
    const { container, rerenderQuery } = renderAll({ ...query, units: ['丁社区'] });
    expect(getHighlighted()).toEqual(['丁社区']);
    expect(compareTick(container, '丁社区').textContent).toBe('▶ 丁社区');
    act(() => rerenderQuery({ ...query, units: ['甲社区'] }));
    expect(getHighlighted()).toEqual(['甲社区']);
    expect(scatterOn(container)).toEqual(['甲社区']);
    fireEvent.click(screen.getAllByRole('button', { name: '清除突出显示' })[0]!);
    expect(getHighlighted()).toEqual([]);
    expect(scatterOn(container)).toEqual([]);
  });
});
