/**
 * The warnings of unit identity, in Chinese with what to do: a mention that fits several units
 * (`ambiguous-unit`), a unit known before without a level or district when two arrive, one code
 * written with two names (`code-name-mismatch`) or in two places (`code-place-mismatch`), one name
 * of one street written with two codes (`code-two-for-name`), a name without its level where the real
 * unit list has a 社区 and a 村 of it.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import type { UnitMention } from '../records/observation-records';
import type { RealTwins } from './real-twins';
import type { StreetTwins } from '../vocabulary/twin-units';
import type { Place } from './unit-place';

/** What the messages need to know of a unit. */
export interface KnownUnit extends Place {
  readonly code: string;
  readonly fixedName: string | undefined;
  readonly firstFile: number;
  readonly firstLine: number;
}

/** `code-name-mismatch`: mention `x` carries the code of unit `d` under another name. */
export function codeNameMismatch(x: UnitMention, d: KnownUnit, fileNames: readonly string[]): ImportIssue {
  const first = d.firstFile >= 0 ? `${fileNames[d.firstFile] ?? ''}第${d.firstLine}行` : '已有数据';
  return makeIssue('warning', 'code-name-mismatch', { file: fileNames[x.file] ?? '', line: x.line },
    `区划代码${x.code}写着两个不同的名称：“${d.fixedName ?? d.name}”（${first}）和“${x.rawName}”，已按代码视为同一单位、数据合在一起。请核对代码或名称是否填错`,
    `Code ${x.code} carries two different names, "${d.fixedName ?? d.name}" and "${x.rawName}"; treated as one unit by its code. Check the code or the name.`);
}

/**
 * `code-two-for-name`: mention `x` names unit `d` of the same street but carries another code. The
 * codes keep them two units (a code identifies a unit); the name says one, so one of them is wrong.
 */
export function codeTwoForName(x: UnitMention, d: KnownUnit, fileNames: readonly string[]): ImportIssue {
  const first = d.firstFile >= 0 ? `${fileNames[d.firstFile] ?? ''}第${d.firstLine}行` : '已有数据';
  const where = d.parent || d.district;
  return makeIssue('warning', 'code-two-for-name', { file: fileNames[x.file] ?? '', line: x.line },
    `“${x.rawName}”${where ? `（${where}）` : ''}写着两个不同的区划代码：${d.code}（${first}）和${x.code}，已按代码分为两个同名单位，数据没有合在一起。请核对代码或名称是否填错（常见于复制上一行后只改了代码或忘了改名称）`,
    `"${x.rawName}" carries two codes, ${d.code} and ${x.code}; kept as two units of one name by their codes. Check the code or the name.`);
}

/** `unit-code-learned` (info): a unit of the existing dataset without a code takes mention `x`'s code. */
export function codeLearned(x: UnitMention, d: KnownUnit & { fixedName?: string | undefined }, fileNames: readonly string[]): ImportIssue {
  const name = d.fixedName ?? d.name;
  const where = d.parent || d.district;
  return makeIssue('info', 'unit-code-learned', { file: fileNames[x.file] ?? '', line: x.line },
    `已有数据中的“${name}”${where ? `（${where}）` : ''}没有区划代码，本次按名称${d.parent ? '和街道' : ''}视为${x.code}的同一单位，数据接在一起；如不是同一个社区，请核对代码`,
    `"${name}" of the dataset had no code; taken as ${x.code} by its name and street, so its data continue. Check the code if it is another unit.`);
}

