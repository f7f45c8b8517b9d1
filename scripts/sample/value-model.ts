/**
 * The synthetic value model: for one unit, a monthly series of every non-derived canonical
 * metric. Pure (no fs, no clock, no Math.random): the same seed, unit and months give the same
 * integers anywhere. Magnitudes follow published community statistics (a community of ~4,300
 * residents, ~2.5 % unemployed, 20–60 volunteers per 1,000 residents, aid in thousands of 元).
 */
import type { Plants } from './plants';
import { streamFor, type Random } from './prng';
import { seasonFactor, springFestivalShare, splitMonth } from './seasonality';
import type { UnitRow } from './units';

/** Every metric the model produces, in catalogue order (the two ratios are derived by the app). */
export const MODEL_METRIC_IDS = [
  'residents', 'households', 'unemployed', 'reemployed', 'jobs_developed', 'placed_4050',
  'zero_employment_households', 'employment_training', 'guaranteed_loans', 'dibao_households',
  'hardship_households', 'people_visited', 'aid_amount', 'illness_aid', 'donations', 'lectures',
  'cultural_events', 'event_participants', 'culture_teams', 'volunteers', 'volunteer_teams',
  'volunteer_activities', 'volunteer_hours', 'service_beneficiaries',
] as const;

export type ModelMetricId = (typeof MODEL_METRIC_IDS)[number];

/** Integer values per metric, one per month of the model's months. */
export type UnitSeries = Readonly<Record<ModelMetricId, readonly number[]>>;

export interface ModelOptions {
  /** Month keys `YYYY-MM`, consecutive, oldest first. */
  readonly months: readonly string[];
  readonly seed: number;
  readonly plants?: Plants;
}

type UnitType = 'residential' | 'campus' | 'industrial' | 'virtual' | 'village';

/** What kind of place a unit is, from its name: campuses and industrial parks behave differently. */
export function unitType(unit: UnitRow): UnitType {
  if (unit.kind === '村') return 'village';
  if (/虚拟社区$/.test(unit.shortName)) return 'virtual';
  if (/(大学|学院|学校)社区$/.test(unit.shortName)) return 'campus';
  if (/(工业|园区)/.test(unit.shortName)) return 'industrial';
  return 'residential';
}

/** Median residents, unemployment rate, volunteer and activity propensity by type of place. */
const TYPE_TRAITS: Readonly<Record<UnitType, { residents: number; unemployment: number; volunteers: number; vitality: number }>> = {
  residential: { residents: 4300, unemployment: 1, volunteers: 1, vitality: 1 },
  campus: { residents: 2300, unemployment: 0.7, volunteers: 1.3, vitality: 1.1 },
  industrial: { residents: 2000, unemployment: 1.1, volunteers: 0.8, vitality: 0.7 },
  virtual: { residents: 1700, unemployment: 1, volunteers: 0.8, vitality: 0.6 },
  village: { residents: 1400, unemployment: 0.8, volunteers: 0.9, vitality: 0.8 },
};

interface StreetTraits {
  /** Size multiplier (urban 街道 are denser than towns). */
  readonly size: number;
  /** Activity multiplier shared by the street's communities (leadership, budget). */
  readonly vitality: number;
}

function streetTraits(seed: number, unit: UnitRow): StreetTraits {
  const r = streamFor(seed, unit.streetCode, 'street');
  const urban = unit.street.endsWith('街道') ? 1.2 : 1;
  return { size: urban * r.factor(0.12), vitality: r.factor(0.15) };
}

/** Months elapsed from `from` to `key` (negative before it). */
function monthsSince(from: string, key: string): number {
  const [y0, m0] = splitMonth(from);
  const [y1, m1] = splitMonth(key);
  return (y1 - y0) * 12 + (m1 - m0);
}

const round100 = (x: number) => Math.round(x / 100) * 100;
const round10 = (x: number) => Math.round(x / 10) * 10;

