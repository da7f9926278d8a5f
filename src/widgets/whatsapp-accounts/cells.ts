/** The cells both views share (the grid's rows and the plain table's), as plain templates. */
import { msg, str } from '../../i18n/msg.js';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { WhatsAppAccount, WhatsAppAccountStatus } from '../../adapter/schemas.js';
import { icon } from '../../base/icons.js';
import { formatPhoneNumber } from '../../domain/phone.js';
import { limitSentence, qualityLook, statusLook } from './words.js';

/**
 * Whether the adapter sends quality ratings or limits, judged by the first 500 rows (a hub that
 * rates numbers rates most of them).
 */
export function carriesQuality(rows: readonly WhatsAppAccount[]): boolean {
  for (let i = 0; i < rows.length && i < 500; i++) {
    if (rows[i]!.quality || rows[i]!.messagingLimit) return true;
  }
  return false;
}

/** The status in words beside its icon; its colour only repeats them. */
export function statusCell(status: WhatsAppAccountStatus): TemplateResult {
  const look = statusLook(status);
  return html`<span class="status tone-${look.tone}" part="status">
    ${icon(look.icon)}<span>${look.words}</span>
  </span>`;
}

/** The quality rating in words beside its icon, and the messaging limit under it. */
export function qualityCell(account: WhatsAppAccount, locale: string) {
  const look = qualityLook(account.quality);
  return html`<span class="status tone-${look.tone}" part="quality">
      ${icon(look.icon)}<span>${look.words}</span>
    </span>
    ${
      account.messagingLimit
        ? html`<span class="sub">${limitSentence(account.messagingLimit, locale)}</span>`
        : nothing
    }`;
}

/** Copies the number as E.164 and says so (or, when the browser refuses, says the number). */
async function copyNumber(
  { phoneNumber }: WhatsAppAccount,
  event: Event,
  announce: (text: string) => void,
): Promise<void> {
  event.stopPropagation(); // not a row click
  try {
    await navigator.clipboard.writeText(phoneNumber);
    announce(msg(str`Copied ${phoneNumber}.`));
  } catch {
    announce(msg(str`Couldn’t copy. The number is ${phoneNumber}.`));
  }
}

/** The number grouped for reading, and a button that copies it as E.164. */
export function phoneCell(
  account: WhatsAppAccount,
  tabindex: number | undefined,
  announce: (text: string) => void,
): TemplateResult {
  return html`<span class="phone">
    <span>${formatPhoneNumber(account.phoneNumber)}</span>
    <button
      type="button"
      class="copy"
      tabindex=${tabindex ?? nothing}
      aria-label=${msg(str`Copy ${account.phoneNumber}`)}
      @click=${(e: Event) => copyNumber(account, e, announce)}
    >
      ${msg('Copy')}
    </button>
  </span>`;
}
