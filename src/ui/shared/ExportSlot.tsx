/**
 * The seam to the export menu (src/ui/export/ExportMenu.tsx): every chart and table passes the
 * spec it drew, and for charts the live container holding the recharts SVG.
 */
import type { ChartSpec, TableSpec } from '../../charts/chart-spec';
import { ExportMenu } from '../export/ExportMenu';

export interface ExportSlotProps {
  readonly spec?: ChartSpec;
  readonly table?: TableSpec;
  readonly svgContainer?: () => HTMLElement | null;
}

/** `各社区再就业人数对比_2024年第二季度`: the title plus the first part of the subtitle (the period). */
export function exportFileBase(title: string, subtitle: string): string {
  const period = subtitle.split(' · ')[0] ?? '';
  return period ? `${title}_${period}` : title;
}

export function ExportSlot(props: ExportSlotProps) {
  const head = props.spec ?? props.table;
  if (!head) return null;
  return <ExportMenu {...props} fileBase={exportFileBase(head.title, head.subtitle)} />;
}
