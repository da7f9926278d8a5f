import { html } from 'lit';
import type { TemplateResult } from 'lit';

/**
 * The one "contact support" path every element offers for what it cannot change itself (a
 * read-only invoicing field, a downgrade, removing a user): a link to the hub's support page
 * when the adapter gives one (a new tab), else a button whose click the element turns into its
 * cancelable `…-request` event for the host to answer.
 */
export function supportPath(options: {
  /** The hub's support page, if the adapter gives one. */
  url: string | undefined;
  /** The link's or button's words, naming what support is asked for. */
  label: string;
  /** Without a URL: the button was clicked. */
  onRequest: (event: Event) => void;
}): TemplateResult {
  const { url, label, onRequest } = options;
  return url
    ? html`<a part="support" class="support" href=${url} target="_blank" rel="noopener noreferrer"
        >${label}</a
      >`
    : html`<button type="button" part="support button" class="support" @click=${onRequest}>
        ${label}
      </button>`;
}
