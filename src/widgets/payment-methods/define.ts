import { PhPaymentMethods } from './payment-methods.js';
import '../dialog/define.js';

if (!customElements.get('ph-payment-methods')) {
  customElements.define('ph-payment-methods', PhPaymentMethods);
}

declare global {
  interface HTMLElementTagNameMap {
    'ph-payment-methods': PhPaymentMethods;
  }
}

export { PhPaymentMethods };
export type * from './payment-methods.types.js';