/** `code-place-mismatch`: mention `x` carries the code of unit `d` under another street or district. */
export function codePlaceMismatch(x: UnitMention, d: KnownUnit, p: Place, fileNames: readonly string[]): ImportIssue {
  const first = d.firstFile >= 0 ? `${fileNames[d.firstFile] ?? ''}第${d.firstLine}行` : '已有数据';
  const a = d.district + d.parent;
  const b = (p.districtKey !== '' ? p.district : d.district) + (p.parentKey !== '' ? p.parent : d.parent);
  return makeIssue('warning', 'code-place-mismatch', { file: fileNames[x.file] ?? '', line: x.line },
    `区划代码${x.code}（${x.rawName}）在“${a}”（${first}）和“${b}”下都出现，已按代码视为同一单位、数据合在一起。请核对代码或街道、区是否填错`,
    `Code ${x.code} (${x.rawName}) appears under "${a}" and "${b}"; treated as one unit by its code. Check the code, street or district.`);
}

/**
 * The `ambiguous-unit` warning for a unit known before (existing dataset, a code) without a level
 * or a district, when this import states two for its name: `东姜井` beside 东姜井社区 and 东姜井村.
 */
export function unknownAmbiguity(x: UnitMention, d: KnownUnit, levels: string[] | null, districts: string[] | null, file: string): ImportIssue {
  const name = d.fixedName ?? d.name;
  const where = d.parent || d.district;
  const lacks = levels ? '没有写明是社区还是村' : '没有写区';
  const both = `“${(levels ?? districts!).join('”、“')}”`;
  return makeIssue('warning', 'ambiguous-unit', { file, line: x.line },
    `${d.firstFile < 0 ? '已有数据中的' : ''}“${name}”${where ? `（${where}）` : ''}${lacks}，而本次导入中${both}都有，无法判断它是哪一个，已单独列出。请核对后按全称重新导入`,
    `"${name}" does not say its ${levels ? '社区 or 村' : 'district'}, and this import has ${(levels ?? districts!).join(', ')}; kept separate.`);
}

/** The `ambiguous-unit` warning: where the name fits, and what the file should add to tell them apart. */
export function ambiguity(x: UnitMention, p: Place, cands: readonly KnownUnit[], file: string): ImportIssue {
  const distinct = (f: (d: KnownUnit) => string): string[] => [...new Set(cands.map(f))];
  const districtsDiffer = p.districtKey === '' && distinct((d) => d.districtKey).length > 1;
  const where = distinct((d) => (districtsDiffer ? d.district + d.parent : d.parent || d.district) || '未知街道');
  const shown = distinct((d) => d.fixedName ?? d.name);
  const loc = { file, line: x.line };
  if (cands.length === 1 && p.level === '' && p.name === p.parent) {
    return makeIssue('warning', 'ambiguous-unit', loc,
      `“${x.rawName}”与所在街道/镇同名，可能是合计行，未并入“${shown[0]}”，已单独列出。如确是“${shown[0]}”，请写全名称`,
      `"${x.rawName}" has the name of its own street (a total?); not merged into ${shown[0]}, kept separate.`);
  }
  if (p.parentKey === '' && distinct((d) => d.parentKey).length > 1) {
    return makeIssue('warning', 'ambiguous-unit', loc,
      `“${x.rawName}”在“${where.join('”、“')}”下都有同名单位，而该文件没有街道列，无法判断是哪一个，已单独列出。请在文件中增加“街道”列或区划代码列`,
      `"${x.rawName}" exists under several streets (${where.join(', ')}) and the file has no street column; kept separate.`);
  }
  if (districtsDiffer) {
    return makeIssue('warning', 'ambiguous-unit', loc,
      `“${x.rawName}”在“${where.join('”、“')}”下都有同名单位，而该行没有写区，无法判断是哪一个，已单独列出。请在文件中增加“区”列或区划代码列`,
      `"${x.rawName}" exists in several districts (${where.join(', ')}) and the row names no district; kept separate.`);
  }
  if (p.level === '' && distinct((d) => d.level).length > 1) {
    return makeIssue('warning', 'ambiguous-unit', loc,
      `“${x.rawName}”在“${where.join('”、“')}”下有“${shown.join('”、“')}”，名称没有写明是社区还是村，无法判断是哪一个，已单独列出。请写全名称（如“${shown[0]}”）或增加区划代码列`,
      `"${x.rawName}" could be any of ${shown.join(', ')} (${where.join(', ')}): the name does not say 社区 or 村; kept separate.`);
  }
  const codes = distinct((d) => d.code).filter((c) => c !== '');
  return makeIssue('warning', 'ambiguous-unit', loc,
    `“${x.rawName}”在“${where.join('”、“')}”下对应多个单位（${codes.length > 0 ? `区划代码${codes.join('、')}` : `“${shown.join('”、“')}”`}），无法判断是哪一个，已单独列出。请增加区划代码列`,
    `"${x.rawName}" fits several units under ${where.join(', ')}; kept separate. Add a code column.`);
}

