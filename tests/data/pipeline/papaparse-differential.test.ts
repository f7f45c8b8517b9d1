// @vitest-environment node
/**
 * Outside oracle for the delimiter/quote layer: on tricky inputs, the rows our pipeline reads
 * (decode → detect delimiter and newline → parse) must equal a direct
 * `Papa.parse(text, {delimiter, newline})` with the delimiter and newline the file really uses.
 * Known, documented differences are applied to Papa's output first: the final empty record after
 * the last newline is dropped, control characters (NUL) are removed, and a stray CR at the end of
 * an LF file's last field is trimmed.
 */
import Papa from 'papaparse';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readGrid } from '../../../src/data/pipeline/read-grid';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** [name, bytes, text as decoded (no BOM), real delimiter, real newline] */
const CASES: [string, Uint8Array, string, string, '\n' | '\r\n' | '\r'][] = [];
function add(name: string, text: string, delimiter: string, newline: '\n' | '\r\n' | '\r', bytes: Uint8Array = utf8(text)): void {
  CASES.push([name, bytes, text, delimiter, newline]);
}
add('escaped quotes', '社区,备注,人口\n东湖,"他说""好""",1\n西山,"a,b",2\n', ',', '\n');
add('quote inside an unquoted field', '社区,备注,人口\n东湖,他说"好",1\n西山,x"y"z,2\n', ',', '\n');
add('CRLF inside quotes in an LF file', '社区,备注,人口\n东湖,"第一行\r\n第二行",1\n西山,无,2\n', ',', '\n');
add('LF inside quotes in a CRLF file', '社区,备注,人口\r\n东湖,"第一行\n第二行",1\r\n西山,无,2\r\n', ',', '\r\n');
add('CR-only line endings', '社区,人口\r东湖,1\r西山,2\r', ',', '\r');
add('tab-separated with commas in data', '社区\t人口\t备注\n东湖\t1,568\t有,逗号\n西山\t2\tx\n', '\t', '\n');
add('tab-separated with quoted tabs', '社区\t备注\t人口\n东湖\t"含\t制表符"\t1\n西山\t无\t2\n', '\t', '\n');
add('UTF-8 BOM', '社区,人口\n东湖,1\n', ',', '\n', utf8('\uFEFF社区,人口\n东湖,1\n'));
add('UTF-16LE BOM, tabs', '社区\t人口\r\n东湖\t1\r\n', '\t', '\r\n',
  new Uint8Array([0xff, 0xfe, ...iconv.encode('社区\t人口\r\n东湖\t1\r\n', 'utf-16le')]));
add('GBK', '社区,人口\n东湖,"1,200"\n', ',', '\n', new Uint8Array(iconv.encode('社区,人口\n东湖,"1,200"\n', 'gbk')));
add('NUL and control characters', '社区,人口\n东\u0000湖,1\n西山,\u00012\n', ',', '\n');
add('ragged rows, too few and too many', '社区,人口,户数\n东湖,1\n西山,2,3,4\n北辰\n,,\n', ',', '\n');
add('semicolons with decimal commas', '社区;人口;比例\n东湖;3.500;1,5%\n西山;2;"1;2"\n', ';', '\n');
add('pipe-separated', '社区|人口\n东湖|1\n西山|"a|b"\n', '|', '\n');
add('full-width comma', '社区，人口\n东湖，1\n西山，2\n', '，', '\n');
add('no final newline, trailing delimiters', '社区,人口,\n东湖,1,\n西山,2,', ',', '\n');
add('blank lines between blocks', '社区,人口\n东湖,1\n\n , \n西山,2\n', ',', '\n');
add('mixed CRLF lines in an LF file', '社区,人口\n东湖,1\r\n西山,2\n', ',', '\n');

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Papa's records with our documented normalisations applied. */
function papaRows(text: string, delimiter: string, newline: '\n' | '\r\n' | '\r'): string[][] {
  const rows = Papa.parse<string[]>(text, { header: false, delimiter, newline, skipEmptyLines: false }).data;
  const last = rows[rows.length - 1];
  if (text.endsWith(newline) && last && last.length === 1 && last[0] === '') rows.pop();
  return rows.map((r) => r.map((c, k) => {
    const cell = newline === '\n' && k === r.length - 1 && c.endsWith('\r') ? c.slice(0, -1) : c;
    return cell.replace(CONTROL, '');
  }));
}

describe('delimiter/quote layer agrees with a direct papaparse parse', () => {
  it.each(CASES)('%s', (name, bytes, text, delimiter, newline) => {
    const { grid } = readGrid(bytes, `${name}.csv`);
    expect(grid).not.toBeNull();
    expect(grid!.delimiter).toBe(delimiter);
    expect(grid!.newline).toBe(newline);
    expect(grid!.parsed.rows).toEqual(papaRows(text, delimiter, newline));
  });
});
