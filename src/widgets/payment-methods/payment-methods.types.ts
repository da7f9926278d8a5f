import type { PaymentMethod } from '../../adapter/schemas.js';
import '../../base/payment-events.js';

export type { PaymentMethodRequestDetail } from '../../base/payment-events.js';

/** Detail of `ph-payment-method-change`: a method was added, made the default, or removed. */
export interface PaymentMethodChangeDetail {
  change: 'added' | 'default' | 'removed';
  /** The method concerned (as it was, for a removed one). */
  method: PaymentMethod;
}

declare module '../../base/events.js' {
  interface PhEventMap {
    'ph-payment-method-change': PaymentMethodChangeDetail;
  }
}
