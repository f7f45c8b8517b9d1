/**
 * The printable A4 汇报材料: title, period and scope, the narrative paragraph, every chart drawn
 * as vector SVG (the same components as the screen, top and bottom only for long ranked bars), and
 * every table in full with its header repeated on each printed page (a real <thead>). Source, date
 * and page numbers are printed in the page margins by print-report.tsx. Print-only: hidden on screen.
 */
import type { ChartSpec, TableSpec } from '../../charts/chart-spec';
import { exportBarSpec } from '../../charts/export-bar-spec';
import { barChartHeight, SpecBarChart } from '../../charts/SpecBarChart';
import { SpecLineChart } from '../../charts/SpecLineChart';
import { SpecScatterChart } from '../../charts/SpecScatterChart';
import { referenceNote, qualifierNotes } from '../../export/chart-notes';
import type { DeckItem } from '../../export/deck-item';
import { cellText } from '../../export/table-cell-text';

/** Printable width of A4 at 96 px/in with 14 mm margins: about 680 CSS px. */
export const PRINT_WIDTH = 680;

export interface PrintReportProps {
  readonly title: string;
  /** `2024年第二季度 · 全部街道/镇`. */
  readonly subtitle: string;
  /** Sentences of the narrative, printed as one paragraph. */
  readonly narrative: readonly string[];
  readonly narrativeHeading: string;
  readonly items: readonly DeckItem[];
  readonly lang?: 'zh' | 'en';
}

function ChartBlock({ spec: input }: { spec: ChartSpec }) {
  const spec = exportBarSpec(input);
  const ref = referenceNote(spec);
  const notes = [...(ref === null ? [] : [ref]), ...qualifierNotes(spec)];
  let drawing;
  if (spec.panels && spec.panels.length > 0) {
    drawing = (
      <div className="print-multiples">
        {spec.panels.map((p) => {
          const panel = exportBarSpec(p);
          return (
            <figure key={panel.title}>
              <figcaption>{panel.title}</figcaption>
              <SpecBarChart spec={panel} compact width={PRINT_WIDTH / 2 - 8} height={barChartHeight(panel, 14, 60)} domain={spec.panelDomain} />
            </figure>
          );
        })}
      </div>
    );
  } else if (spec.kind === 'scatter') drawing = <SpecScatterChart spec={spec} width={PRINT_WIDTH} height={420} />;
  else if (spec.kind === 'line') drawing = <SpecLineChart spec={spec} width={PRINT_WIDTH} height={360} />;
  else drawing = <SpecBarChart spec={spec} width={PRINT_WIDTH} height={spec.horizontal ? barChartHeight(spec, 16) : 360} />;
  return (
    <section className="print-block">
      <h2>{spec.title}</h2>
      <p className="print-subtitle">{spec.subtitle}</p>
      {drawing}
      {notes.length > 0 && <ul className="print-notes">{notes.map((n) => <li key={n}>{n}</li>)}</ul>}
    </section>
  );
}

function TableBlock({ spec }: { spec: TableSpec }) {
  return (
    <section className="print-block print-table-block">
      <h2>{spec.title}</h2>
      <p className="print-subtitle">{spec.subtitle}</p>
      <table className="print-table">
        <thead>
          <tr>{spec.columns.map((c) => <th key={c.key} className={c.numeric ? 'num' : undefined}>{c.label}</th>)}</tr>
        </thead>
        <tbody>
          {spec.rows.map((row, r) => (
            <tr key={r}>{spec.columns.map((c, i) => <td key={c.key} className={c.numeric ? 'num' : undefined}>{cellText(row[i] ?? null, c, spec.lang, r)}</td>)}</tr>
          ))}
        </tbody>
      </table>
      {(spec.notes ?? []).length > 0 && <ul className="print-notes">{spec.notes!.map((n) => <li key={n}>{n}</li>)}</ul>}
    </section>
  );
}

export function PrintReport(props: PrintReportProps) {
  return (
    <article className="print-report" lang={props.lang === 'en' ? 'en' : 'zh-CN'}>
      <header className="print-head">
        <h1>{props.title}</h1>
        <p className="print-subtitle">{props.subtitle}</p>
      </header>
      {props.narrative.length > 0 && (
        <section className="print-block print-narrative">
          <h2>{props.narrativeHeading}</h2>
          <p>{props.narrative.join(props.lang === 'en' ? ' ' : '')}</p>
        </section>
      )}
      {props.items.map((item, i) => (item.kind === 'table' ? <TableBlock key={i} spec={item.spec} />
        : item.kind === 'profile' ? (
          <section key={i} className="print-block">
            <ChartBlock spec={item.spec} />
            <ul className="print-profile-side">{item.side.map((line, k) => <li key={k}>{line}</li>)}</ul>
          </section>
        ) : <ChartBlock key={i} spec={item.spec} />))}
    </article>
  );
}
