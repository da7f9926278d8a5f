import { PhPartnerProfile } from './partner-profile.js';
import '../file-drop/define.js';
import '../text-field/define-element.js';

if (!customElements.get('ph-partner-profile')) {
  customElements.define('ph-partner-profile', PhPartnerProfile);
}

declare global {
  interface HTMLElementTagNameMap {
    'ph-partner-profile': PhPartnerProfile;
  }
}

export { PhPartnerProfile };
export type * from './partner-profile.types.js';
