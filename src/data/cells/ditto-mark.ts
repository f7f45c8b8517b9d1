/**
 * A cell that says "as above" (〃, ″, ”, “ or " as a quotation mark is typed for it, 同上, 仝上, 同前):
 * a clerk's way of repeating the cell above. Asked of cells on every row, so the first character is
 * tested before the pattern runs.
 */

const DITTO = /^(?:[〃″”“"]+|同上|仝上|同前)[。.]?$/;

/** True for a ditto mark; a text not beginning like one (〃 ″ ” “ " 同 仝) costs one character test. */
export function isDittoMark(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 0x3003 || c === 0x2033 || c === 0x201d || c === 0x201c || c === 0x22 || c === 0x540c || c === 0x4edd) && DITTO.test(text);
}
