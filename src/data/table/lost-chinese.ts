/**
 * A text file whose Chinese became question marks: Excel's "CSV (逗号分隔)" on a Windows set to
 * another language (English, German) writes that language's code page, where every Chinese
 * character is `?` (社区 → ??, 再就业人数 → ?????). The characters are gone from the file; read as it
 * is, `????` would be a community and `?????` a metric. Asked once per table, of its header.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';

/** Two `?` in a row: a lost Chinese word (a real name never has them). */
const LOST = /\?\?/;
const CHINESE = /[\u3400-\u9fff\uf900-\ufaff]/;
/** How the characters were lost, and the way out: the same in both errors. */
const CAUSE = '保存时用了不能存中文的编码（如在英文等其他语言版Windows的Excel中“另存为 CSV(逗号分隔)”），文件里已没有这些字';
const REMEDY = '请在原表格中另存为“CSV UTF-8(逗号分隔)(*.csv)”或Excel工作簿(.xlsx)后重新导入';
const REMEDY_EN = 'Save the original as "CSV UTF-8" or .xlsx and import it again.';

/** The error refusing the table when a header name is `??…` and none holds a Chinese character; else null. */
export function lostChineseIssue(names: readonly string[], at: { file: string; line?: number }): ImportIssue | null {
  const lost = names.filter((n) => LOST.test(n));
  if (lost.length === 0 || names.some((n) => CHINESE.test(n))) return null;
  const shown = lost.slice(0, 3).map((n) => `“${n}”`).join('');
  return makeIssue('error', 'encoding-lost-chinese', at,
    `文件中的中文都变成了问号（表头${shown}）：${CAUSE}，无法导入。${REMEDY}`,
    `The file's Chinese characters are all question marks (header ${lost.slice(0, 3).join(', ')}): it was saved in an encoding without Chinese (Excel's "CSV (Comma delimited)" on a non-Chinese Windows). ${REMEDY_EN}`);
}

/** Cells listed by name in the error (the rest counted). */
const CELLS_SHOWN = 5;

/**
 * The error refusing the table when names in its unit column hold `??` (`????`, `??社区`): the
 * header may be English (Community, Period), so only the names show the Chinese lost. Asked once
 * per table, of the unit column's first cells (`names`, on `lines`); null when none is lost.
 */
export function lostChineseUnitsIssue(
  names: readonly string[], lines: readonly number[], at: { file: string; column: number; columnName?: string },
): ImportIssue | null {
  const hit: number[] = [];
  for (let k = 0; k < names.length; k++) if (LOST.test(names[k]!)) hit.push(k);
  if (hit.length === 0) return null;
  const shownLines = hit.slice(0, CELLS_SHOWN).map((k) => lines[k]!);
  const more = hit.length > CELLS_SHOWN ? '等' : '';
  const shown = [...new Set(hit.slice(0, 3).map((k) => names[k]!))].map((n) => `“${n}”`).join('');
  const column = `第${at.column}列${at.columnName ? `（${at.columnName}）` : ''}`;
  return makeIssue('error', 'encoding-lost-chinese', { ...at, line: shownLines[0]! },
    `${column}第${shownLines.join('、')}行${more}的名称${shown}中的中文变成了问号：${CAUSE}，无法知道是哪个社区，整张表未导入。${REMEDY}`,
    `Column ${at.column}, lines ${shownLines.join(', ')}${more ? ' …' : ''}: names ${hit.slice(0, 3).map((k) => names[k]!).join(', ')} lost their Chinese to question marks (saved in an encoding without Chinese, e.g. Excel's "CSV (Comma delimited)" on a non-Chinese Windows); the table was not imported. ${REMEDY_EN}`);
}
