import { PhInvoicingDetails } from './invoicing-details.js';
import '../select/define.js';
import '../text-field/define-element.js';

if (!customElements.get('ph-invoicing-details')) {
  customElements.define('ph-invoicing-details', PhInvoicingDetails);
}

declare global {
  interface HTMLElementTagNameMap {
    'ph-invoicing-details': PhInvoicingDetails;
  }
}

export { PhInvoicingDetails };
export type * from './invoicing-details.types.js';