/** Simulates one unit over the months: stocks evolve month to month, flows are drawn per month. */
export function simulateUnit(unit: UnitRow, options: ModelOptions): UnitSeries {
  const { months, seed } = options;
  const plants = options.plants ?? {};
  const T = months.length;
  const type = unitType(unit);
  const traits = TYPE_TRAITS[type];
  const street = streetTraits(seed, unit);
  const rng = (part: string): Random => streamFor(seed, unit.code, part);

  // Profile: fixed traits of the place.
  const p = rng('profile');
  const residents0 = Math.min(12000, Math.max(type === 'village' ? 300 : 1500,
    traits.residents * street.size * p.skewedFactor(0.45)));
  const monthlyGrowth = p.between(0.0003, 0.003);
  const householdSize0 = p.between(2.45, 2.8);
  const vitality = traits.vitality * street.vitality * p.factor(0.2);
  const sizeScale = Math.sqrt(residents0 / 4300);
  const lagging = plants.laggingStreet?.streetCode === unit.streetCode;
  const unemploymentRate = traits.unemployment * p.between(0.019, 0.031) * (lagging ? 1.1 : 1);
  const exitRate = p.between(0.05, 0.07) * (lagging ? plants.laggingStreet!.exitFactor : 1);
  const inflowFactor = lagging ? 0.8 : 1;
  const dibaoRate = p.between(0.006, 0.014) * (type === 'campus' ? 0.3 : 1);
  const otherHardshipRate = dibaoRate * p.between(1.0, 2.0);
  const aidStandard = 50 * p.int(4, 10); // 200–500 元 per visit
  const lowVolunteer = plants.lowVolunteerCodes?.includes(unit.code) ?? false;
  const volunteerRate0 = Math.min(0.062, Math.max(0.02, 0.036 * traits.volunteers * p.factor(0.22)))
    * (lowVolunteer ? (plants.lowVolunteerFactor ?? 0.3) : 1);
  const lectureAttendance = p.int(20, 40);
  const eventAttendance = p.int(50, 110);
  const hoursPerVolunteerVisit = p.between(2, 3.5);
  const beneficiariesPerActivity = p.int(15, 35);
  const gap = plants.wideningGap;
  const culturalBase = gap?.topStreetCode === unit.streetCode ? gap.topBase
    : gap?.bottomStreetCode === unit.streetCode ? gap.bottomBase : 1;

  const out = Object.fromEntries(MODEL_METRIC_IDS.map((id) => [id, new Array<number>(T)])) as Record<ModelMetricId, number[]>;

  // Stocks carried month to month (floats where they drift, integers where they are counted).
  const rPop = rng('residents');
  let residents = residents0;
  const rUnemp = rng('unemployed');
  let unemployed = Math.round(residents0 * unemploymentRate);
  const rZero = rng('zero_employment_households');
  let zeroHouseholds = rZero.chance(0.15) ? 1 : 0;
  const rDibao = rng('dibao_households');
  let dibao = Math.round(residents0 / householdSize0 * dibaoRate);
  let otherHardship = Math.round(residents0 / householdSize0 * otherHardshipRate);
  const rCulture = rng('culture_teams');
  let cultureTeams = Math.max(1, Math.round(3.5 * sizeScale * vitality));
  const rVol = rng('volunteers');
  let volunteers = Math.round(residents0 * volunteerRate0);
  let volunteerTeams = Math.max(1, Math.round(volunteers / 28));

  const rFlow = {
    reemployed: rng('reemployed'), jobs: rng('jobs_developed'), p4050: rng('placed_4050'),
    training: rng('employment_training'), loans: rng('guaranteed_loans'), visits: rng('people_visited'),
    aid: rng('aid_amount'), illness: rng('illness_aid'), donations: rng('donations'), lectures: rng('lectures'),
    cultural: rng('cultural_events'), participants: rng('event_participants'), vact: rng('volunteer_activities'),
    hours: rng('volunteer_hours'), beneficiaries: rng('service_beneficiaries'),
  };

  for (let t = 0; t < T; t++) {
    const key = months[t]!;
    const [year, month] = splitMonth(key);
    const trend = 1 + 0.004 * t; // slow growth of activity over the years

    residents *= 1 + monthlyGrowth + 0.0012 * rPop.normal();
    const households = residents / (householdSize0 * (1 - 0.0004 * t));

    // Employment: a stock with inflow and exits; reemployment is the exit.
    const reemployed = Math.min(unemployed, rFlow.reemployed.count(unemployed * exitRate * seasonFactor('reemployment', month), 0.25));
    const inflow = rUnemp.count(residents * unemploymentRate * 0.06 * inflowFactor * seasonFactor('unemploymentInflow', month), 0.3);
    unemployed = Math.max(0, unemployed + inflow - reemployed);
    zeroHouseholds = zeroHouseholds > 0
      ? (rZero.chance(0.3) ? zeroHouseholds - 1 : zeroHouseholds)
      : (rZero.chance(lagging ? 0.06 : 0.03) ? 1 : 0);

    // Aid: 低保 and other hardship households drift around a share of households.
    dibao = Math.max(0, dibao + rDibao.count(0.35, 0.8) - rDibao.count(0.35 * dibao / Math.max(1, households * dibaoRate), 0.8));
    otherHardship = Math.max(0, otherHardship + rDibao.count(0.4, 0.8)
      - rDibao.count(0.4 * otherHardship / Math.max(1, households * otherHardshipRate), 0.8));
    const festival = springFestivalShare(year, month);
    const visitBase = (dibao + 0.6 * otherHardship + residents / 1000 * 2) * 0.3;
    const visited = rFlow.visits.count(visitBase * (seasonFactor('visits', month) + 2.2 * festival), 0.25);
    const illness = rFlow.illness.count((dibao + otherHardship) / 90, 0.5);
    let aid = round100(visited * aidStandard * (1 + 0.3 * festival) * rFlow.aid.factor(0.1));
    for (let i = 0; i < illness; i++) aid += 500 * rFlow.aid.int(2, 10);
    const donations = round10(residents * 0.28 * vitality * seasonFactor('donations', month) * rFlow.donations.factor(0.35));

    // Events.
    const lectures = rFlow.lectures.count(3 * sizeScale * vitality * seasonFactor('lectures', month) * trend, 0.2);
    let gapFactor = culturalBase;
    if (gap) {
      const k = monthsSince(gap.from, key) + 1;
      if (k >= 1 && unit.streetCode === gap.topStreetCode) gapFactor *= 1 + gap.topGrowth * k;
      if (k >= 1 && unit.streetCode === gap.bottomStreetCode) gapFactor *= Math.max(0.1, 1 - gap.bottomShrink * k);
    }
    const cultural = rFlow.cultural.count(4 * sizeScale * vitality * gapFactor * seasonFactor('culturalEvents', month) * trend, 0.08);
    const participants = Math.round(lectures * lectureAttendance * rFlow.participants.factor(0.15)
      + cultural * eventAttendance * rFlow.participants.factor(0.15));
    if (rCulture.chance(0.025 * vitality)) cultureTeams++;
    else if (cultureTeams > 1 && rCulture.chance(0.008)) cultureTeams--;

    // Volunteers: registrations (学雷锋 in March) minus lapses; teams split when they grow.
    volunteers = Math.max(0, volunteers + rVol.count(volunteers * 0.0095 * seasonFactor('volunteerRegistrations', month), 0.4)
      - rVol.count(volunteers * 0.003, 0.5));
    if (volunteers / volunteerTeams > 34 && rVol.chance(0.3)) volunteerTeams++;
    const activities = rFlow.vact.count(volunteerTeams * 1.3 * Math.sqrt(vitality) * seasonFactor('volunteerActivities', month), 0.2);
    const perActivity = Math.max(3, volunteers / volunteerTeams * 0.45);
    const hours = Math.round(activities * perActivity * hoursPerVolunteerVisit * rFlow.hours.factor(0.15));
    const beneficiaries = Math.round(activities * beneficiariesPerActivity * rFlow.beneficiaries.factor(0.2));

    const jobs = rFlow.jobs.count(residents / 1000 * 3 * Math.sqrt(vitality) * seasonFactor('reemployment', month), 0.3);
    const put = (id: ModelMetricId, v: number) => { out[id][t] = v; };
    put('residents', Math.round(residents));
    put('households', Math.round(households));
    put('unemployed', unemployed);
    put('reemployed', reemployed);
    put('jobs_developed', jobs);
    put('placed_4050', rFlow.p4050.binomial(reemployed, 0.2));
    put('zero_employment_households', zeroHouseholds);
    put('employment_training', rFlow.training.count(unemployed * 0.12 * seasonFactor('training', month), 0.3));
    put('guaranteed_loans', rFlow.loans.count(unemployed * 0.004 * seasonFactor('reemployment', month), 0.5));
    put('dibao_households', dibao);
    put('hardship_households', dibao + otherHardship);
    put('people_visited', visited);
    put('aid_amount', aid);
    put('illness_aid', illness);
    put('donations', donations);
    put('lectures', lectures);
    put('cultural_events', cultural);
    put('event_participants', participants);
    put('culture_teams', cultureTeams);
    put('volunteers', volunteers);
    put('volunteer_teams', volunteerTeams);
    put('volunteer_activities', activities);
    put('volunteer_hours', hours);
    put('service_beneficiaries', beneficiaries);
  }
  return out;
}
