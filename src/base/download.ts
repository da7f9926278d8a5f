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
