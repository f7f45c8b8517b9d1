/**
 * A community name that opens its 单位画像: a real link (`?view=profile&unit=…`, keeping the period
 * and filters), so it opens in a new tab too. It needs no setQuery: the URL changes with pushState
 * and a popstate event, which the app's view query follows (use-view-query.ts).
 */
import type { MouseEvent, ReactNode } from 'react';
import { parseViewQuery, serializeViewQuery } from '../url-state';
import { useT } from '../i18n/use-t';

/** The profile URL of a unit, keeping the current query's other fields. */
export function profileHref(name: string, search = window.location.search): string {
  return serializeViewQuery({ ...parseViewQuery(search), view: 'profile', unit: name });
}

/** Opens the profile of `name` in place (a new history entry). */
export function openProfile(name: string): void {
  window.history.pushState(null, '', profileHref(name) + window.location.hash);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo?.(0, 0);
}

/**
 * `children` replaces the visible name (e.g. a short 画像 beside it); `label` is then its accessible
 * name. `tabIndex` -1 for a drawing hidden from assistive technology (the 均衡 heatmap grid, whose
 * accessible table carries the keyboard links).
 */
export function UnitProfileLink({ name, children, label, tabIndex }: {
  readonly name: string; readonly children?: ReactNode; readonly label?: string; readonly tabIndex?: number;
}) {
  const t = useT().profile;
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return; // the browser opens a new tab
    e.preventDefault();
    openProfile(name);
  };
  return (
    <a className="unit-link" href={profileHref(name)} title={t.openProfile(name)} aria-label={label} tabIndex={tabIndex} onClick={onClick}>
      {children ?? name}
    </a>
  );
}
