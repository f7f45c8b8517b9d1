/**
 * Fonts for everything that leaves the app. No remote fonts: exported files must render on an
 * officer's machine offline, so we name installed system faces only.
 */

/** CSS font stack for SVG/PNG export: Windows, macOS, Linux (Noto), Adobe names, then generic. */
export const CJK_FONT_STACK = '"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","Source Han Sans SC",sans-serif';

/** The one typeface PowerPoint output asks for (微软雅黑); written as latin, ea and cs. */
export const PPT_FONT = 'Microsoft YaHei';

/** Okabe-Ito categorical palette (colour-blind safe), used when a series has no colour. */
export const EXPORT_PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7', '#F5C710', '#999999'] as const;
