import { PhAutoRenewalForm } from './auto-renewal-form.js';
import '../money-input/define.js';
import '../radio-group/define.js';

if (!customElements.get('ph-auto-renewal-form')) {
  customElements.define('ph-auto-renewal-form', PhAutoRenewalForm);
}

declare global {
  interface HTMLElementTagNameMap {
    'ph-auto-renewal-form': PhAutoRenewalForm;
  }
}

export { PhAutoRenewalForm };
export type * from './auto-renewal-form.types.js';
