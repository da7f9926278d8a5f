/**
 * Saving files the kit makes or an adapter hands over: a Blob (a CSV export, an invoice PDF)
 * is saved under a file name; a URL from an adapter is followed only when it is safe.
 */

/** Saves `blob` as `filename` through a temporary object URL (revoked once the save began). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The save has started by the next task; revoking sooner can cancel it in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** Why a URL from an adapter is not followed. */
export type UnsafeUrlReason = 'malformed' | 'scheme';

/**
 * Whether a document URL from an adapter may be opened: `https:`, `blob:`, or the page's own
 * origin (an `http:` portal in development). `javascript:`, `data:` and every other scheme are
 * refused, as is anything that does not parse.
 */
export function checkDocumentUrl(
  raw: string,
  base: string = location.href,
): { ok: true; url: URL } | { ok: false; reason: UnsafeUrlReason } {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const sameOrigin = url.origin === new URL(base).origin && url.origin !== 'null';
  if (url.protocol === 'https:' || url.protocol === 'blob:' || sameOrigin) {
    return { ok: true, url };
  }
  return { ok: false, reason: 'scheme' };
}

/** Opens a checked URL in a new tab, without giving that page a handle on this one. */
export function openDocumentUrl(url: URL): void {
  const link = document.createElement('a');
  link.href = url.href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}
