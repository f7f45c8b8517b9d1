/**
 * Loads SheetJS (`@e965/xlsx`, SheetJS Community Edition 0.20.x) only when a workbook arrives: the
 * dynamic import puts the library in its own chunk, so CSV imports never download or parse it.
 * Its codepage tables (cpexcel, a chunk of their own) are loaded only when a workbook keeps its
 * text in a codepage (an Excel 95 or older .xls, needsCodepage): .xlsx, .ods, Excel 97 .xls and
 * CSV imports never load them.
 */
import type { WorkbookLib } from './read-workbook';
import { isWorkbookBytes, needsCodepage } from './workbook-container';


/**
 * The SheetJS module; with `codepages`, its codepage tables handed to it (set_cptable). The tables
 * are then SheetJS's state, held by the SheetJS module itself (its module-level `$cptable`) for as
 * long as the page or worker lives; nothing is kept here, and the module loader imports each chunk once.
 */
export async function loadWorkbookLib(codepages = false): Promise<WorkbookLib> {
  const lib = await import('@e965/xlsx');
  if (codepages) lib.set_cptable(await import('@e965/xlsx/dist/cpexcel.full.mjs'));
  return lib;
}

/** SheetJS when any of `files` is a workbook (by magic bytes), else undefined (nothing loaded). */
export async function workbookLibFor(files: readonly { readonly bytes: Uint8Array }[]): Promise<WorkbookLib | undefined> {
  return files.some((f) => isWorkbookBytes(f.bytes)) ? loadWorkbookLib(files.some((f) => needsCodepage(f.bytes))) : undefined;
}
