import { PhIntegrationSettings } from './integration-settings.js';
import '../select/define.js';
import '../text-field/define-element.js';

if (!customElements.get('ph-integration-settings')) {
  customElements.define('ph-integration-settings', PhIntegrationSettings);
}

declare global {
  interface HTMLElementTagNameMap {
    'ph-integration-settings': PhIntegrationSettings;
  }
}

export { PhIntegrationSettings };
export type * from './integration-settings.types.js';
