import { PhUserManager } from './user-manager.js';
import '../dialog/define.js';
import '../select/define.js';
import '../text-field/define-element.js';

if (!customElements.get('ph-user-manager')) {
  customElements.define('ph-user-manager', PhUserManager);
}

declare global {
  interface HTMLElementTagNameMap {
    'ph-user-manager': PhUserManager;
  }
}

export { PhUserManager };
export type * from './user-manager.types.js';
