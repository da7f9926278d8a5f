import type { AutoRenewal, Money } from '../../adapter/schemas.js';

/** Detail of `ph-top-up-request`. */
export interface TopUpRequestDetail {
  /** The balance currency to add funds to. */
  currency: string;
  /** The balance at the time of the request (zero for a partner's first top-up). */
  balance: Money;
}

/** Detail of `ph-auto-renewal-request`. */
export interface AutoRenewalRequestDetail {
  currency: string;
  /** The current settings, when loaded. */
  settings: AutoRenewal | undefined;
}

declare module '../../base/events.js' {
  interface PhEventMap {
    'ph-top-up-request': TopUpRequestDetail;
    'ph-auto-renewal-request': AutoRenewalRequestDetail;
  }
}