/**
 * The `ambiguous-unit` warning for a name without its level where the real unit list has a 社区 and
 * a 村 of that name in one street: mention `x` (`known`: unit `known` of the dataset or a code, and
 * `x` states a level) could be either.
 */
export function twinAmbiguity(x: UnitMention, twins: RealTwins, file: string, known?: KnownUnit): ImportIssue {
  const both = `“${twins.names.join('”和“')}”`;
  const street = `${twins.district}${twins.street}`;
  if (known !== undefined) {
    const name = known.fixedName ?? known.name;
    return makeIssue('warning', 'ambiguous-unit', { file, line: x.line },
      `${known.firstFile < 0 ? '已有数据中的' : ''}“${name}”没有写明是社区还是村，而${street}有${both}两个单位，无法判断本次的“${x.rawName}”是否就是它，已单独列出，数据没有合在一起。请核对后按全称重新导入`,
      `"${name}" does not say 社区 or 村, and ${twins.street} has both ${twins.names.join(' and ')}; "${x.rawName}" kept separate.`);
  }
  return makeIssue('warning', 'ambiguous-unit', { file, line: x.line },
    `“${x.rawName}”没有写明是社区还是村，而${street}有${both}两个单位，无法判断是哪一个，已单独列出，没有与其他数据合在一起。请写全名称（如“${twins.names[0]}”）或增加区划代码列`,
    `"${x.rawName}" does not say 社区 or 村, and ${twins.street} has both ${twins.names.join(' and ')}; kept separate.`);
}

/**
 * The `ambiguous-unit` warning for a name written without a street that the real unit list has in
 * several streets of its district (`丁家庄村`: 宝坻区 朝霞街道 and 新开口镇): mention `x` without a
 * street beside unit `known` of one of them, or (`street`: the street `x` names) mention `x` of one
 * of them beside `known`, a unit of the existing dataset without a street. Either may be another
 * street's.
 */
export function streetTwinAmbiguity(x: UnitMention, twins: StreetTwins, known: KnownUnit, file: string, street?: string): ImportIssue {
  const streets = `${twins.district}的“${twins.streets.join('”、“')}”都有“${twins.name}”`;
  const en = `${twins.district} has a ${twins.name} in ${twins.streets.join(', ')}`;
  if (street !== undefined) {
    return makeIssue('warning', 'ambiguous-unit', { file, line: x.line },
      `已有数据中的“${known.fixedName ?? known.name}”没有写街道，而${streets}，无法判断它是不是本次${street}的“${x.rawName}”，已单独列出，数据没有合在一起。请核对后按街道重新导入`,
      `"${known.fixedName ?? known.name}" of the dataset names no street, and ${en}; not merged with ${street}'s "${x.rawName}", kept separate.`);
  }
  return makeIssue('warning', 'ambiguous-unit', { file, line: x.line },
    `“${x.rawName}”没有写街道，而${streets}，无法判断它是不是${known.firstFile < 0 ? '已有数据' : '本次导入'}中${known.parent}的那个，已单独列出，数据没有合在一起。请在文件中增加“街道”列或区划代码列`,
    `"${x.rawName}" names no street, and ${en}; not merged with ${known.parent}'s, kept separate.`);
}
