import type { Invoice } from '../../adapter/schemas.js';

/** Detail of `ph-invoice-pdf-request`. */
export interface InvoicePdfRequestDetail {
  invoice: Invoice;
}

declare module '../../base/events.js' {
  interface PhEventMap {
    'ph-invoice-pdf-request': InvoicePdfRequestDetail;
  }
}
