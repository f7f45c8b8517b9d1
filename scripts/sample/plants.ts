/**
 * Imbalances planted in the synthetic data on purpose, so the comparison and imbalance views,
 * their tests and their narratives have something known to find. Documented in data/README.md.
 */

/** A street whose communities reemploy at a fraction of the others' rate. */
export interface LaggingStreet {
  readonly streetCode: string;
  /** Multiplier on the monthly exit rate from unemployment (0.45 ≈ half). */
  readonly exitFactor: number;
}

/** A metric whose spread across communities widens month by month from `from` on. */
export interface WideningGap {
  readonly metricId: 'cultural_events';
  /** First month of the widening, `YYYY-MM`. */
  readonly from: string;
  /** This street starts above the rest and grows by `topGrowth` × (months since start) … */
  readonly topStreetCode: string;
  readonly topBase: number;
  readonly topGrowth: number;
  /** … while this one starts below and shrinks by `bottomShrink` × (months since start). */
  readonly bottomStreetCode: string;
  readonly bottomBase: number;
  readonly bottomShrink: number;
}

/** A (unit, month, metric) row left out of the long file: a report that never came in. */
export interface OmittedRow {
  readonly code: string;
  readonly period: string;
  readonly metricId: string;
}

export interface Plants {
  readonly laggingStreet?: LaggingStreet;
  /** Communities whose volunteer base is a fraction (`lowVolunteerFactor`) of what it would be. */
  readonly lowVolunteerCodes?: readonly string[];
  readonly lowVolunteerFactor?: number;
  readonly wideningGap?: WideningGap;
  readonly omittedRows?: readonly OmittedRow[];
}

/** The plants of the 津南区 sample (see data/README.md for names and the numbers they produce). */
export const JINNAN_PLANTS: Plants = {
  // 北闸口镇: 8 communities.
  laggingStreet: { streetCode: '120112108', exitFactor: 0.45 },
  lowVolunteerCodes: [
    '120112001002', // 万盈家园社区, 双新街道
    '120112102014', // 紫淼新苑社区, 小站镇
    '120112103016', // 格林第二社区, 双港镇
    '120112104007', // 首创暖山社区, 辛庄镇
  ],
  lowVolunteerFactor: 0.22,
  wideningGap: {
    metricId: 'cultural_events',
    from: '2024-01',
    topStreetCode: '120112100', // 咸水沽镇, the culture town of seeds/000
    topBase: 1.4,
    topGrowth: 0.12,
    bottomStreetCode: '120112103', // 双港镇
    bottomBase: 0.6,
    bottomShrink: 0.06,
  },
  // 红星里社区 (咸水沽镇) never reported its volunteer hours for August 2023.
  omittedRows: [{ code: '120112100003', period: '2023-08', metricId: 'volunteer_hours' }],
};
