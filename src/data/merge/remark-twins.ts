/**
 * A unit written with a remark after its full name (`红星里社区（新）`, `红星里社区(老)`) beside the unit
 * of that name in the same street: kept as two units (the remark may mark a community split or newly
 * set up), with a warning, since a clerk's note on a renamed or re-filed community splits its series
 * too. State remarks (`（筹）`, `（已撤销）`) are part of no key and never get here.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { normaliseUnitName, type UnitLevel } from './normalise-unit-name';

/** A full unit name, then a short remark in brackets, which may hold brackets of its own (`（含（筹）社区）`). */
const REMARKED = /^(.+?(?:社区|村|居委会|村委会))[（(]((?:[^（）()]|[（(][^（）()]{1,6}[）)]){1,10})[）)]$/;

/** What the check reads of a resolved unit. */
interface Named {
  readonly name: string;
  readonly key: string;
  readonly level: UnitLevel;
  readonly parent: string;
  readonly parentKey: string;
  readonly districtKey: string;
  /** -1: a unit of the existing dataset. */
  readonly firstFile: number;
  readonly firstLine: number;
}

/** One warning per new remarked unit whose street holds the unit without the remark. */
export function remarkTwins(units: readonly Named[], fileNames: readonly string[]): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const u of units) {
    const m = u.firstFile >= 0 ? REMARKED.exec(u.name) : null;
    if (m === null) continue;
    const base = normaliseUnitName(m[1]!);
    const twin = units.find((o) => o !== u && o.key === base.key && (o.level === base.level || o.level === '')
      && o.parentKey === u.parentKey && o.districtKey === u.districtKey);
    if (twin === undefined) continue;
    const where = u.parent ? `（同在${u.parent}）` : '';
    issues.push(makeIssue('warning', 'unit-remark-twin', { file: fileNames[u.firstFile] ?? '', line: u.firstLine },
      `“${u.name}”与“${twin.name}”${where}按两个单位导入，数据没有合在一起。如是同一社区，请统一名称（去掉“（${m[2]}）”）后重新导入；如确是两个单位（如拆分或新设），可不处理`,
      `"${u.name}" and "${twin.name}" are kept as two units. If they are one, write one name (without "(${m[2]})") and import again.`));
  }
  return issues;
}
