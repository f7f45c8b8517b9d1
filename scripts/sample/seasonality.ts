/**
 * When community work happens in a year: monthly multipliers (mean ≈ 1) by activity, and the
 * Spring Festival, whose Gregorian month moves (2023-01-22, 2024-02-10) and carries 慰问 with it.
 */

type Twelve = readonly [number, number, number, number, number, number, number, number, number, number, number, number];

/** Multipliers for January … December. */
export const SEASON = {
  /** 春风行动 job fairs after the festival; a lull over 春节 and National Day. */
  reemployment: [0.7, 0.6, 1.4, 1.3, 1.1, 1.0, 0.9, 0.9, 1.1, 0.9, 1.1, 1.0],
  /** New registrations: school leavers in July, contracts ending at year end. */
  unemploymentInflow: [1.3, 1.0, 0.9, 0.9, 0.9, 1.0, 1.4, 1.1, 0.9, 0.8, 0.9, 0.9],
  training: [0.7, 0.5, 1.4, 1.3, 1.1, 1.0, 0.8, 0.8, 1.1, 0.9, 1.3, 1.1],
  /** 慰问 outside 春节: 善行榴月 (May), 送清凉 (July), 中秋 (Sep), 重阳 and 国庆 (Oct). */
  visits: [1.0, 1.0, 0.6, 0.6, 1.4, 0.8, 1.0, 0.8, 1.4, 1.7, 0.6, 0.9],
  /** 爱心捐款: the "5.25" 善行榴月 drive in May, year-end giving. */
  donations: [1.3, 1.0, 0.7, 0.7, 2.4, 0.8, 0.7, 0.7, 0.9, 1.0, 0.8, 1.0],
  lectures: [1.0, 0.6, 1.3, 1.2, 1.1, 1.1, 0.7, 0.7, 1.1, 1.0, 1.2, 1.0],
  /** 文体活动: 春节 and 元宵 galas, 中秋/国庆/重阳; fewer in the summer heat. */
  culturalEvents: [1.4, 1.5, 1.0, 1.0, 1.0, 0.9, 0.75, 0.75, 1.2, 1.3, 0.9, 1.0],
  /** 学雷锋 month (March), 国际志愿者日 (5 December). */
  volunteerActivities: [0.9, 0.7, 1.8, 1.1, 1.0, 1.0, 0.8, 0.8, 1.0, 1.0, 0.9, 1.2],
  volunteerRegistrations: [0.6, 0.5, 3.0, 1.2, 0.9, 0.8, 0.7, 0.7, 0.9, 0.9, 0.8, 1.3],
} as const satisfies Record<string, Twelve>;

/** Gregorian date of 春节 (month, day) by year. */
const SPRING_FESTIVAL: Readonly<Record<number, readonly [number, number]>> = {
  2015: [2, 19], 2016: [2, 8], 2017: [1, 28], 2018: [2, 16], 2019: [2, 5], 2020: [1, 25],
  2021: [2, 12], 2022: [2, 1], 2023: [1, 22], 2024: [2, 10], 2025: [1, 29], 2026: [2, 17],
  2027: [2, 6], 2028: [1, 26], 2029: [2, 13], 2030: [2, 3],
};

/** Days before 春节 in which the 慰问 rounds happen. */
const VISIT_WINDOW_DAYS = 21;

/**
 * Share (0..1) of the pre-festival 慰问 window that falls in this month: 2023-01 → 1,
 * 2024-01 → 0.57, 2024-02 → 0.43. Years outside the table assume 5 February.
 */
export function springFestivalShare(year: number, month: number): number {
  const [fm, fd] = SPRING_FESTIVAL[year] ?? [2, 5];
  const inFestivalMonth = Math.min(fd - 1, VISIT_WINDOW_DAYS);
  if (month === fm) return inFestivalMonth / VISIT_WINDOW_DAYS;
  // Festival in January: the rest of the window is in the previous year's December.
  const [nm, nd] = SPRING_FESTIVAL[year + 1] ?? [2, 5];
  if (month === 12 && nm === 1) return (VISIT_WINDOW_DAYS - Math.min(nd - 1, VISIT_WINDOW_DAYS)) / VISIT_WINDOW_DAYS;
  if (month === fm - 1) return (VISIT_WINDOW_DAYS - inFestivalMonth) / VISIT_WINDOW_DAYS;
  return 0;
}

/** Consecutive month keys from `first` to `last` inclusive, e.g. `2023-01` … `2024-12`. */
export function monthKeys(first: string, last: string): string[] {
  const [y0, m0] = splitMonth(first);
  const [y1, m1] = splitMonth(last);
  const keys: string[] = [];
  for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? (y++, m = 1) : m++) {
    keys.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  return keys;
}

/** [year, month 1..12] of a `YYYY-MM` key; throws on anything else. */
export function splitMonth(key: string): [number, number] {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (!m) throw new Error(`not a month key: ${key}`);
  return [Number(m[1]), Number(m[2])];
}

/** The multiplier of one activity in month 1..12. */
export function seasonFactor(activity: keyof typeof SEASON, month: number): number {
  const f = SEASON[activity][month - 1];
  if (f === undefined) throw new Error(`bad month ${month}`);
  return f;
}
