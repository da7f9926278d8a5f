import type { Invoice, PayInvoiceResult } from '../../adapter/schemas.js';

/** Detail of `ph-invoice-paid`. */
export interface InvoicePaidDetail {
  /** The invoice as the hub answered: paid. */
  invoice: Invoice;
  /** The payment method charged. */
  paymentMethodId: string;
  /** The hub's whole answer. */
  result: PayInvoiceResult;
}

declare module '../../base/events.js' {
  interface PhEventMap {
    'ph-invoice-paid': InvoicePaidDetail;
  }
}
