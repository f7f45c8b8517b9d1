/**
 * A unit's profile in the seeds' report style (`一是…二是…`): its strengths, where it lags (and
 * for how long), its biggest rank moves, and whom to learn from. One metric per sentence group;
 * fewer sentences when the data cannot support them.
 */
import { formatPeriodLabel } from '../data/vocabulary/format-period-label';
import type { Lang } from './format-number';
import type { LearnFromPeers } from './learn-from-peer';
import { boundClause, narrativeValue, numberSentence } from './narrative';
import { isJudged, type ProfileMetric, type UnitProfile } from './unit-profile';

/** Strengths named in the first sentence. */
const STRENGTHS_NAMED = 2;

function name(m: ProfileMetric, lang: Lang): string {
  return lang === 'zh' ? m.metric.zh : m.metric.en;
}

function strengths(p: UnitProfile, l: LearnFromPeers, lang: Lang): string | null {
  const top = l.strong.slice(0, STRENGTHS_NAMED);
  if (top.length === 0) return null;
  const v = (m: ProfileMetric) => narrativeValue(m.metric, m, lang, p.per);
  if (lang === 'zh') {
    const parts = top.map((m) => `${name(m, lang)}位列全区第${m.rank}位（${v(m)}）`);
    const more = l.strong.length > top.length ? `，共有${l.strong.length}项指标位于全区前25%` : '';
    return `${p.name}优势较为明显，${parts.join('，')}${more}。`;
  }
  const parts = top.map((m) => `No. ${m.rank} of all units on ${name(m, lang)} (${v(m)})`);
  const more = l.strong.length > top.length ? `; ${l.strong.length} metrics are in the top quarter` : '';
  return `${p.name} has clear strengths: ${parts.join(', ')}${more}.`;
}

function weakness(p: UnitProfile, l: LearnFromPeers, lang: Lang): string | null {
  const w = l.weak[0]?.metric;
  if (!w) return null;
  const v = narrativeValue(w.metric, w, lang, p.per);
  const med = narrativeValue(w.metric, { value: w.median, qualifier: 0 }, lang, p.per);
  if (lang === 'zh') {
    const run = w.laggingRun > 0 ? `，已连续${w.laggingRun}期排名靠后` : '';
    const more = l.weak.length > 1 ? `；另有${l.weak.length - 1}项指标位于后25%` : '';
    return `${p.name}${name(w, lang)}相对落后，为${v}，位列全区第${w.rank}位（共${w.rankedCount}个），全区中位数为${med}${run}${more}。`;
  }
  const run = w.laggingRun > 0 ? `, in the bottom quarter for ${w.laggingRun} periods in a row` : '';
  const more = l.weak.length > 1 ? `; ${l.weak.length - 1} more metrics are in the bottom quarter` : '';
  return `${p.name} lags on ${name(w, lang)}: ${v}, No. ${w.rank} of ${w.rankedCount} (median ${med})${run}${more}.`;
}

function moves(p: UnitProfile, lang: Lang): string[] {
  const judged = p.metrics.filter((m) => isJudged(m.metric) && m.previous.rankChange !== null && m.previous.rankChange !== 0);
  const up = judged.reduce<ProfileMetric | null>((b, m) => (m.previous.rankChange! > (b?.previous.rankChange ?? 0) ? m : b), null);
  const down = judged.reduce<ProfileMetric | null>((b, m) => (m.previous.rankChange! < (b?.previous.rankChange ?? 0) ? m : b), null);
  const out: string[] = [];
  if (up) {
    out.push(lang === 'zh'
      ? `与上期相比，${name(up, lang)}排名上升最多，上升${up.previous.rankChange}位至第${up.rank}位${boundClause(lang, up.previous.bounded)}。`
      : `compared with the previous period it climbed most on ${name(up, lang)}, up ${up.previous.rankChange} to No. ${up.rank}${boundClause(lang, up.previous.bounded)}.`);
  }
  if (down) {
    const k = -down.previous.rankChange!;
    out.push(lang === 'zh'
      ? `${name(down, lang)}排名下降最多，下降${k}位至第${down.rank}位${down.previous.bounded ? boundClause(lang, true) : '，需重点关注'}。`
      : `it fell most on ${name(down, lang)}, down ${k} to No. ${down.rank}${boundClause(lang, down.previous.bounded)}.`);
  }
  return out;
}

function peer(p: UnitProfile, l: LearnFromPeers, lang: Lang): string | null {
  const a = l.weak.find((x) => x.peer >= 0);
  if (!a) return null;
  const mine = narrativeValue(a.metric.metric, a.metric, lang, p.per);
  const theirs = narrativeValue(a.metric.metric, { value: a.peerValue, qualifier: a.peerQualifier }, lang, p.per);
  return lang === 'zh'
    ? `建议在${name(a.metric, lang)}方面向${a.peerName}学习，取长补短（${a.peerName}为${theirs}，${p.name}为${mine}）。`
    : `on ${name(a.metric, lang)} it could learn from ${a.peerName} (${theirs} against ${mine}).`;
}

/** The profile's sentences, numbered 一是/二是… (First, Second…) when there are several. Empty when nothing is ranked. */
export function profileNarrative(p: UnitProfile, l: LearnFromPeers, lang: Lang): string[] {
  const period = formatPeriodLabel(p.period, lang);
  const parts = [strengths(p, l, lang), weakness(p, l, lang), ...moves(p, lang), peer(p, l, lang)]
    .filter((s): s is string => s !== null);
  if (parts.length === 0) return [];
  const head = lang === 'zh' ? `${period}，` : `${period}. `;
  return parts.map((s, i) => {
    const n = numberSentence(s, i, lang, parts.length > 1);
    return i === 0 ? `${head}${n}` : n;
  });
}
