/**
 * Loads SheetJS (`@e965/xlsx`, SheetJS Community Edition 0.20.x) only when a workbook arrives: the
 * dynamic import puts the library in its own chunk, so CSV imports never download or parse it.
 */
import { isWorkbookBytes, type WorkbookLib } from './read-workbook';

/** The SheetJS module. */
export async function loadWorkbookLib(): Promise<WorkbookLib> {
  return await import('@e965/xlsx');
}

/** SheetJS when any of `files` is a workbook (by magic bytes), else undefined (nothing loaded). */
export async function workbookLibFor(files: readonly { readonly bytes: Uint8Array }[]): Promise<WorkbookLib | undefined> {
  return files.some((f) => isWorkbookBytes(f.bytes)) ? loadWorkbookLib() : undefined;
}
