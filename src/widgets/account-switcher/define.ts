import { PhAccountSwitcher } from './account-switcher.js';

if (!customElements.get('ph-account-switcher')) {
  customElements.define('ph-account-switcher', PhAccountSwitcher);
}

declare global {
  interface HTMLElementTagNameMap {
    'ph-account-switcher': PhAccountSwitcher;
  }
}

export { PhAccountSwitcher };
export type * from './account-switcher.types.js';
