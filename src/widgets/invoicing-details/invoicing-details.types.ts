import type { InvoicingDetails, InvoicingField } from '../../adapter/schemas.js';

/** Detail of `ph-invoicing-details-change`: the details as the hub saved them. */
export type InvoicingDetailsChangeDetail = InvoicingDetails;

/** Detail of `ph-support-request`: the field the person asked to change through support. */
export interface SupportRequestDetail {
  field: InvoicingField;
}

declare module '../../base/events.js' {
  interface PhEventMap {
    'ph-invoicing-details-change': InvoicingDetailsChangeDetail;
    'ph-support-request': SupportRequestDetail;
  }
}
