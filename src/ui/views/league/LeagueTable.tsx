/**
 * The league table as a real <table>: rank (ties share a rank), unit, street, value, change,
 * rank change in words and arrows (never colour alone), quartile, and 连续N期靠后. Unranked units
 * come last; a value that misses some months is marked “（不完整）”. Virtualised above 1,000 rows.
 */
import type { PartialMeaning } from '../../../analysis/partial-meaning';
import { changeText, quartileText, rankChangeLabel, rankChangeText, valueText, type LeagueRowLike } from '../../../charts/league-text';
import { leagueChangePartial } from '../../../charts/league-table-spec';
import { tableWords } from '../../../charts/table-words';
import { chartWords } from '../../../charts/chart-words';
import { ChangePartialMark } from '../../shared/ChangePartialMark';
import { useHighlight } from '../../highlight/highlight';
import { VirtualTable } from './VirtualTable';
import { UnitProfileLink } from '../../shared/UnitProfileLink';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';

export type LeagueTableRow = LeagueRowLike & { readonly unit: number };

export interface LeagueTableProps {
  readonly caption: string;
  readonly rows: readonly LeagueTableRow[];
  /** Header of the value column, e.g. `再就业人数（人）`. */
  readonly valueHeader: string;
  /** Whether the comparison period has any ranked unit (else change and rank change show —). */
  readonly hasPrevious: boolean;
  /** Unit index → consecutive periods in the bottom quartile (only runs ≥ N are listed). */
  readonly laggingRuns?: ReadonlyMap<number, number>;
  /** What a partial value of the metric is (its tip says it). */
  readonly partialMeaning: PartialMeaning;
}

function changeClass(d: number | null): string {
  if (d === null || d === 0 || !Number.isFinite(d)) return 'num';
  return d > 0 ? 'num up' : 'num down';
}

const WIDTHS = ['64px', '22%', '16%', '13%', '10%', '10%', '10%', '12%'];

export function LeagueTable({ caption, rows, valueHeader, hasPrevious, laggingRuns, partialMeaning }: LeagueTableProps) {
  const highlight = useHighlight();
  const highlighted = highlight.names;
  const t = useT();
  const l = t.league;
  const p = t.profile;
  const lang = useLang();
  // The words of the exported table's 持续靠后 column, so a slide says what the page does.
  const tw = tableWords(lang);
  const cw = chartWords(lang);
  return (
    <VirtualTable
      caption={caption}
      regionLabel={l.region}
      className="league-table"
      columnWidths={WIDTHS}
      rows={rows}
      rowKey={(r) => r.unit}
      rowClassName={(r) => [r.rank === null ? 'unranked' : '', highlighted.includes(r.name) ? 'is-highlighted' : ''].join(' ').trim() || undefined}
      head={(
        <>
          <th scope="col" className="num">{l.rank}</th>
          <th scope="col">{l.community}</th>
          <th scope="col">{l.parent}</th>
          <th scope="col" className="num">{valueHeader}</th>
          <th scope="col" className="num">{l.change}</th>
          <th scope="col" className="num">{l.rankChange}</th>
          <th scope="col">{l.quartile}</th>
          <th scope="col">{tw.laggingCol}</th>
        </>
      )}
      cells={(row) => {
        // With nothing to compare against, every unit would look 新: show — instead.
        const r = hasPrevious ? row : { ...row, rankChange: null, isNew: false };
        const run = laggingRuns?.get(r.unit);
        return (
          <>
            <td className="num">{r.rank ?? '—'}</td>
            <th scope="row">
              <button
                type="button"
                className="unit-toggle"
                aria-pressed={highlighted.includes(r.name)}
                title={l.highlightTip}
                onClick={() => highlight.toggle(r.name)}
              >
                {r.name}
              </button>
              {r.partial && <span className="partial-mark" title={l.partialTip(partialMeaning)}>{l.partial}</span>}
              {' '}
              <UnitProfileLink name={r.name} label={p.openProfile(r.name)}>{p.linkText}</UnitProfileLink>
            </th>
            <td>{r.parent || '—'}</td>
            <td className="num">
              {valueText(r.value, r.qualifier, lang)}
              {r.noBase === true && <span className="tag" title={cw.noBaseTip}>{cw.noBase}</span>}
            </td>
            <td className={changeClass(r.change)}>
              {hasPrevious ? changeText(r.change, lang, r.changeQualifier) : '—'}
              {hasPrevious && <ChangePartialMark kind={leagueChangePartial(r)} meaning={partialMeaning} />}
            </td>
            <td className={changeClass(r.rankChange)}>
              <span aria-hidden="true">{rankChangeText(r, lang)}</span>
              <span className="sr-only">{rankChangeLabel(r, lang)}</span>
            </td>
            <td>{quartileText(r.quartile, lang)}</td>
            <td className={run ? 'lagging' : undefined}>{run ? tw.laggingRun(run) : ''}</td>
          </>
        );
      }}
    />
  );
}
