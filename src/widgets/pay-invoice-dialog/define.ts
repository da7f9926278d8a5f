import { PhPayInvoiceDialog } from './pay-invoice-dialog.js';
import '../dialog/define.js';

if (!customElements.get('ph-pay-invoice-dialog')) {
  customElements.define('ph-pay-invoice-dialog', PhPayInvoiceDialog);
}

declare global {
  interface HTMLElementTagNameMap {
    'ph-pay-invoice-dialog': PhPayInvoiceDialog;
  }
}

export { PhPayInvoiceDialog };
export type * from './pay-invoice-dialog.types.js';
