/**
 * The units of the real unit list (data/tianjin-units.csv) that share their base name with another
 * unit of the same street: a 社区 and a 村 (东姜井社区 and 东姜井村 of 中北镇). A name without its
 * level (`东姜井`) under such a street, or written with no street at all, could be either of them,
 * whatever units the import itself holds. tests/data/vocabulary/twin-units.test.ts derives this
 * list from the CSV, so the two cannot drift apart.
 */
export interface TwinUnits {
  readonly district: string;
  readonly street: string;
  /** The units' short names, 社区 first. */
  readonly names: readonly string[];
}

export const TWIN_UNITS: readonly TwinUnits[] = [
  { district: '西青区', street: '中北镇', names: ['东姜井社区', '东姜井村'] },
  { district: '西青区', street: '中北镇', names: ['西姜井社区', '西姜井村'] },
  { district: '津南区', street: '北闸口镇', names: ['建新社区', '建新村'] },
  { district: '北辰区', street: '天穆镇', names: ['柳滩社区', '柳滩村'] },
];
