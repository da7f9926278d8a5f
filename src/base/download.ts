/** How long the object URL of a download stays valid (the browser reads it on click). */
const REVOKE_AFTER_MS = 10_000;

/**
 * Saves `blob` as a file named `filename`: CSV exports today, invoice PDFs next. Works under
 * a strict CSP (an object URL and a temporary `<a download>`, placed in `container` — the
 * element's shadow root — so it never shows in the page); the URL is revoked shortly after.
 */
export function downloadBlob(
  blob: Blob,
  filename: string,
  container: ParentNode = document.body,
): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.hidden = true;
  container.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
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
export function openDocumentUrl(url: URL, container: ParentNode = document.body): void {
  const anchor = document.createElement('a');
  anchor.href = url.href;
  anchor.target = '_blank';
  anchor.rel = 'noopener noreferrer';
  anchor.hidden = true;
  container.appendChild(anchor);
  anchor.click();
  anchor.remove();
}
