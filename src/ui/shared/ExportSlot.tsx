/**
 * The seam to the export menu (src/ui/export/ExportMenu.tsx): every chart and table passes the
 * spec it drew, and for charts the live container holding the recharts SVG.
 */
import type { ChartSpec, TableSpec } from '../../charts/chart-spec';
import type { Dataset } from '../../data/dataset/dataset';
import { ExportMenu } from '../export/ExportMenu';

export interface ExportSlotProps {
  readonly spec?: ChartSpec;
  readonly table?: TableSpec;
  readonly svgContainer?: () => HTMLElement | null;
  /** Images of a long bar chart show its top and bottom (see exportBarSpec); sorted charts only. */
  readonly trimImage?: boolean;
  /** Images are drawn again off-screen at the 16:9 body's shape (charts drawn small on the page). */
  readonly redrawImage?: boolean;
  /** A whole dataset (数据 view): CSV/XLSX of every observation; `fileBase` names the files. */
  readonly dataset?: { readonly data: Dataset; readonly name: string; readonly fileBase: string };
}

/** `各社区再就业人数对比_2024年第二季度`: the title plus the first part of the subtitle (the period). */
export function exportFileBase(title: string, subtitle: string): string {
  const period = subtitle.split(' · ')[0] ?? '';
  return period ? `${title}_${period}` : title;
}

export function ExportSlot(props: ExportSlotProps) {
  const head = props.spec ?? props.table;
  if (head) return <ExportMenu {...props} fileBase={exportFileBase(head.title, head.subtitle)} />;
  if (props.dataset) return <ExportMenu dataset={props.dataset} fileBase={props.dataset.fileBase} />;
  return null;
}
