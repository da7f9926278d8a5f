import { PhPartnerHub } from './partner-hub.js';

if (!customElements.get('ph-partner-hub')) customElements.define('ph-partner-hub', PhPartnerHub);

declare global {
  interface HTMLElementTagNameMap {
    'ph-partner-hub': PhPartnerHub;
  }
}

export { PhPartnerHub };
export type * from './partner-hub.types.js';
