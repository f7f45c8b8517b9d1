/**
 * The league table as a real <table>: rank (ties share a rank), unit, street, value, change,
 * rank change in words and arrows (never colour alone), quartile. Unranked units come last.
 */
import { changeText, quartileText, rankChangeLabel, rankChangeText, valueText, type LeagueRowLike } from '../../../charts/league-text';

export interface LeagueTableProps {
  readonly caption: string;
  readonly rows: readonly (LeagueRowLike & { readonly unit: number })[];
  /** Header of the value column, e.g. `再就业人数（人）`. */
  readonly valueHeader: string;
  /** Whether the comparison period has any ranked unit (else change and rank change show —). */
  readonly hasPrevious: boolean;
}

function changeClass(d: number | null): string {
  if (d === null || d === 0 || !Number.isFinite(d)) return 'num';
  return d > 0 ? 'num up' : 'num down';
}

export function LeagueTable({ caption, rows, valueHeader, hasPrevious }: LeagueTableProps) {
  return (
    <table className="league-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="num">排名</th>
          <th scope="col">社区</th>
          <th scope="col">街道/镇</th>
          <th scope="col" className="num">{valueHeader}</th>
          <th scope="col" className="num">变化</th>
          <th scope="col" className="num">名次变化</th>
          <th scope="col">四分位</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          // With nothing to compare against, every unit would look 新: show — instead.
          const r = hasPrevious ? row : { ...row, rankChange: null, isNew: false };
          return (
          <tr key={r.unit} className={r.rank === null ? 'unranked' : undefined}>
            <td className="num">{r.rank ?? '—'}</td>
            <th scope="row">{r.name}{r.partial ? <span className="tag" title="该期间缺少部分月份的数据">不完整</span> : null}</th>
            <td>{r.parent || '—'}</td>
            <td className="num">{valueText(r.value, r.qualifier)}</td>
            <td className={changeClass(r.change)}>{hasPrevious ? changeText(r.change) : '—'}</td>
            <td className={changeClass(r.rankChange)}>
              <span aria-hidden="true">{rankChangeText(r)}</span>
              <span className="sr-only">{rankChangeLabel(r)}</span>
            </td>
            <td>{quartileText(r.quartile)}</td>
          </tr>
          );
        })}
      </tbody>
    </table>
  );
}
