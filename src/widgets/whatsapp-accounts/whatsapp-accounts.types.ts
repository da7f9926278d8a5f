import type { WhatsAppAccount, WhatsAppAccountStatus } from '../../adapter/schemas.js';

export type { WhatsAppAccount, WhatsAppAccountStatus };

/** The columns that sort, where the adapter sorts. */
export type WhatsAppAccountsSortKey = 'name' | 'createdAt' | 'status';

/** An action the host adds to every row (a button in the row's last cells). */
export interface WhatsAppAccountRowAction {
  /** Comes back in `ph-whatsapp-account-action` as `detail.action`. */
  id: string;
  /** The button's text, in the page's language ("Manage"). */
  label: string;
}

/** Detail of `ph-whatsapp-account-select`. */
export interface WhatsAppAccountSelectDetail {
  account: WhatsAppAccount;
}

/** Detail of `ph-whatsapp-account-action`. */
export interface WhatsAppAccountActionDetail {
  action: string;
  account: WhatsAppAccount;
}

declare module '../../base/events.js' {
  interface PhEventMap {
    'ph-whatsapp-account-select': WhatsAppAccountSelectDetail;
    'ph-whatsapp-account-action': WhatsAppAccountActionDetail;
  }
}
