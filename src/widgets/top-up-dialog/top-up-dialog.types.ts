import '../../base/payment-events.js';
import type { Money } from '../../adapter/schemas.js';

/** Detail of `ph-top-up`: a manual top-up was paid and applied. */
export interface TopUpDetail {
  /** The amount added to the balance (the card fee, if any, is not part of it). */
  amount: Money;
  /** The balance after the top-up. */
  balance: Money;
  /** The hub's id of the top-up. */
  topUpId: string;
}

export type { PaymentMethodRequestDetail } from '../../base/payment-events.js';

/** Options of `show()`. */
export interface TopUpDialogShowOptions {
  /** The balance currency to add funds to (default: the dialog's `currency`, else the first balance's). */
  currency?: string;
}

declare module '../../base/events.js' {
  interface PhEventMap {
    'ph-top-up': TopUpDetail;
  }
}
