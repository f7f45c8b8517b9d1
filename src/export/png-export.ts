/**
 * SVG text → PNG: Blob(image/svg+xml) → <img> → canvas → toBlob. Recharts draws pure SVG, so no
 * foreignObject and no html-to-image is needed. The canvas is filled white first so the PNG has a
 * white background even where the SVG is transparent.
 */

/** Output size: the SVG's CSS size times `scale` (1 → 1920×1080, 2 → 3840×2160). */
export interface PngOptions {
  readonly width: number;
  readonly height: number;
  readonly scale: 1 | 2;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.decoding = 'sync';
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('SVG 图像无法加载（可能含有浏览器不支持的内容）'));
    img.src = url;
  });
}

/** Render `svgText` to a PNG blob of exactly width×scale by height×scale pixels. */
export async function svgToPngBlob(svgText: string, opts: PngOptions): Promise<Blob> {
  const w = Math.round(opts.width * opts.scale);
  const h = Math.round(opts.height * opts.scale);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (ctx === null) throw new Error('浏览器无法创建画布（canvas 2d）');
    ctx.fillStyle = '#FFFFFF';
    ctx.fillRect(0, 0, w, h);
    ctx.drawImage(img, 0, 0, w, h);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((b) => (b === null ? reject(new Error(`图片过大，浏览器无法生成 ${w}×${h} 的 PNG`)) : resolve(b)), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** True when this browser can put images on the clipboard. */
export function canCopyImage(): boolean {
  return typeof ClipboardItem !== 'undefined' && typeof navigator !== 'undefined' && typeof navigator.clipboard?.write === 'function';
}

/**
 * Put a PNG on the clipboard. Accepts a promise so the clipboard write starts inside the click
 * (Safari requires the user gesture). Returns false when the browser cannot copy images; rejects
 * when it can but refused (permission), so the caller can say so.
 */
export async function copyPngToClipboard(png: Blob | Promise<Blob>): Promise<boolean> {
  if (!canCopyImage()) return false;
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
  return true;
}
