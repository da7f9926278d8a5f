/**
 * The payment-method request shared by every widget that may need a new method: the top-up
 * dialog (no card can be charged) and `<ph-payment-methods>` ("Add a payment method"). One
 * declaration, so a host handles both the same way.
 */

/** Detail of `ph-payment-method-request`. */
export interface PaymentMethodRequestDetail {
  /**
   * Why a method is asked for: `none_usable` when no card on file can be charged (the top-up
   * dialog), `add` when the user chose "Add a payment method".
   */
  reason: 'none_usable' | 'add';
  /** The currency of the payment the method is needed for, when there is one. */
  currency?: string;
}

declare module './events.js' {
  interface PhEventMap {
    'ph-payment-method-request': PaymentMethodRequestDetail;
  }
}
