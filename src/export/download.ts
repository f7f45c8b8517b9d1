/**
 * The one place that turns bytes into a browser download: an object URL and a temporary
 * `<a download>`. The URL is revoked after the click has been dispatched.
 */

/** Save `data` as `fileName` with the given MIME type. */
export function downloadBlob(data: Blob | Uint8Array | string, fileName: string, mimeType: string): void {
  const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking synchronously can cancel the download in some Chromium builds; give it a tick.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** MIME types of the files we write. */
export const MIME = {
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
} as const;
