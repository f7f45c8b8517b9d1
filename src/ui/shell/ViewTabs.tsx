/** The view tabs: real links (open in a new tab, keyboard-usable) that also switch in place. */
import type { MouseEvent } from 'react';
import { serializeViewQuery } from '../url-state';
import type { ViewName, ViewQuery } from '../view-query';
import { useT } from '../i18n/use-t';

const ORDER: readonly ViewName[] = ['overview', 'compare', 'league', 'trend', 'scatter', 'imbalance', 'profile', 'data'];

export function ViewTabs(props: { query: ViewQuery; onSelect: (view: ViewName) => void; onPreload?: (view: ViewName) => void }) {
  const t = useT();
  const onClick = (view: ViewName) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return; // let the browser open a new tab
    e.preventDefault();
    props.onSelect(view);
  };
  return (
    <nav className="view-tabs" aria-label={t.views.nav}>
      <ul>
        {ORDER.map((view) => (
          <li key={view}>
            <a
              href={serializeViewQuery({ ...props.query, view })}
              aria-current={props.query.view === view ? 'page' : undefined}
              onClick={onClick(view)}
              onMouseEnter={() => props.onPreload?.(view)}
              onFocus={() => props.onPreload?.(view)}
            >
              {t.views[view]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
