import { PhInvoiceList } from './invoice-list.js';
import '../pay-invoice-dialog/define.js';

if (!customElements.get('ph-invoice-list')) customElements.define('ph-invoice-list', PhInvoiceList);

declare global {
  interface HTMLElementTagNameMap {
    'ph-invoice-list': PhInvoiceList;
  }
}

export { PhInvoiceList };
export type * from './invoice-list.types.js';
