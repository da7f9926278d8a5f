import { PhBilling } from './billing.js';

if (!customElements.get('ph-billing')) customElements.define('ph-billing', PhBilling);

declare global {
  interface HTMLElementTagNameMap {
    'ph-billing': PhBilling;
  }
}

export { PhBilling };
