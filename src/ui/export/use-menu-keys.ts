import { useCallback } from 'react';
import type { KeyboardEvent, RefObject } from 'react';

/** Arrow/Home/End move focus among the menu's items; Esc and Tab close it. */
export function useMenuKeys(menuRef: RefObject<HTMLElement | null>, close: (refocus: boolean) => void) {
  return useCallback((e: KeyboardEvent) => {
    const items = Array.from(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []);
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    switch (e.key) {
      case 'ArrowDown': e.preventDefault(); focus(at + 1); break;
      case 'ArrowUp': e.preventDefault(); focus(at - 1); break;
      case 'Home': e.preventDefault(); focus(0); break;
      case 'End': e.preventDefault(); focus(items.length - 1); break;
      case 'Escape': e.preventDefault(); close(true); break;
      case 'Tab': close(false); break;
      default: break;
    }
  }, [menuRef, close]);
}
