/** Hex SHA-256 with Web Crypto (browsers, workers and Node ≥ 20 all provide `crypto.subtle`). */

/** Lower-case hex SHA-256 of the bytes (64 characters). */
export async function sha256Hex(bytes: Uint8Array | ArrayBuffer): Promise<string> {
  // digest() wants a BufferSource backed by an ArrayBuffer; a view on a SharedArrayBuffer is copied.
  // A bare ArrayBuffer is wrapped in a view of this realm (one from another realm, a jsdom File's,
  // fails digest's type check otherwise).
  const input = ArrayBuffer.isView(bytes) ? (bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice()) : new Uint8Array(bytes);
  const digest = await crypto.subtle.digest('SHA-256', input as BufferSource);
  const view = new Uint8Array(digest);
  let hex = '';
  for (const b of view) hex += b.toString(16).padStart(2, '0');
  return hex;
}
