/**
 * The file names offered for import: delimited text and workbooks (Excel, WPS, LibreOffice). The app's file
 * input offers these, and `npm run check` reads them from a folder or a wildcard. What a file is
 * gets decided by its bytes (read-file.ts), never by this list.
 */

export const TEXT_EXTENSIONS = ['.csv', '.txt', '.tsv'] as const;
/**
 * Excel's and WPS's workbooks, LibreOffice's own .ods (the odd colleague on LibreOffice) and
 * Excel's binary .xlsb (另存为 "Excel 二进制工作簿", picked by mistake): each is read, so each is offered.
 */
export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xls', '.xlsm', '.et', '.ods', '.xlsb'] as const;
/** In the order the file input lists them. */
export const DATA_FILE_EXTENSIONS = [...TEXT_EXTENSIONS, ...WORKBOOK_EXTENSIONS] as const;

const extensionOf = (name: string): string => /\.[^.\\/]*$/.exec(name)?.[0].toLowerCase() ?? '';

/** A name with one of DATA_FILE_EXTENSIONS (any case). */
export function isDataFileName(name: string): boolean {
  return (DATA_FILE_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

/** A name with one of WORKBOOK_EXTENSIONS (any case). */
export function isWorkbookName(name: string): boolean {
  return (WORKBOOK_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}
