// @vitest-environment jsdom
/**
 * Selecting a unit anywhere highlights it everywhere: a click in the compare chart shows in the
 * scatter and in a table (as the league table will use it), a click in the scatter shows in the
 * compare chart. The selection is the URL `units` only: a click writes it (setQuery) and what is
 * shown follows the query, so a reload or Back shows the same.
 */
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useHighlight } from '../../src/ui/highlight/highlight';
import { DEFAULT_VIEW_QUERY } from '../../src/ui/url-state';
import { CompareView } from '../../src/ui/views/CompareView';
import { ScatterView } from '../../src/ui/views/ScatterView';
import type { ViewQuery } from '../../src/ui/view-query';
import { renderWithQuery, viewData } from './render-view';
import { smallDataset } from './small-dataset';

afterEach(cleanup);

/** A table the way LeagueView uses the highlight: row class + click toggles. */
function MiniTable({ names }: { names: string[] }) {
  const highlight = useHighlight();
  return (
    <table>
      <tbody>
        {names.map((n) => (
          <tr key={n} data-testid={`row-${n}`} className={highlight.names.includes(n) ? 'is-highlighted' : undefined} onClick={() => highlight.toggle(n)}>
            <th scope="row">{n}</th>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const query: ViewQuery = { ...DEFAULT_VIEW_QUERY, metric: 'reemployed', period: '2024-Q2' };

function renderAll(q: ViewQuery) {
  const ds = smallDataset();
  return renderWithQuery(q, ({ query: qq, setQuery }) => (
    <>
      <CompareView {...viewData(ds)} query={qq} setQuery={setQuery} chartWidth={800} />
      <ScatterView {...viewData(ds)} query={{ ...qq, view: 'compare' }} setQuery={setQuery} chartWidth={800} />
      <MiniTable names={['甲社区', '乙社区', '丙社区']} />
    </>
  ));
}

const compareTick = (c: HTMLElement, unit: string) => c.querySelector<SVGTextElement>(`[data-chart-id="compare"] text[data-unit="${unit}"]`)!;
const scatterOn = (c: HTMLElement) => [...c.querySelectorAll('[data-chart-id="scatter"] circle.scatter-point-on')].map((e) => e.getAttribute('data-unit'));

describe('highlight across charts and tables', () => {
  it('a click on a compare bar name highlights the unit in the scatter and the table, and writes the URL', () => {
    const { container, patches, query: now } = renderAll(query);
    expect(scatterOn(container)).toEqual([]);
    fireEvent.click(compareTick(container, '甲社区'));
    expect(patches.at(-1)).toEqual({ units: ['甲社区'] });
    expect(now().units).toEqual(['甲社区']);
    expect(compareTick(container, '甲社区').textContent).toBe('▶ 甲社区');
    expect(compareTick(container, '甲社区').getAttribute('font-weight')).toBe('700');
    expect(scatterOn(container)).toEqual(['甲社区']);
    expect(screen.getByTestId('row-甲社区').className).toBe('is-highlighted');
    expect(screen.getByTestId('row-乙社区').className).toBe('');
  });

  it('a click on a scatter point or a table row shows in the compare chart; a second click removes it', () => {
    const { container, query: now } = renderAll(query);
    const point = container.querySelector<SVGCircleElement>('[data-chart-id="scatter"] circle[data-unit="丙社区"]')!;
    fireEvent.click(point);
    expect(compareTick(container, '丙社区').textContent).toBe('▶ 丙社区');
    fireEvent.click(screen.getByTestId('row-乙社区'));
    expect(now().units).toEqual(['丙社区', '乙社区']);
    expect(compareTick(container, '乙社区').textContent).toBe('▶ 乙社区');
    fireEvent.click(compareTick(container, '丙社区'));
    expect(now().units).toEqual(['乙社区']);
    expect(compareTick(container, '丙社区').textContent).toBe('丙社区');
    // Bars of units not highlighted fade; the highlighted one keeps full colour with an outline.
    const opacity = [...container.querySelectorAll('[data-chart-id="compare"] .bar-chart-bar')].map((p) => p.getAttribute('fill-opacity'));
    // Bars in value order 甲 丙 乙 丁: only 乙 (third) is highlighted.
    expect(opacity).toEqual(['0.3', '0.3', '1', '0.3']);
  });

  it('takes the selection from the URL (reload, Back) and clears it with 清除突出显示', () => {
    const { container, navigate, query: now } = renderAll({ ...query, units: ['丁社区'] });
    expect(compareTick(container, '丁社区').textContent).toBe('▶ 丁社区');
    expect(scatterOn(container)).toEqual(['丁社区']);
    navigate({ ...query, units: ['甲社区'] });
    expect(compareTick(container, '丁社区').textContent).toBe('丁社区');
    expect(scatterOn(container)).toEqual(['甲社区']);
    expect(screen.getByTestId('row-甲社区').className).toBe('is-highlighted');
    fireEvent.click(screen.getAllByRole('button', { name: '清除突出显示' })[0]!);
    expect(now().units).toEqual([]);
    expect(scatterOn(container)).toEqual([]);
    expect(screen.getByTestId('row-甲社区').className).toBe('');
  });
});
