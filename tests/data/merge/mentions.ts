/** Unit mentions as the read stage makes them, for the unit-resolution tests, and what to read of the result. */
import type { resolveUnits } from '../../../src/data/merge/resolve-units';
import type { UnitMention } from '../../../src/data/records/observation-records';

/** A mention without a district. */
export const m = (rawName: string, parent = '', code = '', file = 0, hasParentColumn = parent !== ''): UnitMention =>
  ({ code, district: '', parent, rawName, file, line: 2, hasParentColumn });
/** A mention with a district (issue 14 item 3, issue 15 class 6). */
export const md = (rawName: string, district: string, parent: string, file = 0, code = '', line = 2): UnitMention =>
  ({ code, district, parent, rawName, file, line, hasParentColumn: parent !== '' });
export const names = (r: ReturnType<typeof resolveUnits>): string[] => r.units.map((u) => `${u.district}/${u.parent}/${u.name}`);
export const warnings = (r: ReturnType<typeof resolveUnits>, code: string): string[] =>
  r.issues.filter((i) => i.code === code && i.severity === 'warning').map((i) => `${i.file}:${i.line} ${i.message}`);
