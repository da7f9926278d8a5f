import { PhPartnerPlan } from './partner-plan.js';
import '../dialog/define.js';

if (!customElements.get('ph-partner-plan')) {
  customElements.define('ph-partner-plan', PhPartnerPlan);
}

declare global {
  interface HTMLElementTagNameMap {
    'ph-partner-plan': PhPartnerPlan;
  }
}

export { PhPartnerPlan };
export type * from './partner-plan.types.js';
