/**
 * District names → a display name and a matching key, so that `河西区`, `河西` and `天津市河西区`
 * are one district. Like unit names, the key only matches; it is never shown.
 */
import type { ValueNote } from '../cells/value-note';
import { cleanName } from './normalise-unit-name';

export interface NormalisedDistrict {
  /** Display name without the city in front: `河西区`, `滨海新区`, `河西` (as written). */
  name: string;
  /** Matching key without the level: `河西`, `滨海`, `市中`. */
  key: string;
  notes: ValueNote[];
}

/** A city in front (`天津市`, `济南市`), taken off when a district name of ≥ 2 characters follows. */
const CITY_PREFIX = /^[^市\s]{2,3}?市(?=[^\s]{2,}$)/;
const LEVEL = /(?:新区|区|县|市)$/;

/** Normalise a district (区/县) name. Never throws; an empty input gives empty name and key. */
export function normaliseDistrictName(raw: string): NormalisedDistrict {
  const { text, notes } = cleanName(raw);
  const name = text.replace(CITY_PREFIX, '');
  const m = LEVEL.exec(name);
  const key = m && m.index >= 2 ? name.slice(0, m.index) : name;
  return { name, key, notes };
}
